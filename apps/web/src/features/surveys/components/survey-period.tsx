import { useTranslation } from "react-i18next";
import { DateText } from "../../../components/date-text";

/** The answering period as two dates: 「2026年2月21日(土)〜2026年3月6日(金)」. */
export function SurveyPeriod({ opensOn, closesOn }: { opensOn: string; closesOn: string }) {
  const { t } = useTranslation();
  return (
    <span className="survey-period">
      <DateText value={opensOn} />
      {t("surveys.periodSeparator")}
      <DateText value={closesOn} />
    </span>
  );
}
