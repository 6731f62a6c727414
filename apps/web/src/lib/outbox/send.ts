import type { AppRouter } from "@kyoso/api";
import type { inferRouterInputs } from "@trpc/server";
import { isApiError, type TrpcClient } from "../trpc";
import {
  afterSend,
  classifyFailure,
  keepSending,
  type OutboxItem,
  type SendFailure,
  sendOrder,
} from "./logic";
import { outboxItems, putOutboxItem, removeFromOutbox } from "./store";

type Inputs = inferRouterInputs<AppRouter>;

/** Sends one waiting write through the API client, with its idempotency key inside its input. */
export function sendItem(client: TrpcClient, item: OutboxItem): Promise<unknown> {
  switch (item.procedure) {
    case "meeting.create":
      return client.meeting.create.mutate(item.input as Inputs["meeting"]["create"]);
    case "timeline.createNote":
      return client.timeline.createNote.mutate(item.input as Inputs["timeline"]["createNote"]);
    case "timeline.updateNote":
      return client.timeline.updateNote.mutate(item.input as Inputs["timeline"]["updateNote"]);
    case "task.setStatus":
      return client.task.setStatus.mutate(item.input as Inputs["task"]["setStatus"]);
  }
}

/** A failed call as the outbox classifies it: without the server's answer (`data`), it was never reached. */
export function failureOf(error: unknown): SendFailure {
  if (isApiError(error) && error.data) return { code: error.data.code, message: error.message };
  return { message: error instanceof Error ? error.message : String(error) };
}

/** True when a call failed because the server could not be reached: the write can wait in the outbox. */
export const isUnreachable = (error: unknown) => classifyFailure(failureOf(error)).kind === "unreachable";

let running: Promise<OutboxItem[]> | null = null;
let again = false;

/**
 * Sends the person's waiting writes one after another in the order saved, until one cannot reach the server.
 * Sent writes leave the outbox; refused ones stay with the server's message. One run at a time: a call during
 * a run makes it go round once more. Returns the writes sent.
 */
export function sendOutbox(
  userId: string,
  send: (item: OutboxItem) => Promise<unknown>,
): Promise<OutboxItem[]> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    const sent: OutboxItem[] = [];
    do {
      again = false;
      for (const item of sendOrder(await outboxItems(), userId)) {
        const outcome = await send(item).then(
          () => ({ kind: "sent" }) as const,
          (error: unknown) => classifyFailure(failureOf(error)),
        );
        const next = afterSend(item, outcome);
        if (next) await putOutboxItem(next);
        else {
          await removeFromOutbox(item.key);
          sent.push(item);
        }
        if (!keepSending(outcome)) return sent;
      }
    } while (again);
    return sent;
  })().finally(() => {
    running = null;
  });
  return running;
}
