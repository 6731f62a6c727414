import { type IsoDate, isWeekend } from "./dates";

export interface DayInfo {
  weekend: boolean;
  /** A Japanese national holiday (祝日, 振替休日 included), from the maintained holiday_jp data. */
  holiday: { nameJa: string; nameEn: string } | null;
}

/** holiday_jp's table shape (the whole 1970–2050 table, or one year's part of it), keyed by ISO date. */
export type HolidayTable = Readonly<Record<string, { name: string; name_en: string } | undefined>>;

/**
 * Whether a date is a weekend or a national holiday, read from a holiday table. `null` (the table not loaded yet,
 * or not loadable) still marks weekends: the web app fetches one year's table at a time, on demand.
 */
export function dayInfoIn(table: HolidayTable | null, date: IsoDate): DayInfo {
  const holiday = table?.[date];
  return {
    weekend: isWeekend(date),
    holiday: holiday ? { nameJa: holiday.name, nameEn: holiday.name_en } : null,
  };
}
