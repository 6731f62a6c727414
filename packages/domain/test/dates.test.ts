import { describe, expect, it } from "vitest";
import {
  fiscalYear,
  formatDate,
  formatPartialDate,
  isoDateSchema,
  isWeekend,
  parseIsoDate,
  todayInTokyo,
} from "../src/index";

describe("Japanese dates", () => {
  it("format a date the Japanese way with the weekday", () => {
    expect(formatDate("2026-02-21")).toBe("2026年2月21日(土)");
    expect(formatDate("2026-01-27")).toBe("2026年1月27日(火)");
  });

  it("format in English when asked", () => {
    expect(formatDate("2026-02-21", "en")).toBe("Sat, Feb 21, 2026");
  });

  it("show a month-only date as year and month (次回11月)", () => {
    expect(formatPartialDate({ date: "2025-11-01", precision: "month" })).toBe("2025年11月");
    expect(formatPartialDate({ date: "2025-10-29", precision: "day" })).toBe("2025年10月29日(水)");
  });

  it("accept only real calendar dates in YYYY-MM-DD form", () => {
    expect(parseIsoDate("2028-02-29")).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseIsoDate("2027-02-29")).toBeUndefined();
    expect(parseIsoDate("2026-2-21")).toBeUndefined();
    expect(isoDateSchema.safeParse("2026-13-01").success).toBe(false);
  });

  it("mark Saturdays and Sundays as weekend", () => {
    expect(isWeekend("2026-02-21")).toBe(true);
    expect(isWeekend("2026-02-22")).toBe(true);
    expect(isWeekend("2026-02-23")).toBe(false);
  });

  it("place March in the previous fiscal year and April in the new one", () => {
    expect(fiscalYear("2026-03-31")).toBe(2025);
    expect(fiscalYear("2026-04-01")).toBe(2026);
  });

  it("take today in Japan: 15:00 UTC is already the next day in Tokyo", () => {
    expect(todayInTokyo(new Date("2026-11-25T14:59:59Z"))).toBe("2026-11-25");
    expect(todayInTokyo(new Date("2026-11-25T15:00:00Z"))).toBe("2026-11-26");
  });
});
