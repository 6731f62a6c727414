import { describe, expect, it } from "vitest";
import { filterLoadedRows } from "./local-filter";

const rows = [{ title: "チラシの入稿" }, { title: "Venue booking" }, { title: "会場の予約" }];

describe("filterLoadedRows", () => {
  it("keeps the rows whose title contains the keyword, ignoring case and surrounding spaces", () => {
    expect(filterLoadedRows(rows, " venue ")).toEqual([{ title: "Venue booking" }]);
    expect(filterLoadedRows(rows, "会場")).toEqual([{ title: "会場の予約" }]);
  });

  it("keeps every row for an empty keyword", () => {
    expect(filterLoadedRows(rows, "  ")).toBe(rows);
    expect(filterLoadedRows(rows, undefined)).toBe(rows);
  });
});
