import { type Context, eraseExpiredFreeText, type JobLog, type JobQueue } from "@kyoso/api";

/** The daily erase of free-text answers whose survey's retention period has ended (one run across servers). */
export const FREE_TEXT_RETENTION_JOB = "survey.freeTextRetention";

/** Erases what is due; each survey in its own audited transaction (by the system), so a retry redoes the rest. */
export async function runFreeTextRetention(ctx: Context, log: JobLog): Promise<number> {
  const erased = await eraseExpiredFreeText(ctx);
  if (erased > 0) log.info({ surveys: erased }, "erased free-text answers past their retention period");
  return erased;
}

/** Every day at 03:00 Japan time: the day a retention ends, its answers are gone before anyone starts work. */
export function registerFreeTextRetention(queue: JobQueue, log: JobLog): void {
  queue.registerJob(FREE_TEXT_RETENTION_JOB, async (ctx) => void (await runFreeTextRetention(ctx, log)), {
    cron: "0 3 * * *",
  });
}
