/**
 * Jobs that run once, kept in PostgreSQL (pg-boss, in its own `pgboss` schema).
 *
 * How to use it (the server builds one queue at start, see apps/server/src/jobs.ts):
 *
 *   const jobs = createJobQueue({ database, publicUrl, log });
 *   jobs.registerJob("reminders.daily", async (ctx, data) => { … }, { cron: "0 8 * * *" });
 *   await jobs.start();                       // after every registerJob
 *   await jobs.send("reminders.daily", {});   // one extra run now (outside any transaction)
 *   await jobs.stop();                        // before the database is closed
 *
 * - A handler gets a Context like a request's (no actor: writes it makes through `audited` are the system's,
 *   actorId null), with the queue's PUBLIC_URL and clock, and the job's data. Throwing fails the attempt: the
 *   job is tried again with back-off (`retryLimit`, default 3; `retryDelaySeconds`, default 30, doubling).
 * - `cron` (five fields, read in Asia/Tokyo) makes the job recurring. Every server registers the same
 *   schedules; pg-boss puts one job on the queue per due time however many servers watch the clock, and one
 *   worker claims each job (`for update skip locked`), so with several servers each run happens once.
 * - On the embedded database (PGlite) the same queue runs in-process: pg-boss's statements go through the
 *   app's own connection, taking their turn between the app's transactions. On PostgreSQL pg-boss has a small
 *   pool of its own.
 * - Never call `send` inside a transaction on PGlite (its single connection is held by the transaction). A
 *   change that must cause something later writes a row in its transaction (like `queueMail` does) and a
 *   recurring job picks the rows up.
 */
import type { DatabaseHandle } from "@kyoso/db";
import { type Db, PgBoss } from "pg-boss";
import { type Context, createContextInner } from "../context";

export type JobHandler<Data = unknown> = (ctx: Context, data: Data) => Promise<void>;

export interface JobOptions {
  /** Five-field cron, read in Japan time, e.g. "0 8 * * *" every day at 08:00. */
  cron?: string;
  /** Attempts after the first failure (default 3). */
  retryLimit?: number;
  /** Wait before the first retry, doubled on each further one (default 30 s). */
  retryDelaySeconds?: number;
  /** A run taking longer than this is failed and retried (default 15 minutes). */
  expireInSeconds?: number;
}

/** Where the job queue writes what it does: pino's Logger fits. */
export interface JobLog {
  info(object: object, message: string): void;
  error(object: object, message: string): void;
}

export interface JobQueueOptions {
  database: DatabaseHandle;
  /** For PostgreSQL: the connection string pg-boss opens its own small pool with. */
  databaseUrl?: string;
  publicUrl: string;
  log: JobLog;
  /** The clock handed to handlers (tests pin it); pg-boss itself keeps database time. */
  now?: () => Date;
  /** How often an idle worker looks for work (default 2 s; tests use 0.5). */
  pollingIntervalSeconds?: number;
}

export interface JobQueue {
  registerJob<Data = unknown>(name: string, handler: JobHandler<Data>, options?: JobOptions): void;
  start(): Promise<void>;
  /** Puts one run of a registered job on the queue. `once` collapses sends with the same key for a while. */
  send(name: string, data?: object, options?: { once?: { key: string; seconds: number } }): Promise<void>;
  stop(): Promise<void>;
}

const TOKYO = "Asia/Tokyo";

interface Registered {
  name: string;
  handler: JobHandler<never>;
  options: JobOptions;
}

export function createJobQueue(options: JobQueueOptions): JobQueue {
  const { database, log } = options;
  const boss =
    database.engine === "pglite"
      ? new PgBoss({ db: pgliteThroughKysely(database), backend: "pglite", ...common })
      : new PgBoss({ connectionString: requireUrl(options.databaseUrl), max: 3, ...common });
  boss.on("error", (error: unknown) => log.error({ err: error }, "job queue error"));
  const registered = new Map<string, Registered>();
  let started = false;

  const contextFor = () =>
    createContextInner({
      db: database.db,
      engine: database.engine,
      publicUrl: options.publicUrl,
      jobs: queue,
      ...(options.now ? { now: options.now } : {}),
    });

  const queue: JobQueue = {
    registerJob(name, handler, jobOptions = {}) {
      if (started) throw new Error(`registerJob(${name}) after start()`);
      if (registered.has(name)) throw new Error(`job ${name} registered twice`);
      registered.set(name, { name, handler: handler as JobHandler<never>, options: jobOptions });
    },

    async start() {
      await boss.start();
      for (const job of registered.values()) {
        const queue = {
          retryLimit: job.options.retryLimit ?? 3,
          retryDelay: job.options.retryDelaySeconds ?? 30,
          retryBackoff: true,
          expireInSeconds: job.options.expireInSeconds ?? 15 * 60,
        };
        if (await boss.getQueue(job.name)) await boss.updateQueue(job.name, queue);
        else await boss.createQueue(job.name, queue);
        await boss.work<Record<string, unknown>>(
          job.name,
          { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, batchSize: 1 },
          async ([run]) => {
            if (!run) return;
            try {
              await job.handler(contextFor(), (run.data ?? {}) as never);
            } catch (error) {
              log.error({ err: error, job: job.name, attempt: run.retryCount + 1 }, "job failed");
              throw error;
            }
          },
        );
        if (job.options.cron) await boss.schedule(job.name, job.options.cron, null, { tz: TOKYO });
        else await boss.unschedule(job.name).catch(() => undefined);
      }
      started = true;
    },

    async send(name, data = {}, sendOptions = {}) {
      if (!registered.has(name)) throw new Error(`job ${name} is not registered`);
      const once = sendOptions.once;
      await boss.send(name, data, once ? { singletonKey: once.key, singletonSeconds: once.seconds } : {});
    },

    async stop() {
      await boss.stop({ graceful: true, timeout: 10_000, close: true });
      started = false;
    },
  };
  return queue;
}

const common = {
  schema: "pgboss",
  migrate: true,
  supervise: true,
  schedule: true,
  registerInstance: false,
  persistWarnings: false,
} as const;

function requireUrl(url: string | undefined): string {
  if (!url) throw new Error("createJobQueue: databaseUrl is required on PostgreSQL");
  return url;
}

/**
 * PGlite is one connection: pg-boss's statements take it through Kysely's driver, which hands it to one
 * caller at a time, so they never land inside an app transaction (nor the app's inside theirs). Statements
 * without parameters may be several (pg-boss's DDL and its locked blocks) and go through `exec`.
 */
function pgliteThroughKysely(database: DatabaseHandle): Db {
  const pglite = database.pglite;
  if (!pglite) throw new Error("createJobQueue: the PGlite handle has no instance");
  return {
    executeSql: (text, values) =>
      database.db.connection().execute(async () => {
        try {
          if (values?.length) return { rows: (await pglite.query(text, values)).rows as unknown[] };
          const results = await pglite.exec(text);
          return { rows: results.flatMap((r) => r.rows) };
        } catch (error) {
          // A failed block leaves its transaction aborted on the one connection: end it before the app's turn.
          await pglite.query("rollback").catch(() => undefined);
          throw error;
        }
      }),
  };
}
