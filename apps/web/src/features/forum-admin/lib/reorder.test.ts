import { describe, expect, it } from "vitest";
import { focusAfterMove, moved } from "./reorder";

describe("moving a session or speaker one place", () => {
  it("swaps the item with its neighbour in the direction of the move", () => {
    expect(moved(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(moved(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
  });

  it("leaves the list as it is at either end", () => {
    expect(moved(["a", "b"], 0, -1)).toEqual(["a", "b"]);
    expect(moved(["a", "b"], 1, 1)).toEqual(["a", "b"]);
  });

  it("keeps focus on the pressed button until the item reaches the end, then on its partner", () => {
    expect(focusAfterMove(-1, 2, 3)).toBe("up");
    expect(focusAfterMove(-1, 1, 3)).toBe("down");
    expect(focusAfterMove(1, 2, 3)).toBe("down");
    expect(focusAfterMove(1, 3, 3)).toBe("up");
  });
});
