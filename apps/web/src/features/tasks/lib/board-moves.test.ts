import type { Actor } from "@kyoso/domain";
import { describe, expect, it } from "vitest";
import { mayMove, movesFor, neighbourStatus } from "./board-moves";

describe("neighbourStatus", () => {
  it("moves one column right or left between 未着手 and 完了", () => {
    expect(neighbourStatus("todo", 1)).toBe("doing");
    expect(neighbourStatus("blocked", -1)).toBe("doing");
  });

  it("has no column past either edge of the board", () => {
    expect(neighbourStatus("todo", -1)).toBeNull();
    expect(neighbourStatus("done", 1)).toBeNull();
  });
});

const SHUTOKEN = "00000000-0000-4000-8000-000000000001";
const SAITAMA = "00000000-0000-4000-8000-000000000002";
const actor = (role: Actor["role"], id = "me", regionIds = [SHUTOKEN]): Actor => ({
  id,
  role,
  regionIds,
  partnerEditionId: null,
  partnerRegionId: role === "partner" ? SHUTOKEN : null,
});
const task = (assigneeId: string | null, regionId = SHUTOKEN) =>
  ({ status: "doing", regionId, assigneeId }) as const;

describe("movesFor (the board's 移動 menu)", () => {
  it("offers the national team every other column of any task", () => {
    expect(movesFor(actor("national", "me", []), task("someone", SAITAMA))).toEqual([
      "todo",
      "blocked",
      "done",
    ]);
  });

  it("offers a committee member their own regions' tasks, whoever has them, and nothing elsewhere", () => {
    expect(movesFor(actor("committee"), task("someone"))).toEqual(["todo", "blocked", "done"]);
    expect(movesFor(actor("committee"), task("me", SAITAMA))).toEqual([]);
  });

  it("offers pro bono staff their own tasks and open ones in their regions, not a task someone else has", () => {
    const probono = actor("probono");
    expect(movesFor(probono, task("me"))).toEqual(["todo", "blocked", "done"]);
    expect(movesFor(probono, task("me", SAITAMA))).toEqual(["todo", "blocked", "done"]);
    expect(movesFor(probono, task(null))).toEqual(["todo", "blocked", "done"]);
    expect(movesFor(probono, task("someone"))).toEqual([]);
    expect(movesFor(probono, task(null, SAITAMA))).toEqual([]);
  });

  it("offers a partner and a signed-out person nothing", () => {
    expect(movesFor(actor("partner"), task(null))).toEqual([]);
    expect(movesFor(null, task(null))).toEqual([]);
    expect(mayMove(null, task(null))).toBe(false);
  });
});
