import type { IsoDate } from "@kyoso/domain";

/**
 * The Japanese calendar's colours, in both languages: Sundays and national holidays red, Saturdays blue. The
 * colour is never the only cue: the weekday is in the date's text, and holidays are tagged 「祝日」.
 */
export function dayClass(date: IsoDate, holiday: boolean): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (holiday || day === 0) return "date date--sunday";
  if (day === 6) return "date date--saturday";
  return "date";
}
