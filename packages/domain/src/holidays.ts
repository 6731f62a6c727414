// The table itself, not the package's entry: that one also bundles the package's package.json and helpers the
// web app would download with it (~1.4 kB gzip).
import holidayTable from "@holiday-jp/holiday_jp/lib/holidays";
import { type IsoDate, isWeekend } from "./dates";

// Its own entry (`@kyoso/domain/holidays`), not in the index: the holiday table is ~130 kB of JavaScript, and the
// web app loads it apart from its first screen.

export interface DayInfo {
  weekend: boolean;
  /** A Japanese national holiday (祝日, 振替休日 included), from the maintained holiday_jp data. */
  holiday: { nameJa: string; nameEn: string } | null;
}

const holidays: Record<string, { name: string; name_en: string } | undefined> = holidayTable;

/** Whether a date is a weekend or a national holiday, to mark due dates that fall on a day off. */
export function dayInfo(date: IsoDate): DayInfo {
  const holiday = holidays[date];
  return {
    weekend: isWeekend(date),
    holiday: holiday ? { nameJa: holiday.name, nameEn: holiday.name_en } : null,
  };
}

export function isDayOff(date: IsoDate): boolean {
  const info = dayInfo(date);
  return info.weekend || info.holiday !== null;
}
