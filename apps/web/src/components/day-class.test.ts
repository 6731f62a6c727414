import { describe, expect, it } from "vitest";
import { dayClass } from "./day-class";

describe("dayClass", () => {
  it("marks Sundays and holidays red, Saturdays blue, other days not at all", () => {
    expect(dayClass("2026-02-22", false)).toBe("date date--sunday");
    expect(dayClass("2026-02-21", false)).toBe("date date--saturday");
    expect(dayClass("2026-02-23", true)).toBe("date date--sunday"); // 天皇誕生日, a Monday
    expect(dayClass("2026-02-24", false)).toBe("date");
  });
});
