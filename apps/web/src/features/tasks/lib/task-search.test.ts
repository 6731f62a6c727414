import { describe, expect, it } from "vitest";
import { anyFilter, foldedFilterCount, parseTaskSearch } from "./task-search";

const REGION = "0b9f5d3e-6a2c-4e1b-9c7d-2f4a8b6e1d30";

describe("foldedFilterCount", () => {
  it("is 0 with no filters, and the keyword alone does not count (it stays on screen)", () => {
    expect(foldedFilterCount({})).toBe(0);
    expect(foldedFilterCount({ q: "チラシ", sort: "dueOn", page: 2 })).toBe(0);
  });

  it("counts the status filter once however many statuses are ticked", () => {
    expect(foldedFilterCount({ status: ["todo", "doing", "blocked"] })).toBe(1);
  });

  it("counts region, assignee and each end of the due range", () => {
    const search = parseTaskSearch({
      status: "todo",
      region: REGION,
      assignee: REGION,
      from: "2026-12-01",
      to: "2026-12-31",
    });
    expect(foldedFilterCount(search)).toBe(5);
  });

  it("leaves out an assignee that マイタスク overrides", () => {
    expect(foldedFilterCount({ mine: true, assignee: REGION })).toBe(0);
  });
});

describe("anyFilter", () => {
  it("is true for a keyword alone, false for sort and page only", () => {
    expect(anyFilter({ q: "チラシ" })).toBe(true);
    expect(anyFilter({ sort: "title", dir: "desc", page: 3 })).toBe(false);
  });
});
