import { claimIdempotencyKey, type DB, findIdempotencyKey, recordIdempotentResult } from "@kyoso/db";
import { DomainError, type IdempotentProcedure } from "@kyoso/domain";

/** One write that may be sent more than once (from a phone's outbox), inside the caller's transaction. */
export interface OnceOptions<Answer, Reference> {
  tx: DB;
  /** Keys are the sender's: nobody can replay another person's write by guessing their key. */
  userId: string | null;
  key: string | undefined;
  procedure: IdempotentProcedure;
  write: () => Promise<Answer>;
  /** What is kept of the answer for a repeat: ids and counts only, never typed text (see the migration). */
  reference: (answer: Answer) => Reference;
  /** The first answer again, from what `reference` kept. */
  replay: (reference: Reference) => Promise<Answer>;
}

/**
 * Runs `write` once per key: the first time it writes and keeps a reference to its answer in the same
 * transaction (both commit or neither); a repeat of the key answers as the first time did, writing nothing. A
 * write without a key (or without a signed-in sender) simply runs.
 */
export async function once<Answer, Reference>(options: OnceOptions<Answer, Reference>): Promise<Answer> {
  const { tx, userId, key, procedure } = options;
  if (!key || !userId) return options.write();
  if (await claimIdempotencyKey(tx, { userId, key, procedure })) {
    const answer = await options.write();
    await recordIdempotentResult(tx, userId, key, options.reference(answer));
    return answer;
  }
  const first = await findIdempotencyKey(tx, userId, key);
  if (!first || first.procedure !== procedure || first.result === null) {
    throw new DomainError(
      "CONFLICT",
      "この送信の識別子は別の操作に使われています。画面を再読み込みしてから、もう一度保存してください。",
    );
  }
  return options.replay(first.result as Reference);
}

/** The record a repeated create names was deleted after the first send: there is nothing to answer with. */
export const sentThenDeleted = () =>
  new DomainError("NOT_FOUND", "この記録は送信済みですが、その後削除されています。");
