// The table itself, not the package's entry: that one also bundles the package's package.json and helpers.
import holidayTable from "@holiday-jp/holiday_jp/lib/holidays";
import type { IsoDate } from "./dates";
import { type DayInfo, dayInfoIn, type HolidayTable } from "./day-info";

// Its own entry (`@kyoso/domain/holidays`), not in the index: the whole holiday table is ~130 kB of JavaScript.
// The web app never loads it: it fetches one year's table at a time (apps/web/src/components/holiday-years.ts).

const holidays: HolidayTable = holidayTable;

/** Whether a date is a weekend or a national holiday, to mark due dates that fall on a day off. */
export function dayInfo(date: IsoDate): DayInfo {
  return dayInfoIn(holidays, date);
}

export function isDayOff(date: IsoDate): boolean {
  const info = dayInfo(date);
  return info.weekend || info.holiday !== null;
}
