import { type IsoDate, type PartialDate, parseIsoDate } from "./dates";

/** How a short date without a year is placed: by the forum's date when known, else by the forum's year. */
export interface ShortDateContext {
  /** The forum edition's name year (SAITAMA2026 → 2026). */
  forumYear: number;
  /** The forum's date, when decided. */
  heldOn?: IsoDate | null;
}

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
 * The year a month belongs to in a forum's preparation. With a forum date, the latest such month no later
 * than one month after the forum (entries cluster before it, a retrospective follows soon after). Without
 * one, the fiscal year (年度) before the forum year's end: April of the year before to March of the forum
 * year, which is how the seed's 4.17, 10.29 and 1/27 read for SAITAMA2026.
 */
function yearFor(month: number, day: number, context: ShortDateContext): number {
  const held = context.heldOn ? parseIsoDate(context.heldOn) : undefined;
  if (!held) return month >= 4 ? context.forumYear - 1 : context.forumYear;
  const limitMonth = held.month === 12 ? 1 : held.month + 1;
  const limitYear = held.month === 12 ? held.year + 1 : held.year;
  const limit = `${limitYear}-${pad(limitMonth)}-${pad(held.day)}`;
  const fits = (year: number) => `${year}-${pad(month)}-${pad(day)}` <= limit;
  return fits(held.year + 1) ? held.year + 1 : fits(held.year) ? held.year : held.year - 1;
}

/**
 * Reads a date the way the organizers write it ("4.17", "10.29", "1/27", "2026年1月27日", "11月") in the
 * context of a forum. Returns undefined for text that is not a date.
 */
export function parseShortDate(text: string, context: ShortDateContext): PartialDate | undefined {
  const value = normalize(text);
  let m = FULL.exec(value);
  if (m) {
    const date = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    return date ? { date, precision: "day" } : undefined;
  }
  m = MONTH_DAY.exec(value);
  if (m) {
    const [month, day] = [Number(m[1]), Number(m[2])];
    const date = iso(yearFor(month, day, context), month, day);
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
    const date = iso(yearFor(month, 1, context), month, 1);
    return date ? { date, precision: "month" } : undefined;
  }
  return undefined;
}
