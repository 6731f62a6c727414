import { findMail, listMailOutbox, type OutboxRow, retryFailedMail } from "@kyoso/db";
import { DomainError, type MailStatus } from "@kyoso/domain";
import type { Context } from "../context";
import { sendMailSoon } from "./mail";
import { audited } from "./write";

/** How many messages the outbox screen shows, newest first. */
const OUTBOX_PAGE = 200;

export interface OutboxMessage {
  id: string;
  toAddress: string;
  subject: string;
  body: string;
  kind: string;
  status: MailStatus;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  sentAt: string | null;
  createdAt: string;
}

const toMessage = (row: OutboxRow): OutboxMessage => ({
  ...row,
  nextAttemptAt: row.nextAttemptAt.toISOString(),
  sentAt: row.sentAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
});

/** The outbox as the national team reads it: every message, or those in one state (failed ones to act on). */
export async function mailOutbox(ctx: Context, status: MailStatus | undefined): Promise<OutboxMessage[]> {
  const rows = await listMailOutbox(ctx.db, { limit: OUTBOX_PAGE, ...(status ? { status } : {}) });
  return rows.map(toMessage);
}

/** Puts a failed message back in line, to be sent at the next delivery. */
export async function retryMail(ctx: Context, id: string): Promise<void> {
  await audited(ctx, async ({ tx, audit }) => {
    const before = await findMail(tx, id);
    if (!before) throw new DomainError("NOT_FOUND", "メールが見つかりません。");
    if (!(await retryFailedMail(tx, id, ctx.now()))) {
      throw new DomainError("VALIDATION", "送信に失敗したメールだけを再送できます。");
    }
    await audit({
      action: "update",
      recordType: "mail",
      recordId: id,
      regionId: null,
      before: { status: before.status, attempts: before.attempts },
      after: { status: "pending", attempts: before.attempts },
    });
  });
  await sendMailSoon(ctx);
}
