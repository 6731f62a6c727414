import { type Context, closeExpiredSurveys, type JobLog, type JobQueue } from "@kyoso/api";
import { deleteExpiredRateLimits, deleteOldIdempotencyKeys, removeStaleUploads } from "@kyoso/db";

const DAY_MS = 24 * 60 * 60 * 1000;
/** How long a sent write's idempotency key is kept: a phone's outbox may wait that long and still not write twice. */
export const IDEMPOTENCY_KEY_DAYS = 365;

/** The hourly sweep on the job queue (one run per hour across all servers). */
export const SURVEY_SWEEP_JOB = "survey.sweep";

/**
 * Closes surveys whose closing day has passed (with their 「回答締切」 timeline entry), drops ended limit
 * windows, forgets idempotency keys older than a year and removes file uploads left unfinished. A server that dies mid-sweep leaves nothing half-done that matters: each survey closes in its own
 * transaction and the next run picks up the rest.
 */
export async function runSurveySweep(ctx: Context, log: JobLog): Promise<number> {
  const closed = await closeExpiredSurveys(ctx);
  if (closed > 0) log.info({ closed }, "closed surveys past their closing day");
  await deleteExpiredRateLimits(ctx.db, ctx.now());
  // Uploads a server stopped in the middle of (they are never listed): their chunks, after a day.
  const stale = await removeStaleUploads(ctx.db, new Date(ctx.now().getTime() - DAY_MS));
  if (stale > 0) log.info({ stale }, "removed unfinished uploads");
  const keys = await deleteOldIdempotencyKeys(
    ctx.db,
    new Date(ctx.now().getTime() - IDEMPOTENCY_KEY_DAYS * DAY_MS),
  );
  if (keys > 0) log.info({ keys }, "forgot idempotency keys older than a year");
  return closed;
}

/** Every hour on the hour; the answer page refuses late answers on its own in between. */
export function registerSurveySweep(queue: JobQueue, log: JobLog): void {
  queue.registerJob(SURVEY_SWEEP_JOB, async (ctx) => void (await runSurveySweep(ctx, log)), {
    cron: "0 * * * *",
  });
}
