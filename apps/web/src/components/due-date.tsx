import type { DayInfo } from "@kyoso/domain/holidays";
import { type IsoDate, isWeekend } from "@kyoso/domain/plain";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useDates } from "../i18n/use-dates";
import { dayClass } from "./day-class";

type HolidayCalendar = (date: IsoDate) => DayInfo;

/**
 * The holiday table is a chunk of its own (~11 kB gzip), fetched as soon as the app starts, beside its first data
 * calls instead of before the first screen. Until it is there (or if it cannot be fetched) weekends are still marked.
 */
let holidayCalendar: HolidayCalendar | null = null;
const holidayCalendarLoaded: Promise<HolidayCalendar | null> = import("@kyoso/domain/holidays").then(
  (module) => {
    holidayCalendar = module.dayInfo;
    return module.dayInfo;
  },
  () => null,
);

function useHolidayCalendar(): HolidayCalendar | null {
  const [calendar, setCalendar] = useState<HolidayCalendar | null>(() => holidayCalendar);
  useEffect(() => {
    if (calendar !== null) return;
    let current = true;
    void holidayCalendarLoaded.then((loaded) => {
      if (current && loaded !== null) setCalendar(() => loaded);
    });
    return () => {
      current = false;
    };
  }, [calendar]);
  return calendar;
}

/** A due date in the user's language, marked when it falls on a weekend or a national holiday (「祝日」). */
export function DueDate({ value }: { value: IsoDate }) {
  const { t } = useTranslation();
  const dates = useDates();
  const calendar = useHolidayCalendar();
  const info: DayInfo = calendar ? calendar(value) : { weekend: isWeekend(value), holiday: null };
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
