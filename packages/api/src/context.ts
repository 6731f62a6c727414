import type { DB, Engine } from "@kyoso/db";

export interface ContextOptions {
  db: DB;
  engine: Engine;
  /** The clock, injectable so tests can pin "today". */
  now?: () => Date;
}

export interface Context {
  db: DB;
  engine: Engine;
  now: () => Date;
  /** The signed-in user; identity arrives with sign-in, until then every caller is anonymous. */
  actorId: string | null;
}

/** The context without HTTP: what tests and the server both build on. */
export function createContextInner(options: ContextOptions): Context {
  return { db: options.db, engine: options.engine, now: options.now ?? (() => new Date()), actorId: null };
}
