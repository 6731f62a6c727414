import { type DB, findSessionActor, insertSession, renewSession } from "@kyoso/db";
import type { Actor } from "@kyoso/domain";
import type { SessionCache } from "../cache/session-cache";
import { hashToken, newToken } from "./tokens";

/** A session lasts 14 days from its last use. */
export const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;
/** Renewal writes at most once per 10 minutes per session, not on every request. */
const RENEW_AFTER_MS = 10 * 60 * 1000;

export async function createSession(
  db: DB,
  userId: string,
  now: Date,
  userAgent: string | null = null,
): Promise<{ token: string; expires: Date }> {
  const token = newToken();
  const expires = new Date(now.getTime() + SESSION_TTL_MS);
  await insertSession(db, { tokenHash: hashToken(token), userId, now, expiresAt: expires, userAgent });
  return { token, expires };
}

export interface ResolvedSession {
  actor: Actor;
  tokenHash: string;
  /** Set when the session was renewed: the cookie should be sent again with this expiry. */
  renewedUntil: Date | null;
}

/**
 * The actor behind a session token, renewing the session when it has not been renewed for a while. With a
 * cache, a session looked up a moment ago is not looked up again (never past its renewal or its end).
 */
export async function resolveSession(
  db: DB,
  token: string,
  now: Date,
  cache?: SessionCache | null,
): Promise<ResolvedSession | null> {
  const tokenHash = hashToken(token);
  const cached = cache?.get(tokenHash, now);
  if (cached) return { actor: cached, tokenHash, renewedUntil: null };
  const found = await findSessionActor(db, tokenHash, now);
  if (!found) return null;
  const expires = found.expiresAt.getTime();
  if (now.getTime() - found.lastSeenAt.getTime() < RENEW_AFTER_MS) {
    cache?.set(tokenHash, found.actor, now, Math.min(found.lastSeenAt.getTime() + RENEW_AFTER_MS, expires));
    return { actor: found.actor, tokenHash, renewedUntil: null };
  }
  const renewedUntil = new Date(now.getTime() + SESSION_TTL_MS);
  await renewSession(db, tokenHash, now, renewedUntil);
  cache?.set(tokenHash, found.actor, now, now.getTime() + RENEW_AFTER_MS);
  return { actor: found.actor, tokenHash, renewedUntil };
}
