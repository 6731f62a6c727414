import { describe, expect, it } from "vitest";
import { taskPaging } from "./paging";

describe("taskPaging", () => {
  it("knows the last page when the count is exact", () => {
    const paging = taskPaging({ page: 3, pageSize: 50, rowCount: 20, total: 120, totalIsLowerBound: false });
    expect(paging).toEqual({ first: 101, last: 120, pages: 3, hasPrevious: true, hasNext: false });
  });

  it("allows a next page past the cap while the page is full, with the last page unknown", () => {
    const full = taskPaging({
      page: 250,
      pageSize: 50,
      rowCount: 50,
      total: 10_000,
      totalIsLowerBound: true,
    });
    expect(full).toMatchObject({ first: 12_451, last: 12_500, pages: null, hasNext: true });
    const short = taskPaging({
      page: 251,
      pageSize: 50,
      rowCount: 7,
      total: 10_000,
      totalIsLowerBound: true,
    });
    expect(short).toMatchObject({ last: 12_507, hasNext: false });
  });

  it("shows nothing as 0–0 on page 1 of 1", () => {
    const none = taskPaging({ page: 1, pageSize: 50, rowCount: 0, total: 0, totalIsLowerBound: false });
    expect(none).toEqual({ first: 0, last: 0, pages: 1, hasPrevious: false, hasNext: false });
  });
});
