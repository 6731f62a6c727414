import type { DB, Engine } from "@kyoso/db";
import type { Actor } from "@kyoso/domain";
import type { ServerCaches } from "./cache/server-caches";
import type { JobQueue } from "./jobs/queue";

/** How a procedure sets or clears the session cookie without knowing about HTTP. */
export interface SessionCookie {
  set(token: string, expires: Date): void;
  clear(): void;
}

export interface ContextOptions {
  db: DB;
  engine: Engine;
  actor?: Actor | null;
  /** The hash of the session token the request came with, so sign-out can end it. */
  sessionTokenHash?: string | null;
  sessionCookie?: SessionCookie;
  /** Who is calling, as the server sees it (`req.ip`): limits count attempts per client address. */
  clientAddress?: string | null;
  /** The browser's User-Agent header: stored with a new session so its owner can tell devices apart. */
  userAgent?: string | null;
  /** The origin absolute links are built from (PUBLIC_URL), never the request's Host header. */
  publicUrl?: string;
  /** The clock, injectable so tests can pin "today". */
  now?: () => Date;
  /** Holds a failed sign-in's answer; tests pass a recorder instead of waiting. */
  sleep?: (ms: number) => Promise<void>;
  /** The job queue, when the server runs one: lets a service ask for a job after its transaction. */
  jobs?: Pick<JobQueue, "send"> | null;
  /** The server's caches (sessions, the overview); without them every call reads the database. */
  caches?: ServerCaches | null;
}

export interface Context {
  db: DB;
  engine: Engine;
  actor: Actor | null;
  sessionTokenHash: string | null;
  sessionCookie: SessionCookie;
  /** "local" when there is no HTTP request (tests, scripts). */
  clientAddress: string;
  userAgent: string | null;
  publicUrl: string;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  jobs: Pick<JobQueue, "send"> | null;
  caches: ServerCaches | null;
}

/** What the permission check found for a call, kept so the resolver need not read the same record again. */
export interface CallScope {
  /**
   * The region the call was allowed in: null for calls on no region ("none"), on several records at once,
   * or on a record that does not exist (only the national team gets that far).
   */
  regionId: string | null;
  /** The forum edition, for scopes that name one (an edition, agreement, session, speaker, announcement). */
  editionId: string | null;
}

/** The context inside a procedure, after the permission check (trpc.ts `authorize`). */
export interface ScopedContext extends Context {
  scope: CallScope;
}

/** What PUBLIC_URL defaults to on the default port; tests and scripts without HTTP use it too. */
export const DEFAULT_PUBLIC_URL = "http://localhost:3000";

const noCookie: SessionCookie = { set: () => {}, clear: () => {} };

/** The context without HTTP: what tests and the server both build on. */
export function createContextInner(options: ContextOptions): Context {
  return {
    db: options.db,
    engine: options.engine,
    actor: options.actor ?? null,
    sessionTokenHash: options.sessionTokenHash ?? null,
    sessionCookie: options.sessionCookie ?? noCookie,
    clientAddress: options.clientAddress ?? "local",
    userAgent: options.userAgent ?? null,
    publicUrl: options.publicUrl ?? DEFAULT_PUBLIC_URL,
    now: options.now ?? (() => new Date()),
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    jobs: options.jobs ?? null,
    caches: options.caches ?? null,
  };
}
