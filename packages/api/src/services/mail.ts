/**
 * Mail. A message is a row of `mail_outbox` first, written by `queueMail` in the transaction of the change that
 * causes it, so a rolled-back change sends nothing and a committed one is never lost.
 *
 * - With `SMTP_URL` set, the job "mail.deliver" (every minute, and nudged by `sendMailSoon` after a commit)
 *   sends what is due through nodemailer. A failed attempt is tried again after 1 min, 5 min, 30 min, 2 h and
 *   6 h; a refusal the server calls permanent (5xx), or the sixth failure, marks the message failed. The
 *   national team sees failed messages in the app (送信メール) and can put them back in line.
 * - Without `SMTP_URL` (the embedded default) messages stay in the outbox, where the national team reads them.
 *
 * Bodies are plain text built by the caller. Never put hearing findings or survey free text in them
 * (要配慮個人情報 stays in the app); absolute links come from `ctx.publicUrl` (PUBLIC_URL).
 */
import { claimDueMail, insertMail, markMailAttemptFailed, markMailSent } from "@kyoso/db";
import { createTransport } from "nodemailer";
import type { Context } from "../context";
import type { JobQueue } from "../jobs/queue";
import type { Write } from "./write";

export interface MailMessage {
  to: string;
  subject: string;
  /** Plain text. No free text from hearings or survey answers. */
  text: string;
  /** What the message is about, for the outbox screen: "password_reset", "email_change", "reminder", … */
  kind: string;
}

/**
 * Puts a message in the outbox, in the caller's transaction. `now` should be the context's clock
 * (`ctx.now()`), so a message is due when the rest of the change happened.
 */
export async function queueMail(
  write: Pick<Write, "tx">,
  message: MailMessage,
  now: Date = new Date(),
): Promise<string> {
  return insertMail(
    write.tx,
    { toAddress: message.to, subject: message.subject, body: message.text, kind: message.kind },
    now,
  );
}

/** The job that delivers the outbox; registered only when an SMTP server is configured. */
export const MAIL_DELIVERY_JOB = "mail.deliver";

/** Waits between attempts: the n-th failure waits the n-th entry; one more failure gives up. */
export const MAIL_RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 6 * 3_600_000] as const;
/** A claimed message not settled within this is tried again (a worker that died mid-send). */
const LEASE_MS = 10 * 60_000;

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** Sends one message or throws; `permanent` on the error means retrying cannot help. */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** nodemailer over the SMTP server `smtpUrl` names (smtp://user:pass@host:587, smtps://… for TLS). */
export function smtpTransport(smtpUrl: string, from: string): MailTransport {
  const transporter = createTransport(smtpUrl);
  return {
    async send(mail) {
      // base64 keeps Japanese text and long links intact through every relay.
      await transporter.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        textEncoding: "base64",
      });
    },
    close: () => transporter.close(),
  };
}

/** The sender when MAIL_FROM is not set: no-reply at PUBLIC_URL's host. */
export function defaultMailFrom(publicUrl: string): string {
  return `Kyoso <no-reply@${new URL(publicUrl).hostname}>`;
}

function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

export interface DeliveryResult {
  sent: number;
  retrying: number;
  failed: number;
}

/** Sends every message that is due, one by one; what fails is scheduled again or marked failed. */
export async function deliverDueMail(
  ctx: Context,
  transport: MailTransport,
  batchSize = 50,
): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, retrying: 0, failed: 0 };
  for (;;) {
    const now = ctx.now();
    const due = await claimDueMail(ctx.db, now, new Date(now.getTime() + LEASE_MS), batchSize);
    for (const mail of due) {
      try {
        await transport.send({ to: mail.toAddress, subject: mail.subject, text: mail.body });
        await markMailSent(ctx.db, mail.id, ctx.now());
        result.sent++;
      } catch (error) {
        const delay = isPermanent(error) ? undefined : MAIL_RETRY_DELAYS_MS[mail.attempts];
        const retryAt = delay === undefined ? null : new Date(ctx.now().getTime() + delay);
        await markMailAttemptFailed(ctx.db, mail.id, errorText(error), retryAt);
        if (retryAt) result.retrying++;
        else result.failed++;
      }
    }
    if (due.length < batchSize) return result;
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Registers outbox delivery on the job queue: every minute, and whenever `sendMailSoon` nudges it. */
export function registerMailDelivery(queue: JobQueue, transport: MailTransport): void {
  queue.registerJob(
    MAIL_DELIVERY_JOB,
    async (ctx) => {
      await deliverDueMail(ctx, transport);
    },
    { cron: "* * * * *", retryLimit: 0 },
  );
}

/**
 * Asks for delivery now rather than at the next minute, after the transaction that queued mail committed.
 * Does nothing without a job queue (tests, scripts, no SMTP server); the minute's run still comes.
 */
export async function sendMailSoon(ctx: Context): Promise<void> {
  // One run per nudge: runs that overlap skip each other's messages (claimed with a lease), so none is sent twice.
  await ctx.jobs?.send(MAIL_DELIVERY_JOB).catch(() => undefined);
}
