import type { SurveyStatus } from "@kyoso/domain";
import { useTranslation } from "react-i18next";

/** A survey's status as a word on a tinted badge: the colour only repeats the word. */
export function SurveyStatusBadge({ status }: { status: SurveyStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge survey-status survey-status--${status}`}>
      <span className="badge-dot" aria-hidden="true" />
      {t(`surveys.status.${status}`)}
    </span>
  );
}
