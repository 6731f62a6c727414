import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { CamelCasePlugin, Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { acquireDataDirLock, type DataDirLock, type LockOwner } from "./data-dir-lock";
import { PGliteDialect } from "./dialect/pglite-dialect";
import type { Database } from "./schema";

export type Engine = "pglite" | "postgres";

export type ConnectOptions =
  /** A real PostgreSQL server through `pg`. */
  | {
      engine: "postgres";
      databaseUrl: string;
      poolSize?: number;
      /** Told about connections the server ended (restart, failover, pg_terminate_backend), for the log. */
      onConnectionError?: (error: Error) => void;
    }
  /** Embedded PGlite: a data folder kept across restarts, or in memory when `dataDir` is omitted. */
  | {
      engine: "pglite";
      dataDir?: string;
      loadDataDir?: Blob;
      /** Told when a lock left by a dead process is taken over, so it can be logged. */
      onStaleLock?: (previous: LockOwner | null) => void;
    };

export interface DatabaseHandle {
  db: Kysely<Database>;
  engine: Engine;
  /** Only for PGlite: the embedded instance (used to snapshot test databases). */
  pglite?: PGlite;
  close(): Promise<void>;
}

const DATE_OID = 1082;
const INT8_OID = 20;
/** `date` stays a "YYYY-MM-DD" string: a calendar date has no time zone to shift it. */
const keepDateString = (value: string): string => value;

export async function connect(options: ConnectOptions): Promise<DatabaseHandle> {
  const plugins = [new CamelCasePlugin()];
  if (options.engine === "postgres") {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      // While the server is away, a request waits at most this long for a connection, then answers 503.
      connectionTimeoutMillis: 5_000,
      types: {
        getTypeParser: ((oid: number, format?: "text" | "binary") =>
          oid === DATE_OID
            ? keepDateString
            : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
      },
    });
    // A connection the server ends (restart, failover, pg_terminate_backend) emits 'error' on its client, and
    // an 'error' event nobody listens to ends the Node process. The pool listens only while a client is idle,
    // so every client gets its own listener for the time it is checked out (inside a transaction, between
    // statements). The broken client is then dropped on release and replaced on next use; the query that was
    // running fails with a connection error, which the API answers with 503.
    const reportError = (error: Error) => options.onConnectionError?.(error);
    pool.on("error", reportError);
    pool.on("connect", (client) => client.on("error", reportError));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins });
    return { db, engine: "postgres", close: () => db.destroy() };
  }

  // A data folder belongs to one process at a time (see data-dir-lock.ts); in memory there is nothing to share.
  const lock = options.dataDir ? await acquireDataDirLock(options.dataDir, options.onStaleLock) : undefined;
  const pglite = await openPGlite(options, lock).catch(async (error: unknown) => {
    await lock?.release();
    throw error;
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite), plugins });
  return {
    db,
    engine: "pglite",
    pglite,
    close: async () => {
      await db.destroy();
      await pglite.close();
      await lock?.release();
    },
  };
}

async function openPGlite(options: { dataDir?: string; loadDataDir?: Blob }, lock: DataDirLock | undefined) {
  const pglite = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    // Trigram indexes for searching task titles (the task title search migration).
    extensions: { pg_trgm },
    // Match `pg`: dates as strings, bigints as strings.
    parsers: { [DATE_OID]: keepDateString, [INT8_OID]: keepDateString },
  });
  // A backup's files include the lock of the server it was taken from: ours replaces it.
  if (options.loadDataDir) await lock?.reassert();
  return pglite;
}
