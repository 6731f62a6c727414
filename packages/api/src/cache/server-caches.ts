import { SessionCache } from "./session-cache";
import { VersionedCache } from "./versioned-cache";

/** What one server keeps between requests; tests make their own (or none: every call reads the database). */
export interface ServerCaches {
  sessions: SessionCache;
  /** The national overview per (Tokyo day, role scope), at the database's overview data version. */
  overview: VersionedCache<unknown>;
}

export function createServerCaches(): ServerCaches {
  return { sessions: new SessionCache(), overview: new VersionedCache() };
}
