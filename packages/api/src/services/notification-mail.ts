import { claimDigest, claimDueMails, insertMailBatch, listDigestRecipients } from "@kyoso/db";
import {
  DEFAULT_QUIET_TIME,
  digestMail,
  emailSendAt,
  type IsoDate,
  notificationMail,
  todayInTokyo,
} from "@kyoso/domain";
import type { Context } from "../context";
import type { JobQueue } from "../jobs/queue";
import { queueMail, sendMailSoon } from "./mail";
import { runReminders } from "./reminders";
import { audited } from "./write";

// Notifications into the mail outbox: each one chosen "by e-mail" once its quiet time is over, and each
// person's daily digest. A notification is marked mailed in the transaction that queues its mail, so it is
// queued once whatever runs at the same time. These writes are delivery bookkeeping of notifications already
// made (the outbox keeps the message itself), not changes of a record: they leave no audit rows.

/** Rows per transaction. */
const BATCH = 500;

/** Queues the e-mail of every notification whose time has come; returns how many. */
export async function mailDueNotifications(ctx: Context): Promise<number> {
  let total = 0;
  for (;;) {
    const queued = await audited(ctx, async (write) => {
      const now = ctx.now();
      const due = await claimDueMails(write.tx, now, BATCH);
      // The outbox rows queueMail writes, in one statement per batch.
      await insertMailBatch(
        write.tx,
        due.map((n) => {
          const mail = notificationMail(n.kind, n.payload, n.language, ctx.publicUrl);
          return { toAddress: n.email, subject: mail.subject, body: mail.text, kind: "reminder" };
        }),
        now,
      );
      return due.length;
    });
    total += queued;
    if (queued < BATCH) break;
  }
  if (total > 0) await sendMailSoon(ctx);
  return total;
}

const tokyoMidnight = (day: IsoDate) => new Date(`${day}T00:00:00+09:00`);

/**
 * Sends each person one digest a day of what was put aside for it before today (Japan), unless they are in
 * their quiet time: then a later hourly run that day sends it. Returns how many digests were queued.
 */
export async function sendDigests(ctx: Context): Promise<number> {
  const now = ctx.now();
  const today = todayInTokyo(now);
  const before = tokyoMidnight(today);
  let sent = 0;
  for (const person of await listDigestRecipients(ctx.db, before)) {
    const quietFrom = person.defaults ? DEFAULT_QUIET_TIME.from : person.quietFrom;
    const quietUntil = person.defaults ? DEFAULT_QUIET_TIME.until : person.quietUntil;
    if (emailSendAt(now, quietFrom, quietUntil).getTime() > now.getTime()) continue;
    const queued = await audited(ctx, async (write) => {
      const items = await claimDigest(write.tx, person.userId, today, before, now);
      if (items.length === 0) return false;
      const mail = digestMail(items, person.language, ctx.publicUrl, today);
      await queueMail(write, { to: person.email, ...mail, kind: "digest" }, now);
      return true;
    });
    if (queued) sent++;
  }
  if (sent > 0) await sendMailSoon(ctx);
  return sent;
}

export const REMINDER_JOB = "notifications.reminders";
export const NOTIFICATION_MAIL_JOB = "notifications.mail";
export const DIGEST_JOB = "notifications.digest";

interface Log {
  info(object: object, message: string): void;
}

/**
 * The notification jobs (cron read in Japan time): the reminder run every morning at 07:00 (and once at
 * start-up, see `catchUpReminders`), e-mail of due notifications every five minutes (held ones go out when a
 * quiet time ends), and the digest hourly from 08:00 to 23:00, each person's once a day.
 */
export function registerNotificationJobs(queue: JobQueue, log: Log): void {
  queue.registerJob(
    REMINDER_JOB,
    async (ctx) => {
      const run = await runReminders(ctx);
      const mailed = await mailDueNotifications(ctx);
      log.info({ ...run, mailed }, "reminder run");
    },
    { cron: "0 7 * * *" },
  );
  queue.registerJob(NOTIFICATION_MAIL_JOB, async (ctx) => void (await mailDueNotifications(ctx)), {
    cron: "*/5 * * * *",
  });
  queue.registerJob(
    DIGEST_JOB,
    async (ctx) => {
      const sent = await sendDigests(ctx);
      if (sent > 0) log.info({ sent }, "daily digests queued");
    },
    { cron: "0 8-23 * * *" },
  );
}

/** A server that starts runs today's reminders now (one run for servers starting together): a missed morning is caught up. */
export async function catchUpReminders(queue: JobQueue): Promise<void> {
  await queue.send(REMINDER_JOB, {}, { once: { key: "start", seconds: 600 } });
}
