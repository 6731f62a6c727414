import { describe, expect, it } from "vitest";
import { neighbourStatus } from "./board-moves";

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
