import { type Kysely, sql } from "kysely";
import type { Database } from "../schema";

// The mail outbox: every message is a row first (written in the transaction of the change that causes it),
// then delivered by the mail job when an SMTP server is configured. A delivery claims its rows by pushing
// their next attempt into the future (a lease), so a second worker skips them and a worker that dies mid-way
// leaves them to be tried again once the lease ends.

export interface NewMail {
  toAddress: string;
  subject: string;
  body: string;
  kind: string;
}

export interface OutboxMail extends NewMail {
  id: string;
  attempts: number;
}

export interface OutboxRow {
  id: string;
  toAddress: string;
  subject: string;
  body: string;
  kind: string;
  status: "pending" | "sent" | "failed";
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  sentAt: Date | null;
  createdAt: Date;
}

export async function insertMail(db: Kysely<Database>, mail: NewMail, now: Date): Promise<string> {
  const row = await db
    .insertInto("mailOutbox")
    .values({ ...mail, createdAt: now, nextAttemptAt: now })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Takes up to `limit` pending messages that are due, leasing them until `leaseUntil`. */
export async function claimDueMail(
  db: Kysely<Database>,
  now: Date,
  leaseUntil: Date,
  limit: number,
): Promise<OutboxMail[]> {
  return db
    .updateTable("mailOutbox")
    .set({ nextAttemptAt: leaseUntil })
    .where(
      "id",
      "in",
      db
        .selectFrom("mailOutbox")
        .select("id")
        .where("status", "=", "pending")
        .where("nextAttemptAt", "<=", now)
        .orderBy("nextAttemptAt")
        .limit(limit)
        .forUpdate()
        .skipLocked(),
    )
    .returning(["id", "toAddress", "subject", "body", "kind", "attempts"])
    .execute();
}

export async function markMailSent(db: Kysely<Database>, id: string, now: Date): Promise<void> {
  await db
    .updateTable("mailOutbox")
    .set({ status: "sent", sentAt: now, attempts: sql`attempts + 1`, lastError: null })
    .where("id", "=", id)
    .execute();
}

/** Records a failed attempt: tried again at `retryAt`, or given up (failed) when `retryAt` is null. */
export async function markMailAttemptFailed(
  db: Kysely<Database>,
  id: string,
  error: string,
  retryAt: Date | null,
): Promise<void> {
  await db
    .updateTable("mailOutbox")
    .set({
      attempts: sql`attempts + 1`,
      lastError: error.slice(0, 500),
      ...(retryAt ? { nextAttemptAt: retryAt } : { status: "failed" as const }),
    })
    .where("id", "=", id)
    .execute();
}

/** Puts a failed message back in line, to be tried at once. */
export async function retryFailedMail(db: Kysely<Database>, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable("mailOutbox")
    .set({ status: "pending", nextAttemptAt: now })
    .where("id", "=", id)
    .where("status", "=", "failed")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findMail(db: Kysely<Database>, id: string): Promise<OutboxRow | undefined> {
  return db.selectFrom("mailOutbox").select(OUTBOX_COLUMNS).where("id", "=", id).executeTakeFirst();
}

const OUTBOX_COLUMNS = [
  "id",
  "toAddress",
  "subject",
  "body",
  "kind",
  "status",
  "attempts",
  "nextAttemptAt",
  "lastError",
  "sentAt",
  "createdAt",
] as const;

/** The newest messages first, optionally only those in one state. */
export async function listMailOutbox(
  db: Kysely<Database>,
  filter: { status?: "pending" | "sent" | "failed"; limit: number },
): Promise<OutboxRow[]> {
  let query = db.selectFrom("mailOutbox").select(OUTBOX_COLUMNS);
  if (filter.status) query = query.where("status", "=", filter.status);
  return query.orderBy("createdAt", "desc").orderBy("id").limit(filter.limit).execute();
}
