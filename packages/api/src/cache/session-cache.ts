import type { Actor } from "@kyoso/domain";

/** How long a looked-up session is trusted without asking the database again. */
export const SESSION_CACHE_MS = 5_000;

/**
 * Session token hash → actor, for a few seconds, so a page's burst of calls does not look the session up once
 * per call. Dropped at once in this server on sign-out and after every audited write (a disabled account, a
 * changed role or region, ended sessions); other servers behind the same load balancer see such a change
 * within SESSION_CACHE_MS.
 */
export class SessionCache {
  private readonly entries = new Map<string, { actor: Actor; until: number }>();

  constructor(private readonly ttlMs = SESSION_CACHE_MS) {}

  get(tokenHash: string, now: Date): Actor | null {
    const entry = this.entries.get(tokenHash);
    if (!entry) return null;
    if (now.getTime() >= entry.until) {
      this.entries.delete(tokenHash);
      return null;
    }
    return entry.actor;
  }

  /** Keeps the actor until `ttlMs` from now, or `notAfter` (renewal due, session end) if that comes first. */
  set(tokenHash: string, actor: Actor, now: Date, notAfter: number): void {
    if (this.entries.size >= 10_000) this.entries.clear();
    this.entries.set(tokenHash, { actor, until: Math.min(now.getTime() + this.ttlMs, notAfter) });
  }

  forget(tokenHash: string): void {
    this.entries.delete(tokenHash);
  }

  clear(): void {
    this.entries.clear();
  }
}
