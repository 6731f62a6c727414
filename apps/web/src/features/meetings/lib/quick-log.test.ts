import { describe, expect, it } from "vitest";
import { actionItemLines, orderForChips } from "./quick-log";

const orgs = [
  { id: "a", name: "神奈川" },
  { id: "b", name: "千葉" },
  { id: "c", name: "東京" },
  { id: "d", name: "都庁" },
];

describe("orderForChips", () => {
  it("puts the last meeting's organizations first, in that meeting's order, and keeps the rest in order", () => {
    expect(orderForChips(orgs, ["d", "b"]).map((o) => o.id)).toEqual(["d", "b", "a", "c"]);
  });

  it("keeps the given order when there was no last meeting or it named organizations no longer listed", () => {
    expect(orderForChips(orgs, []).map((o) => o.id)).toEqual(["a", "b", "c", "d"]);
    expect(orderForChips(orgs, ["gone"]).map((o) => o.id)).toEqual(["a", "b", "c", "d"]);
  });
});

describe("actionItemLines", () => {
  it("makes one action item per non-empty line, list marks and spaces dropped", () => {
    expect(actionItemLines("・千葉県に連絡する\n\n- チラシ案を作る \r\n1. 会場を探す\n   ")).toEqual([
      "千葉県に連絡する",
      "チラシ案を作る",
      "会場を探す",
    ]);
  });

  it("makes none from blank text", () => {
    expect(actionItemLines(" \n \n")).toEqual([]);
  });
});
