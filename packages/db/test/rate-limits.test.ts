import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  type DatabaseHandle,
  deleteExpiredRateLimits,
  hitRateLimits,
  releaseRateLimitHits,
} from "../src/index";
import { createTestDatabase } from "../src/testing/index";

let handle: DatabaseHandle;
beforeEach(async () => {
  handle = await createTestDatabase();
});
afterEach(async () => {
  await handle.close();
});

const MINUTE = 60_000;
const at = (iso: string) => new Date(iso);

describe("rate limit counters", () => {
  it("give fifty hits sent at once fifty distinct counts (the count is taken in the same statement)", async () => {
    const now = at("2026-11-25T03:04:00Z");
    const counts = await Promise.all(
      Array.from({ length: 50 }, () => hitRateLimits(handle.db, [{ key: "k", windowMs: 15 * MINUTE }], now)),
    );
    const hits = counts.map((c) => c[0]?.hits ?? 0).sort((a, b) => a - b);
    expect(hits).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(counts[0]?.[0]?.windowEnd.toISOString()).toBe("2026-11-25T03:15:00.000Z");
  });

  it("count several keys in one call, each in its own window, and start again when a window ends", async () => {
    const windows = [
      { key: "b", windowMs: 10 * MINUTE },
      { key: "a", windowMs: 15 * MINUTE },
    ];
    await hitRateLimits(handle.db, windows, at("2026-11-25T03:00:00Z"));
    const second = await hitRateLimits(handle.db, windows, at("2026-11-25T03:09:59Z"));
    expect(second.map((c) => [c.key, c.hits])).toEqual([
      ["b", 2],
      ["a", 2],
    ]);
    const later = await hitRateLimits(handle.db, windows, at("2026-11-25T03:10:00Z"));
    expect(later.map((c) => [c.key, c.hits])).toEqual([
      ["b", 1],
      ["a", 3],
    ]);
  });

  it("take a hit back without going below zero, and delete only ended windows", async () => {
    const now = at("2026-11-25T03:00:00Z");
    const window = { key: "k", windowMs: 15 * MINUTE };
    await hitRateLimits(handle.db, [window], now);
    await releaseRateLimitHits(handle.db, [window], now);
    await releaseRateLimitHits(handle.db, [window], now);
    expect((await hitRateLimits(handle.db, [window], now))[0]?.hits).toBe(1);
    expect(await deleteExpiredRateLimits(handle.db, at("2026-11-25T03:14:59Z"))).toBe(0);
    expect(await deleteExpiredRateLimits(handle.db, at("2026-11-25T03:15:00Z"))).toBe(1);
  });
});
