import {
  catchUpReminders,
  createJobQueue,
  defaultMailFrom,
  type JobQueue,
  registerMailDelivery,
  registerNotificationJobs,
  smtpTransport,
} from "@kyoso/api";
import type { DatabaseHandle } from "@kyoso/db";
import type { Logger } from "pino";
import type { Config } from "./config";
import { FREE_TEXT_RETENTION_JOB, registerFreeTextRetention } from "./free-text-retention";
import { registerSurveySweep, SURVEY_SWEEP_JOB } from "./survey-sweep";

/**
 * The server's job queue (see packages/api/src/jobs/queue.ts): every recurring job is registered here, before
 * start. Mail delivery runs only with SMTP_URL; without it messages stay in the outbox.
 */
export function createServerJobs(
  config: Pick<Config, "database" | "smtpUrl" | "mailFrom">,
  database: DatabaseHandle,
  log: Logger,
  publicUrl: string,
): JobQueue {
  const queue = createJobQueue({
    database,
    ...(config.database.engine === "postgres" ? { databaseUrl: config.database.url } : {}),
    publicUrl,
    log,
  });
  registerSurveySweep(queue, log);
  registerFreeTextRetention(queue, log);
  registerNotificationJobs(queue, log);
  if (config.smtpUrl) {
    registerMailDelivery(queue, smtpTransport(config.smtpUrl, config.mailFrom ?? defaultMailFrom(publicUrl)));
  }
  return queue;
}

/** Starts the workers and schedules; a server that starts sweeps at once (one run for servers starting together). */
export async function startServerJobs(queue: JobQueue): Promise<void> {
  await queue.start();
  await queue.send(SURVEY_SWEEP_JOB, {}, { once: { key: "start", seconds: 600 } });
  // A server down at 03:00 would skip a day's erase: start-up catches up (erasing twice does nothing).
  await queue.send(FREE_TEXT_RETENTION_JOB, {}, { once: { key: "start", seconds: 600 } });
  await catchUpReminders(queue);
}
