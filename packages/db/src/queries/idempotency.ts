import type { Kysely } from "kysely";
import type { Database } from "../schema";

/** Who sent a key, the key and the procedure it was sent to. */
export interface IdempotencyClaim {
  userId: string;
  key: string;
  procedure: string;
}

/**
 * Claims a key for a write about to run in this transaction: true when it is new. A concurrent transaction
 * holding the same key makes this wait for its end (the unique key's lock): after its commit the key is taken
 * (false), after its rollback it is ours.
 */
export async function claimIdempotencyKey(db: Kysely<Database>, claim: IdempotencyClaim): Promise<boolean> {
  const inserted = await db
    .insertInto("idempotencyKey")
    .values({ ...claim, result: null })
    .onConflict((oc) => oc.columns(["userId", "key"]).doNothing())
    .returning("key")
    .executeTakeFirst();
  return inserted !== undefined;
}

/** The procedure and answer of a key already used by this user, if any. */
export async function findIdempotencyKey(db: Kysely<Database>, userId: string, key: string) {
  return db
    .selectFrom("idempotencyKey")
    .select(["procedure", "result"])
    .where("userId", "=", userId)
    .where("key", "=", key)
    .executeTakeFirst();
}

/** Keeps the first answer (ids and counts only) of the write that claimed the key. */
export async function recordIdempotentResult(
  db: Kysely<Database>,
  userId: string,
  key: string,
  result: unknown,
): Promise<void> {
  await db
    .updateTable("idempotencyKey")
    .set({ result: JSON.stringify(result) })
    .where("userId", "=", userId)
    .where("key", "=", key)
    .execute();
}

/**
 * Forgets the keys claimed before `before`. Each holds ids and counts only; a key kept for a year covers a phone
 * whose outbox waited through a whole forum's preparation. A write sent again after that is taken as new.
 */
export async function deleteOldIdempotencyKeys(db: Kysely<Database>, before: Date): Promise<number> {
  const result = await db.deleteFrom("idempotencyKey").where("createdAt", "<", before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
