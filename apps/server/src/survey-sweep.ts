import { closeExpiredSurveys, createContextInner } from "@kyoso/api";
import { type DatabaseHandle, deleteExpiredRateLimits, hitRateLimits } from "@kyoso/db";
import type { Logger } from "pino";

const HOUR_MS = 60 * 60 * 1000;
/** How often each server looks whether this hour's sweep is still to do. */
const CHECK_MS = 10 * 60 * 1000;
const SWEEP_KEY = "job:survey-sweep";

/**
 * Runs this clock hour's sweep unless another server (or this one) already has: the first to count the
 * hour's job row gets count 1 and runs it, everyone else sees 2, 3… and skips. The sweep closes surveys whose
 * closing day has passed (with their 「回答締切」 timeline entry) and drops ended limit windows. A server that
 * dies mid-sweep leaves nothing half-done that matters: each survey closes in its own transaction and the next
 * hour's sweep picks up the rest.
 */
export async function runSurveySweep(
  database: DatabaseHandle,
  log: Logger,
  now = new Date(),
): Promise<boolean> {
  const [claim] = await hitRateLimits(database.db, [{ key: SWEEP_KEY, windowMs: HOUR_MS }], now);
  if (claim?.hits !== 1) return false;
  const ctx = createContextInner({ db: database.db, engine: database.engine, now: () => now });
  const closed = await closeExpiredSurveys(ctx);
  if (closed > 0) log.info({ closed }, "closed surveys past their closing day");
  await deleteExpiredRateLimits(database.db, now);
  return true;
}

/** Starts the sweep: now, then a check every ten minutes; the answer page refuses late answers on its own. */
export function startSurveySweep(database: DatabaseHandle, log: Logger): NodeJS.Timeout {
  const run = async () => {
    try {
      await runSurveySweep(database, log);
    } catch (error) {
      log.error({ err: error }, "survey sweep failed");
    }
  };
  void run();
  const timer = setInterval(run, CHECK_MS);
  timer.unref();
  return timer;
}
