import type { IdempotentProcedure } from "@kyoso/domain";
import { useState } from "react";
import { useMe } from "../use-me";
import { newKey, type OutboxSummary } from "./logic";
import { isUnreachable } from "./send";
import { addToOutbox } from "./store";

/**
 * For a form whose write may wait in the outbox: `key()` makes the idempotency key when save is pressed,
 * `offline()` says to queue at once, `queue` keeps the write, `queueIfUnreachable` keeps it after a send that
 * never reached the server. `queued` tells the form to say so.
 */
export function useOutboxSave(procedure: IdempotentProcedure) {
  const me = useMe();
  const [queued, setQueued] = useState(false);

  async function queue(input: { idempotencyKey?: string } & Record<string, unknown>, summary: OutboxSummary) {
    if (!me) return;
    await addToOutbox({
      key: input.idempotencyKey ?? newKey(),
      userId: me.id,
      procedure,
      input,
      summary,
      queuedAt: Date.now(),
      state: "waiting",
      attempts: 0,
    });
    setQueued(true);
  }

  return {
    queued,
    clear: () => setQueued(false),
    key: newKey,
    offline: () => typeof navigator !== "undefined" && navigator.onLine === false,
    queue,
    /** Queues the write when `error` means the server was not reached; false when it answered (show it). */
    async queueIfUnreachable(
      error: unknown,
      input: { idempotencyKey?: string } & Record<string, unknown>,
      summary: OutboxSummary,
    ): Promise<boolean> {
      if (!isUnreachable(error)) return false;
      await queue(input, summary);
      return true;
    },
  };
}
