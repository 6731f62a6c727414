import holidayJp from "@holiday-jp/holiday_jp";
import { type IsoDate, isWeekend } from "./dates";

export interface DayInfo {
  weekend: boolean;
  /** A Japanese national holiday (祝日, 振替休日 included), from the maintained holiday_jp data. */
  holiday: { nameJa: string; nameEn: string } | null;
}

const holidays = holidayJp.holidays as Record<string, { name: string; name_en: string } | undefined>;

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

/** A calendar date moved by whole days (negative to go back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
