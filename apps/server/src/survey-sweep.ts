import { closeExpiredSurveys, createContextInner } from "@kyoso/api";
import type { DatabaseHandle } from "@kyoso/db";
import type { Logger } from "pino";

const HOUR_MS = 60 * 60 * 1000;

/**
 * Closes surveys whose closing day has passed (with their 「回答締切」 timeline entry), now and every hour.
 * The answer page refuses late answers by date on its own; this puts the closing on the record.
 */
export function startSurveySweep(database: DatabaseHandle, log: Logger): NodeJS.Timeout {
  const run = async () => {
    try {
      const ctx = createContextInner({ db: database.db, engine: database.engine });
      const closed = await closeExpiredSurveys(ctx);
      if (closed > 0) log.info({ closed }, "closed surveys past their closing day");
    } catch (error) {
      log.error({ err: error }, "survey sweep failed");
    }
  };
  void run();
  const timer = setInterval(run, HOUR_MS);
  timer.unref();
  return timer;
}
