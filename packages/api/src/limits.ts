import { createHash } from "node:crypto";
import { hitRateLimits, type RateLimitCount } from "@kyoso/db";
import { DomainError, type LimitRule, limitWaitMs } from "@kyoso/domain";
import { TRPCError } from "@trpc/server";
import type { Context } from "./context";

/**
 * Keys hold digests, not addresses: the limit table need not keep who tried which email from where. The
 * digest is deterministic, so every server derives the same key.
 */
export function limitKey(kind: string, ...parts: string[]): string {
  const digest = createHash("sha256").update(parts.join("\u0000")).digest("base64url").slice(0, 22);
  return `${kind}:${digest}`;
}

export interface LimitedKey {
  key: string;
  rule: LimitRule;
}

/**
 * Counts this call against each key and refuses it (RATE_LIMITED, with `message(waitMs)`) when any count is
 * over its limit. Counting and checking are one statement, so concurrent calls cannot all slip under.
 */
export async function countOrRefuse(
  ctx: Context,
  keys: readonly LimitedKey[],
  message: (waitMs: number) => string,
): Promise<RateLimitCount[]> {
  const now = ctx.now();
  const counts = await hitRateLimits(
    ctx.db,
    keys.map(({ key, rule }) => ({ key, windowMs: rule.windowMs })),
    now,
  );
  const waitMs = limitWaitMs(
    counts.map((c, i) => ({ ...c, limit: keys[i]?.rule.limit ?? 0 })),
    now,
  );
  if (waitMs !== null) throw new DomainError("RATE_LIMITED", message(waitMs));
  return counts;
}

// Calls a limit counts one by one: a batch would carry hundreds of them in one HTTP request and, run in
// parallel, race past a check. Refused in a batch with anything else.
const ALONE_ONLY = new Set([
  "auth.signIn",
  "auth.acceptInvitation",
  "auth.requestPasswordReset",
  "auth.resetPassword",
  "publicSurvey.submit",
]);

/** Throws when a batched request carries a sign-in or public answer together with any other call. */
export function refuseBatchedLimitedCalls(paths: readonly string[]): void {
  if (paths.length > 1 && paths.some((p) => ALONE_ONLY.has(p))) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "サインインと回答の送信は、1回に1件ずつ送ってください (send these calls one at a time).",
    });
  }
}
