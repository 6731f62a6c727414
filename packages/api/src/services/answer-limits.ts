import { findResponseByKey } from "@kyoso/db";
import { answerWaitMessage, PUBLIC_ANSWER_LIMITS } from "@kyoso/domain";
import type { Context } from "../context";
import { countOrRefuse, limitKey } from "../limits";

/**
 * Counts one answer to a survey link from this client, refusing it past the limits (per address on the link,
 * then the link from every address). A form sent again (its idempotency key already stored) is free: a
 * phone retrying on a weak venue network must not use up the hall's allowance.
 */
export async function countPublicAnswer(
  ctx: Context,
  surveyId: string,
  idempotencyKey: string,
): Promise<void> {
  if (await findResponseByKey(ctx.db, surveyId, idempotencyKey)) return;
  await countOrRefuse(
    ctx,
    [
      {
        key: limitKey("answer:client", surveyId, ctx.clientAddress),
        rule: PUBLIC_ANSWER_LIMITS.clientPerLink,
      },
    ],
    answerWaitMessage,
  );
  // Counted only for clients within their own limit, so one flooding address cannot use up the link.
  await countOrRefuse(
    ctx,
    [{ key: limitKey("answer:link", surveyId), rule: PUBLIC_ANSWER_LIMITS.link }],
    answerWaitMessage,
  );
}
