import { describe, expect, it } from "vitest";
import { allowedNextStages, assertTransition, canTransition, DomainError, STAGE_PATH } from "../src/index";

describe("stage transitions", () => {
  it("advance one step along the preparation path", () => {
    for (const [i, stage] of STAGE_PATH.entries()) {
      const next = STAGE_PATH[i + 1];
      if (next) expect(canTransition(stage, next)).toBe(true);
    }
  });

  it("never jump ahead more than one step (構想 → 開催済 is refused)", () => {
    expect(canTransition("concept", "held")).toBe(false);
    expect(canTransition("concept", "coordinating")).toBe(false);
    expect(canTransition("announced", "held")).toBe(false);
  });

  it("allow one step back to correct a mistake, but not two", () => {
    expect(canTransition("decided", "coordinating")).toBe(true);
    expect(canTransition("decided", "approach")).toBe(false);
  });

  it("allow postponing (見送り) until the forum is held, not after", () => {
    expect(canTransition("accepting", "postponed")).toBe(true);
    expect(canTransition("held", "postponed")).toBe(false);
    expect(canTransition("retrospective", "postponed")).toBe(false);
  });

  it("resume a postponed edition from 構想, 打診・説明 or 調整中 only", () => {
    expect(allowedNextStages("postponed")).toEqual(["concept", "approach", "coordinating"]);
    expect(canTransition("postponed", "decided")).toBe(false);
  });

  it("treat staying in the same stage as allowed (an edit of other fields)", () => {
    expect(canTransition("held", "held")).toBe(true);
  });

  it("explain a refused move in Japanese, naming the allowed stages", () => {
    expect(() => assertTransition("concept", "held")).toThrowError(DomainError);
    expect(() => assertTransition("concept", "held")).toThrowError(
      "ステージを「構想」から「開催済」へ変更することはできません。変更できるのは「打診・説明」、「見送り」です。",
    );
  });
});
