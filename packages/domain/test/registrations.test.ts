import { describe, expect, it } from "vitest";
import { countRegistrations, readRegistrationImport, registrationDate } from "../src/index";

describe("registration dates", () => {
  it("reads the forms registration services export", () => {
    expect(registrationDate("2026/1/27")).toBe("2026-01-27");
    expect(registrationDate("2026/01/27 10:23")).toBe("2026-01-27");
    expect(registrationDate("2026-01-27 23:59:59")).toBe("2026-01-27");
    expect(registrationDate("2026年1月27日")).toBe("2026-01-27");
    expect(registrationDate("２０２６／０１／２７")).toBe("2026-01-27");
  });

  it("converts a timestamp with a zone to the day in Japan", () => {
    expect(registrationDate("2026-01-26T16:00:00Z")).toBe("2026-01-27");
    expect(registrationDate("2026-01-26T14:59:59Z")).toBe("2026-01-26");
  });

  it("rejects what is not a real date", () => {
    expect(registrationDate("2026/02/30")).toBeUndefined();
    expect(registrationDate("昨日")).toBeUndefined();
  });
});

describe("reading a registration CSV", () => {
  it("counts venue and online rows, skips cancelled ones, and names bad lines in Japanese", () => {
    const read = readRegistrationImport([
      ["\uFEFF申込日時", "氏名", "参加形態", "ステータス"],
      ["2026/01/10 09:00", "A", "会場参加", "申込済"],
      ["2026/01/11 10:00", "B", "オンライン参加", ""],
      ["2026/01/12", "C", "会場", "キャンセル"],
      ["", "D", "会場", ""],
      ["2026/01/13", "E", "どちらでも", ""],
      ["", "", "", ""],
      ["2026/01/14", "F", "Zoom", ""],
    ]);
    expect(read.missingColumns).toEqual([]);
    expect(read.cancelled).toBe(1);
    expect(read.registrations.map((r) => [r.line, r.date, r.type])).toEqual([
      [2, "2026-01-10", "venue"],
      [3, "2026-01-11", "online"],
      [8, "2026-01-14", "online"],
    ]);
    expect(read.rejected).toEqual([
      { line: 5, reasons: ["申込日がありません。"] },
      { line: 6, reasons: ["参加形態「どちらでも」が会場かオンラインか判別できません。"] },
    ]);
    expect(countRegistrations(read.registrations)).toEqual({
      venue: 1,
      online: 2,
      venueDates: ["2026-01-10"],
    });
  });

  it("names the missing columns", () => {
    expect(readRegistrationImport([["氏名", "メール"]]).missingColumns).toEqual(["申込日", "参加形態"]);
  });
});
