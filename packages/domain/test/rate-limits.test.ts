import { describe, expect, it } from "vitest";
import { answerWaitMessage, limitWaitMs, signInDelayMs, signInWaitMessage, waitMinutes } from "../src/index";

const now = new Date("2026-11-25T00:05:00Z");
const end = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

describe("sign-in throttling", () => {
  it("does not slow the first two failures, then doubles from 0.5 s up to 4 s", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 10, 500].map(signInDelayMs)).toEqual([
      0, 0, 500, 1000, 2000, 4000, 4000, 4000, 4000,
    ]);
  });

  it("says in Japanese how many whole minutes to wait, at least one", () => {
    expect(signInWaitMessage(14 * 60_000 + 1)).toBe(
      "サインインの試行が多すぎます。15分ほど待ってから、もう一度お試しください。",
    );
    expect(waitMinutes(0)).toBe(1);
    expect(waitMinutes(60_000)).toBe(1);
    expect(answerWaitMessage(90_000)).toContain("2分ほど");
  });
});

describe("limit windows", () => {
  it("let the count reach the limit and refuse the next hit until the window ends", () => {
    expect(limitWaitMs([{ hits: 5, limit: 5, windowEnd: end(10) }], now)).toBeNull();
    expect(limitWaitMs([{ hits: 6, limit: 5, windowEnd: end(10) }], now)).toBe(10 * 60_000);
  });

  it("wait for the latest window that is over, ignoring those within their limit", () => {
    const counts = [
      { hits: 6, limit: 5, windowEnd: end(3) },
      { hits: 31, limit: 30, windowEnd: end(7) },
      { hits: 1, limit: 5, windowEnd: end(14) },
    ];
    expect(limitWaitMs(counts, now)).toBe(7 * 60_000);
  });
});
