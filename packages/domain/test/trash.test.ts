import { describe, expect, it } from "vitest";
import { type Actor, can, recordChanges, TRASH_WINDOW_DAYS, trashWindowStart } from "../src/index";

describe("a record's changes, for its history", () => {
  it("lists the fields an edit changed, old → new, leaving out bookkeeping and ids", () => {
    const before = {
      id: "m1",
      version: 1,
      title: "第5回",
      heldOn: "2026-11-20",
      editionId: "e1",
      place: null,
    };
    const after = {
      id: "m1",
      version: 2,
      title: "第5回（訂正）",
      heldOn: "2026-11-20",
      editionId: "e2",
      place: "会議室",
    };
    expect(recordChanges("update", before, after)).toEqual([
      { field: "title", before: "第5回", after: "第5回（訂正）" },
      { field: "place", before: null, after: "会議室" },
    ]);
  });

  it("lists what a creation set, and nothing for a deletion, restore or purge (the action says it all)", () => {
    expect(recordChanges("create", null, { title: "メモ", body: null })).toEqual([
      { field: "title", before: null, after: "メモ" },
    ]);
    for (const action of ["delete", "restore", "purge"] as const)
      expect(recordChanges(action, { title: "メモ" }, null)).toEqual([]);
  });

  it("compares lists and dates by value: the same findings in a new array are no change", () => {
    const findings = [{ themeId: "t", body: "通院との両立" }];
    expect(recordChanges("update", { findings }, { findings: [...findings.map((f) => ({ ...f }))] })).toEqual(
      [],
    );
  });
});

describe("the restore window", () => {
  it("starts 30 days before now", () => {
    expect(TRASH_WINDOW_DAYS).toBe(30);
    expect(trashWindowStart(new Date("2026-12-31T00:00:00Z")).toISOString()).toBe("2026-12-01T00:00:00.000Z");
  });
});

describe("purging a deleted record for good", () => {
  it("is the national team's alone, not even the region's own committee", () => {
    const actor = (role: Actor["role"]): Actor => ({
      id: "u",
      role,
      regionIds: ["r"],
      partnerEditionId: null,
      partnerRegionId: role === "partner" ? "r" : null,
    });
    expect(can(actor("national"), "record.purge", { regionId: "r" })).toBe(true);
    for (const role of ["committee", "probono", "partner"] as const)
      expect(can(actor(role), "record.purge", { regionId: "r" })).toBe(false);
  });
});
