/** A calendar date as stored and sent: "YYYY-MM-DD". */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(value: string): { year: number; month: number; day: number } | undefined {
  const m = ISO_DATE.exec(value);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    return undefined;
  return { year, month, day };
}

/** A date that may be known only to the month (「次回11月」). */
export type DatePrecision = "day" | "month";
export interface PartialDate {
  /** For month precision, the first day of the month. */
  date: IsoDate;
  precision: DatePrecision;
}

export type DateLocale = "ja" | "en";

const formatters = {
  ja: {
    day: new Intl.DateTimeFormat("ja-JP", {
      timeZone: "UTC",
      year: "numeric",
      month: "long",
      day: "numeric",
      weekday: "short",
    }),
    month: new Intl.DateTimeFormat("ja-JP", { timeZone: "UTC", year: "numeric", month: "long" }),
  },
  en: {
    day: new Intl.DateTimeFormat("en-US", {
      timeZone: "UTC",
      year: "numeric",
      month: "short",
      day: "numeric",
      weekday: "short",
    }),
    month: new Intl.DateTimeFormat("en-US", { timeZone: "UTC", year: "numeric", month: "long" }),
  },
} as const;

function toUtc(date: IsoDate): Date {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`not an ISO date: ${date}`);
  return new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
}

/** 2026-02-21 → 「2026年2月21日(土)」 (ja) or "Sat, Feb 21, 2026" (en). */
export function formatDate(date: IsoDate, locale: DateLocale = "ja"): string {
  return formatters[locale].day.format(toUtc(date));
}

/** A partial date: full form for day precision, 「2026年11月」 for month precision. */
export function formatPartialDate(value: PartialDate, locale: DateLocale = "ja"): string {
  return value.precision === "month"
    ? formatters[locale].month.format(toUtc(value.date))
    : formatDate(value.date, locale);
}

/** Saturday or Sunday (national holidays are added with the holiday data package later). */
export function isWeekend(date: IsoDate): boolean {
  const day = toUtc(date).getUTCDay();
  return day === 0 || day === 6;
}

/** The Japanese fiscal year (年度, April–March) a date falls in: 2026-02-21 → 2025. */
export function fiscalYear(date: IsoDate): number {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`not an ISO date: ${date}`);
  return parts.month >= 4 ? parts.year : parts.year - 1;
}

const tokyoDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Tokyo",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today's calendar date in Japan, whatever the server's time zone. */
export function todayInTokyo(now: Date = new Date()): IsoDate {
  return tokyoDay.format(now);
}
