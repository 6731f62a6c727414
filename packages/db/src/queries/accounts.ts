import { type Kysely, sql } from "kysely";
import type { Database } from "../schema";

// Self-service accounts: password resets, e-mail changes and a person's own sessions. Tokens are stored as
// SHA-256 only; a session's token hash stays in the API (it derives a public id from it) and never reaches a client.

export async function findPasswordHash(db: Kysely<Database>, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom("appUser")
    .select("passwordHash")
    .where("id", "=", userId)
    .executeTakeFirst();
  return row?.passwordHash ?? null;
}

/** The account a reset or change may be sent for: enabled, with its display name and address. */
export async function findAccountByEmail(db: Kysely<Database>, email: string) {
  return db
    .selectFrom("appUser")
    .select(["id", "email", "displayName", "passwordHash", "disabledAt"])
    .where("email", "=", email)
    .executeTakeFirst();
}

export async function setUserEmail(db: Kysely<Database>, id: string, email: string): Promise<void> {
  await db
    .updateTable("appUser")
    .set({ email, version: sql`version + 1`, updatedAt: sql`now()` })
    .where("id", "=", id)
    .execute();
}

// Password resets --------------------------------------------------------------------------------------

export async function insertPasswordReset(
  db: Kysely<Database>,
  reset: { tokenHash: string; userId: string; createdBy: string | null; createdAt: Date; expiresAt: Date },
): Promise<void> {
  await db.insertInto("passwordReset").values(reset).execute();
}

/** Ends every open reset link of a user (a newer one replaces them; a used one ends the rest). */
export async function expireOpenPasswordResets(
  db: Kysely<Database>,
  userId: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable("passwordReset")
    .set({ expiresAt: now })
    .where("userId", "=", userId)
    .where("usedAt", "is", null)
    .where("expiresAt", ">", now)
    .execute();
}

/** An unused, unexpired reset link of an enabled user, locked until the transaction ends so it works once. */
export async function findOpenPasswordResetForUpdate(db: Kysely<Database>, tokenHash: string, now: Date) {
  return db
    .selectFrom("passwordReset")
    .innerJoin("appUser", "appUser.id", "passwordReset.userId")
    .select(["passwordReset.tokenHash", "passwordReset.userId"])
    .where("passwordReset.tokenHash", "=", tokenHash)
    .where("passwordReset.usedAt", "is", null)
    .where("passwordReset.expiresAt", ">", now)
    .where("appUser.disabledAt", "is", null)
    .forUpdate("passwordReset")
    .executeTakeFirst();
}

export async function markPasswordResetUsed(
  db: Kysely<Database>,
  tokenHash: string,
  now: Date,
): Promise<void> {
  await db.updateTable("passwordReset").set({ usedAt: now }).where("tokenHash", "=", tokenHash).execute();
}

// E-mail changes ---------------------------------------------------------------------------------------

export async function insertEmailChange(
  db: Kysely<Database>,
  change: { tokenHash: string; userId: string; newEmail: string; createdAt: Date; expiresAt: Date },
): Promise<void> {
  await db.insertInto("emailChange").values(change).execute();
}

export async function expireOpenEmailChanges(db: Kysely<Database>, userId: string, now: Date): Promise<void> {
  await db
    .updateTable("emailChange")
    .set({ expiresAt: now })
    .where("userId", "=", userId)
    .where("usedAt", "is", null)
    .where("expiresAt", ">", now)
    .execute();
}

export async function findOpenEmailChangeForUpdate(db: Kysely<Database>, tokenHash: string, now: Date) {
  return db
    .selectFrom("emailChange")
    .innerJoin("appUser", "appUser.id", "emailChange.userId")
    .select(["emailChange.tokenHash", "emailChange.userId", "emailChange.newEmail", "appUser.email"])
    .where("emailChange.tokenHash", "=", tokenHash)
    .where("emailChange.usedAt", "is", null)
    .where("emailChange.expiresAt", ">", now)
    .where("appUser.disabledAt", "is", null)
    .forUpdate("emailChange")
    .executeTakeFirst();
}

export async function markEmailChangeUsed(db: Kysely<Database>, tokenHash: string, now: Date): Promise<void> {
  await db.updateTable("emailChange").set({ usedAt: now }).where("tokenHash", "=", tokenHash).execute();
}

// A person's sessions ----------------------------------------------------------------------------------

export interface SessionRow {
  tokenHash: string;
  createdAt: Date;
  lastSeenAt: Date;
  userAgent: string | null;
}

export async function listLiveSessionsOfUser(
  db: Kysely<Database>,
  userId: string,
  now: Date,
): Promise<SessionRow[]> {
  return db
    .selectFrom("userSession")
    .select(["tokenHash", "createdAt", "lastSeenAt", "userAgent"])
    .where("userId", "=", userId)
    .where("expiresAt", ">", now)
    .orderBy("lastSeenAt", "desc")
    .execute();
}

export async function deleteSessionOfUser(
  db: Kysely<Database>,
  userId: string,
  tokenHash: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom("userSession")
    .where("userId", "=", userId)
    .where("tokenHash", "=", tokenHash)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** Ends every session of a user but `keep` (the one making the change); returns how many ended. */
export async function deleteOtherSessionsOfUser(
  db: Kysely<Database>,
  userId: string,
  keep: string | null,
): Promise<number> {
  let query = db.deleteFrom("userSession").where("userId", "=", userId);
  if (keep) query = query.where("tokenHash", "!=", keep);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}
