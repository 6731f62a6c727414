import { type Kysely, sql } from "kysely";
import type { Database } from "../schema";

// Fixed-window counters shared by every server on the database. A window starts at a multiple of its length
// (from the epoch), so every server computes the same window for the same key without talking to the others.

export interface RateLimitWindow {
  key: string;
  windowMs: number;
}

export interface RateLimitCount {
  key: string;
  /** Hits in the current window, this one included. */
  hits: number;
  /** When the current window ends and the count starts again. */
  windowEnd: Date;
}

function windowStart(now: Date, windowMs: number): Date {
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/**
 * Counts one hit on each key and returns the counts including it, in one statement: two servers hitting the
 * same key at once get consecutive counts, never the same one. Keys are written in sorted order so
 * concurrent multi-key hits lock rows in the same order and cannot deadlock.
 */
export async function hitRateLimits(
  db: Kysely<Database>,
  windows: readonly RateLimitWindow[],
  now: Date,
): Promise<RateLimitCount[]> {
  if (windows.length === 0) return [];
  const rows = [...windows]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ key, windowMs }) => {
      const start = windowStart(now, windowMs);
      return { key, windowStart: start, hits: 1, expiresAt: new Date(start.getTime() + windowMs) };
    });
  const counted = await db
    .insertInto("rateLimit")
    .values(rows)
    .onConflict((oc) => oc.columns(["key", "windowStart"]).doUpdateSet({ hits: sql`rate_limit.hits + 1` }))
    .returning(["key", "hits", "expiresAt"])
    .execute();
  return windows.map(({ key }) => {
    const row = counted.find((r) => r.key === key);
    if (!row) throw new Error(`rate limit ${key} was not counted`);
    return { key, hits: row.hits, windowEnd: new Date(row.expiresAt) };
  });
}

/** Takes back one hit on each key in its current window (an attempt that turned out not to count). */
export async function releaseRateLimitHits(
  db: Kysely<Database>,
  windows: readonly RateLimitWindow[],
  now: Date,
): Promise<void> {
  if (windows.length === 0) return;
  await db
    .updateTable("rateLimit")
    .set({ hits: sql`greatest(hits - 1, 0)` })
    .where((eb) =>
      eb.or(
        windows.map(({ key, windowMs }) =>
          eb.and([eb("key", "=", key), eb("windowStart", "=", windowStart(now, windowMs))]),
        ),
      ),
    )
    .execute();
}

/** Forgets every window of a key. */
export async function clearRateLimit(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom("rateLimit").where("key", "=", key).execute();
}

/** Deletes windows that have ended; returns how many. */
export async function deleteExpiredRateLimits(db: Kysely<Database>, now: Date): Promise<number> {
  const result = await db.deleteFrom("rateLimit").where("expiresAt", "<=", now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
