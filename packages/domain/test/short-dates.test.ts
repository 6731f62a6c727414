import { describe, expect, it } from "vitest";
import { parseShortDate } from "../src/index";

const saitama2026 = { forumYear: 2026, heldOn: "2026-02-21" };
const shutoken2026 = { forumYear: 2026, heldOn: null };

describe("short dates as the organizers write them", () => {
  it("place the seed's 4.17, 4.23., 10.29 and 1/27 in SAITAMA2026's preparation year", () => {
    expect(parseShortDate("4.17", saitama2026)).toEqual({ date: "2025-04-17", precision: "day" });
    expect(parseShortDate("4.23.", saitama2026)).toEqual({ date: "2025-04-23", precision: "day" });
    expect(parseShortDate("10.29", saitama2026)).toEqual({ date: "2025-10-29", precision: "day" });
    expect(parseShortDate("1/27", saitama2026)).toEqual({ date: "2026-01-27", precision: "day" });
  });

  it("use April–March of the year before when the forum date is not decided (首都圏2026's 10.29)", () => {
    expect(parseShortDate("10.29", shutoken2026)?.date).toBe("2025-10-29");
    expect(parseShortDate("3.31", shutoken2026)?.date).toBe("2026-03-31");
    expect(parseShortDate("4.1", shutoken2026)?.date).toBe("2025-04-01");
  });

  it("allow entries up to a month after the forum, and put later days a year earlier", () => {
    expect(parseShortDate("3/21", saitama2026)?.date).toBe("2026-03-21");
    expect(parseShortDate("3/22", saitama2026)?.date).toBe("2025-03-22");
    expect(parseShortDate("2/21", saitama2026)?.date).toBe("2026-02-21");
  });

  it("read a month alone as a month-precision date (次回11月)", () => {
    expect(parseShortDate("11月", shutoken2026)).toEqual({ date: "2025-11-01", precision: "month" });
    expect(parseShortDate("2026年11月", shutoken2026)).toEqual({ date: "2026-11-01", precision: "month" });
  });

  it("read full dates in the usual Japanese and ISO forms, full-width digits included", () => {
    for (const text of [
      "2026年1月27日",
      "2026.1.27",
      "2026/1/27",
      "2026-01-27",
      "２０２６年１月２７日",
      "1月27日(火)",
    ]) {
      expect(parseShortDate(text, saitama2026)?.date, text).toBe("2026-01-27");
    }
  });

  it("refuse what is not a real date", () => {
    for (const text of ["2.30", "13.1", "明日", "", "4.17.18", "2026年2月30日"]) {
      expect(parseShortDate(text, saitama2026), text).toBeUndefined();
    }
  });
});

describe("short dates around a December forum", () => {
  it("read a January retrospective entry as the following January", () => {
    const december = { forumYear: 2026, heldOn: "2026-12-12" };
    expect(parseShortDate("1/5", december)?.date).toBe("2027-01-05");
    expect(parseShortDate("1/13", december)?.date).toBe("2026-01-13");
    expect(parseShortDate("11.3", december)?.date).toBe("2026-11-03");
  });
});
