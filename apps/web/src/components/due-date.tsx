import { dayInfoIn, type IsoDate } from "@kyoso/domain/plain";
import { useTranslation } from "react-i18next";
import { useDates } from "../i18n/use-dates";
import { dayClass } from "./day-class";
import { useHolidayYear } from "./holiday-years";

/** A due date in the user's language, marked when it falls on a weekend or a national holiday (「祝日」). */
export function DueDate({ value }: { value: IsoDate }) {
  const { t } = useTranslation();
  const dates = useDates();
  const info = dayInfoIn(useHolidayYear(Number(value.slice(0, 4))), value);
  const holiday = info.holiday ? (dates.locale === "en" ? info.holiday.nameEn : info.holiday.nameJa) : null;
  return (
    <span className="due-date">
      <time dateTime={value} className={dayClass(value, holiday !== null)}>
        {dates.date(value)}
      </time>
      {holiday !== null ? (
        <span className="day-off" title={holiday}>
          {t("calendar.holiday")}
          <span className="visually-hidden">{t("calendar.holidayName", { name: holiday })}</span>
        </span>
      ) : (
        info.weekend && <span className="day-off">{t("calendar.weekend")}</span>
      )}
    </span>
  );
}
