import { addDays, type IsoDate, todayInTokyo } from "@kyoso/domain";

/**
 * The day the demo data is loaded. The organizers' own story (SAITAMA2026, 4.17, 4.23, 10.29, 1/27) keeps
 * its dates as history; the current year (open survey, tasks due this week, upcoming meetings, a milestone
 * due soon) is counted from this day, so a newcomer in any month sees live work.
 */
export interface DemoClock {
  today: IsoDate;
  year: number;
  /** The day `offset` days from today (negative: before). */
  day(offset: number): IsoDate;
  /** The first Saturday at least `offset` days from today: forums are held on Saturdays. */
  saturdayFrom(offset: number): IsoDate;
}

/**
 * The day the test databases are seeded as of, whatever the clock says, so tests that count or date demo
 * records never drift. The current year's offsets were chosen so that on this day it matches the demo as
 * first written (survey 11/1–12/15, tasks due 12/4 and 12/11, FUKUOKA2027 on 2027-02-20).
 */
export const DEMO_PINNED_TODAY: IsoDate = "2026-12-02";

export function demoClock(today: IsoDate = todayInTokyo()): DemoClock {
  const day = (offset: number) => addDays(today, offset);
  return {
    today,
    year: Number(today.slice(0, 4)),
    day,
    saturdayFrom: (offset) => {
      const from = day(offset);
      const weekday = new Date(`${from}T00:00:00Z`).getUTCDay();
      return addDays(from, (6 - weekday + 7) % 7);
    },
  };
}

/** The year of a date, for forum names (OSAKA2027). */
export const yearOf = (date: IsoDate) => Number(date.slice(0, 4));
