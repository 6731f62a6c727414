import { describe, expect, it } from "vitest";
import { parseShortDate, type ShortDateContext, shortDateWarnings } from "../src/index";

const on = (today: string, forum: Omit<ShortDateContext, "today"> = {}): ShortDateContext => ({
  today,
  ...forum,
});
const past = (text: string, context: ShortDateContext) => parseShortDate(text, context, "past")?.date;
const upcoming = (text: string, context: ShortDateContext) => parseShortDate(text, context, "upcoming")?.date;

const saitama2026 = { forumYear: 2026, heldOn: "2026-02-21" };
const shutoken2026 = { forumYear: 2026, heldOn: null };

describe("a yearless date that happened is the latest such day not after today", () => {
  it("reads the 首都圏 quick log of 2026-12-02 in 2026, not a year back (the reported bug)", () => {
    const context = on("2026-12-02", shutoken2026);
    expect(parseShortDate("12.1", context, "past")).toEqual({ date: "2026-12-01", precision: "day" });
    expect(past("10.29", context)).toBe("2026-10-29");
    expect(past("12.2", context)).toBe("2026-12-02");
    expect(past("12.3", context)).toBe("2025-12-03");
  });

  it("places the seed's 4.17, 4.23., 10.29 and 1/27 in SAITAMA2026's preparation year when read before it", () => {
    const context = on("2026-02-01", saitama2026);
    expect(parseShortDate("4.17", context, "past")).toEqual({ date: "2025-04-17", precision: "day" });
    expect(past("4.23.", context)).toBe("2025-04-23");
    expect(past("10.29", context)).toBe("2025-10-29");
    expect(past("1/27", context)).toBe("2026-01-27");
  });

  it("reads 12.31 typed on New Year's Day as the day before, and 1.1 on 12/31 as this year's", () => {
    expect(past("12.31", on("2027-01-01"))).toBe("2026-12-31");
    expect(past("1.1", on("2027-01-01"))).toBe("2027-01-01");
    expect(past("1.1", on("2026-12-31"))).toBe("2026-01-01");
  });

  it("crosses the 年度 boundary by today, not by the fiscal year (3/31 and 4/1)", () => {
    expect(past("3.31", on("2026-04-01"))).toBe("2026-03-31");
    expect(past("4.1", on("2026-04-01"))).toBe("2026-04-01");
    expect(past("4.1", on("2026-03-31"))).toBe("2025-04-01");
    expect(past("3.31", on("2026-03-31"))).toBe("2026-03-31");
  });

  it("finds 2/29 only within the past year, so only in a leap year's reach", () => {
    expect(past("2.29", on("2028-02-29"))).toBe("2028-02-29");
    expect(past("2.29", on("2028-03-01"))).toBe("2028-02-29");
    expect(past("2.29", on("2029-02-28"))).toBe("2028-02-29");
    expect(past("2.29", on("2028-02-28"))).toBeUndefined();
    expect(past("2.29", on("2027-03-01"))).toBeUndefined();
    expect(past("2.28", on("2027-03-01"))).toBe("2027-02-28");
  });

  it("reads a month alone as this month or an earlier one", () => {
    expect(parseShortDate("11月", on("2026-12-02"), "past")).toEqual({
      date: "2026-11-01",
      precision: "month",
    });
    expect(past("12月", on("2026-12-02"))).toBe("2026-12-01");
    expect(past("12月", on("2027-01-05"))).toBe("2026-12-01");
  });
});

describe("the next meeting and due dates are the nearest such day or month from today on", () => {
  it("reads 次回「11月」 on 2026-12-02 as 2027年11月, never a year in the past (the reported bug)", () => {
    expect(parseShortDate("11月", on("2026-12-02", shutoken2026), "upcoming")).toEqual({
      date: "2027-11-01",
      precision: "month",
    });
  });

  it("keeps the current month for a month alone in December and in January", () => {
    expect(upcoming("12月", on("2026-12-31"))).toBe("2026-12-01");
    expect(upcoming("1月", on("2026-12-31"))).toBe("2027-01-01");
    expect(upcoming("1月", on("2027-01-01"))).toBe("2027-01-01");
    expect(upcoming("12月", on("2027-01-01"))).toBe("2027-12-01");
  });

  it("reads 1.1 typed on 12/31 as the coming New Year's Day, and today as today", () => {
    expect(upcoming("1.1", on("2026-12-31"))).toBe("2027-01-01");
    expect(upcoming("12.31", on("2026-12-31"))).toBe("2026-12-31");
    expect(upcoming("12.31", on("2027-01-01"))).toBe("2027-12-31");
  });

  it("crosses the 年度 boundary by today (3/31 and 4/1)", () => {
    expect(upcoming("3.31", on("2026-04-01"))).toBe("2027-03-31");
    expect(upcoming("4.1", on("2026-03-31"))).toBe("2026-04-01");
  });

  it("finds 2/29 only within the coming year", () => {
    expect(upcoming("2.29", on("2027-03-01"))).toBe("2028-02-29");
    expect(upcoming("2.29", on("2028-02-29"))).toBe("2028-02-29");
    expect(upcoming("2.29", on("2026-03-01"))).toBeUndefined();
    expect(upcoming("2.29", on("2028-03-01"))).toBeUndefined();
  });
});

describe("dates typed in full", () => {
  it("are taken as typed, in the usual Japanese and ISO forms, full-width digits included", () => {
    for (const text of [
      "2026年1月27日",
      "2026.1.27",
      "2026/1/27",
      "2026-01-27",
      "２０２６年１月２７日",
      "1月27日(火)",
    ]) {
      expect(past(text, on("2026-02-01", saitama2026)), text).toBe("2026-01-27");
    }
    expect(parseShortDate("2026年11月", on("2026-12-02"), "upcoming")).toEqual({
      date: "2026-11-01",
      precision: "month",
    });
  });

  it("refuse what is not a real date", () => {
    for (const text of ["2.30", "13.1", "0.5", "13月", "明日", "", "4.17.18", "2026年2月30日"]) {
      expect(parseShortDate(text, on("2026-02-01", saitama2026), "past"), text).toBeUndefined();
      expect(parseShortDate(text, on("2026-02-01", saitama2026), "upcoming"), text).toBeUndefined();
    }
  });
});

describe("warnings on a reading that deserves a second look", () => {
  const day = (date: string) => ({ date, precision: "day" as const });
  const month = (date: string) => ({ date, precision: "month" as const });

  it("warn when the date is more than about six months from today, either way", () => {
    const today = on("2026-12-02");
    expect(shortDateWarnings(day("2026-06-02"), today)).toEqual([]);
    expect(shortDateWarnings(day("2026-06-01"), today)).toEqual(["farFromToday"]);
    expect(shortDateWarnings(day("2027-06-03"), today)).toEqual([]);
    expect(shortDateWarnings(day("2027-06-04"), today)).toEqual(["farFromToday"]);
  });

  it("measure a month alone from its nearest day (次回「6月」 in December is near enough, 「7月」 is not)", () => {
    const today = on("2026-12-02");
    expect(shortDateWarnings(month("2027-06-01"), today)).toEqual([]);
    expect(shortDateWarnings(month("2027-07-01"), today)).toEqual(["farFromToday"]);
    expect(shortDateWarnings(month("2026-06-01"), today)).toEqual([]);
    expect(shortDateWarnings(month("2026-05-01"), today)).toEqual(["farFromToday"]);
    expect(shortDateWarnings(month("2026-12-01"), today)).toEqual([]);
  });

  it("warn when the date is outside a dated forum's preparation year (a year before to a month after)", () => {
    const summer = on("2025-08-21", saitama2026);
    expect(shortDateWarnings(day("2025-02-21"), summer)).toEqual([]);
    expect(shortDateWarnings(day("2025-02-20"), summer)).toEqual(["outsidePreparation"]);
    const winter = on("2026-02-01", saitama2026);
    expect(shortDateWarnings(day("2026-03-24"), winter)).toEqual([]);
    expect(shortDateWarnings(day("2026-03-25"), winter)).toEqual(["outsidePreparation"]);
    expect(shortDateWarnings(day("2025-04-17"), winter)).toEqual(["farFromToday"]);
  });

  it("accept any date from the year before an undated forum's name year to the January after it", () => {
    const context = on("2026-12-02", shutoken2026);
    expect(shortDateWarnings(day("2026-12-01"), context)).toEqual([]);
    expect(shortDateWarnings(month("2027-01-01"), context)).toEqual([]);
    expect(shortDateWarnings(month("2027-02-01"), context)).toEqual(["outsidePreparation"]);
    expect(shortDateWarnings(month("2027-11-01"), context)).toEqual(["farFromToday", "outsidePreparation"]);
  });

  it("check only the distance from today when the region has no forum", () => {
    expect(shortDateWarnings(day("2025-01-01"), on("2026-12-02"))).toEqual(["farFromToday"]);
    expect(shortDateWarnings(day("2026-11-01"), on("2026-12-02"))).toEqual([]);
  });
});
