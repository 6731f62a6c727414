import { z } from "zod";

/**
 * The writes a phone may make with no network: they wait in its outbox and are sent when the network returns,
 * each with a key made when the person pressed save, so a write sent twice is written once.
 */
export const IDEMPOTENT_PROCEDURES = [
  "meeting.create",
  "timeline.createNote",
  "timeline.updateNote",
  "task.setStatus",
] as const;
export type IdempotentProcedure = (typeof IDEMPOTENT_PROCEDURES)[number];

/** Optional on those writes: without it a write is written every time it is sent, as before. */
export const idempotencyKeySchema = z.uuid({ message: "送信の識別子が正しくありません。" }).optional();
