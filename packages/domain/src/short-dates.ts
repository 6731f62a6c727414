import { addDays, daysBetween } from "./calendar";
import { type IsoDate, type PartialDate, parseIsoDate } from "./dates";

/**
 * What a short date without a year is read against. Today (in Japan) decides the year; the forum only
 * decides whether the result deserves a second look (see shortDateWarnings).
 */
export interface ShortDateContext {
  /** Today's date in Japan (todayInTokyo), passed in so the rule can be tested on any day. */
  today: IsoDate;
  /** The forum edition's name year (SAITAMA2026 → 2026); absent when the region has no forum yet. */
  forumYear?: number;
  /** The forum's date, when decided. */
  heldOn?: IsoDate | null;
}

/**
 * Which way a yearless date points: a day something happened on (a meeting held, a hearing, a note) is in
 * the past; the next meeting and a due date are ahead.
 */
export type ShortDateReading = "past" | "upcoming";

/** Why a reading deserves a second look before it is saved. */
export type ShortDateWarning = "farFromToday" | "outsidePreparation";

/** "About six months": further than this from today, a yearless date is more likely a slip than meant. */
export const SHORT_DATE_NEAR_DAYS = 183;

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number): IsoDate | undefined => {
  const value = `${y}-${pad(m)}-${pad(d)}`;
  return parseIsoDate(value) ? value : undefined;
};

// "2026.4.17", "2026/4/17", "2026-04-17", "2026年4月17日"
const FULL = /^(\d{4})\s*[./\-年]\s*(\d{1,2})\s*[./\-月]\s*(\d{1,2})\s*日?\.?$/;
// "4.17", "4.23.", "10/29", "1月27日"
const MONTH_DAY = /^(\d{1,2})\s*[./月]\s*(\d{1,2})\s*日?\.?$/;
// "2026年11月", "2026.11", "2026/11"
const YEAR_MONTH = /^(\d{4})\s*[./\-年]\s*(\d{1,2})\s*月?$/;
// "11月"
const MONTH = /^(\d{1,2})\s*月$/;

/** Full-width digits and punctuation as typed on a Japanese keyboard, made half-width. */
function normalize(text: string): string {
  return text
    .normalize("NFKC")
    .trim()
    .replace(/[（(][^)）]*[)）]$/, "")
    .trim();
}

/**
 * The year that puts a month (and day) on the right side of today, looking at most a year away: the
 * latest one not after today for the past, the nearest one from today on for what is ahead. Undefined
 * when no such day exists within the year (2/29 outside a leap year's reach).
 */
function placeYearless(
  month: number,
  day: number | undefined,
  today: IsoDate,
  reading: ShortDateReading,
): IsoDate | undefined {
  const year = Number(today.slice(0, 4));
  const years = reading === "past" ? [year, year - 1] : [year, year + 1];
  // Month precision compares months, so 「12月」 read on 12/2 is this December either way.
  const point = day === undefined ? today.slice(0, 7) : today;
  for (const y of years) {
    const date = iso(y, month, day ?? 1);
    if (!date) continue;
    const key = day === undefined ? date.slice(0, 7) : date;
    if (reading === "past" ? key <= point : key >= point) return date;
  }
  return undefined;
}

/**
 * Reads a date the way the organizers write it ("4.17", "10.29", "1/27", "2026年1月27日", "11月"). A
 * date typed with its year is taken as typed; without one it is placed by today and the reading: on
 * 2026-12-02 「12.1」 that happened is 2026-12-01, and a next meeting in 「11月」 is 2027年11月. Returns
 * undefined for text that is not a date.
 */
export function parseShortDate(
  text: string,
  context: ShortDateContext,
  reading: ShortDateReading,
): PartialDate | undefined {
  const value = normalize(text);
  let m = FULL.exec(value);
  if (m) {
    const date = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    return date ? { date, precision: "day" } : undefined;
  }
  m = MONTH_DAY.exec(value);
  if (m) {
    const [month, day] = [Number(m[1]), Number(m[2])];
    if (!iso(2000, month, day)) return undefined;
    const date = placeYearless(month, day, context.today, reading);
    return date ? { date, precision: "day" } : undefined;
  }
  m = YEAR_MONTH.exec(value);
  if (m) {
    const date = iso(Number(m[1]), Number(m[2]), 1);
    return date ? { date, precision: "month" } : undefined;
  }
  m = MONTH.exec(value);
  if (m) {
    const month = Number(m[1]);
    if (month < 1 || month > 12) return undefined;
    const date = placeYearless(month, undefined, context.today, reading);
    return date ? { date, precision: "month" } : undefined;
  }
  return undefined;
}

/** The first and last day a partial date covers. */
function span(value: PartialDate): [IsoDate, IsoDate] {
  if (value.precision === "day") return [value.date, value.date];
  const next = new Date(`${value.date}T00:00:00Z`);
  next.setUTCMonth(next.getUTCMonth() + 1);
  return [value.date, addDays(next.toISOString().slice(0, 10), -1)];
}

/**
 * The days a forum's preparation log is expected to cover: the year up to the forum and the month after it
 * (milestones run T−180 … T+30). With no date yet, any such year for a forum held in its name year.
 */
export function preparationWindow(context: ShortDateContext): [IsoDate, IsoDate] | undefined {
  if (context.heldOn && parseIsoDate(context.heldOn)) {
    return [addDays(context.heldOn, -365), addDays(context.heldOn, 31)];
  }
  if (context.forumYear === undefined) return undefined;
  return [`${context.forumYear - 1}-01-01`, `${context.forumYear + 1}-01-31`];
}

/**
 * What is odd about a date read from short text: more than about six months from today, or outside the
 * forum's preparation year. Either may be right (a date planned far ahead), so it is a warning to show,
 * not an error.
 */
export function shortDateWarnings(value: PartialDate, context: ShortDateContext): ShortDateWarning[] {
  const [first, last] = span(value);
  const distance =
    last < context.today
      ? daysBetween(last, context.today)
      : first > context.today
        ? daysBetween(context.today, first)
        : 0;
  const warnings: ShortDateWarning[] = [];
  if (distance > SHORT_DATE_NEAR_DAYS) warnings.push("farFromToday");
  const window = preparationWindow(context);
  if (window && (last < window[0] || first > window[1])) warnings.push("outsidePreparation");
  return warnings;
}
