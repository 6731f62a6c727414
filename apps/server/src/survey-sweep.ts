import { type Context, closeExpiredSurveys, type JobLog, type JobQueue } from "@kyoso/api";
import { deleteExpiredRateLimits, removeStaleUploads } from "@kyoso/db";

/** The hourly sweep on the job queue (one run per hour across all servers). */
export const SURVEY_SWEEP_JOB = "survey.sweep";

/**
 * Closes surveys whose closing day has passed (with their 「回答締切」 timeline entry), drops ended limit
 * windows and removes file uploads left unfinished. A server that dies mid-sweep leaves nothing half-done that matters: each survey closes in its own
 * transaction and the next run picks up the rest.
 */
export async function runSurveySweep(ctx: Context, log: JobLog): Promise<number> {
  const closed = await closeExpiredSurveys(ctx);
  if (closed > 0) log.info({ closed }, "closed surveys past their closing day");
  await deleteExpiredRateLimits(ctx.db, ctx.now());
  // Uploads a server stopped in the middle of (they are never listed): their chunks, after a day.
  const stale = await removeStaleUploads(ctx.db, new Date(ctx.now().getTime() - 24 * 60 * 60 * 1000));
  if (stale > 0) log.info({ stale }, "removed unfinished uploads");
  return closed;
}

/** Every hour on the hour; the answer page refuses late answers on its own in between. */
export function registerSurveySweep(queue: JobQueue, log: JobLog): void {
  queue.registerJob(SURVEY_SWEEP_JOB, async (ctx) => void (await runSurveySweep(ctx, log)), {
    cron: "0 * * * *",
  });
}
