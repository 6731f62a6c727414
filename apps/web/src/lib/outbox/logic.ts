import type { IdempotentProcedure } from "@kyoso/domain";

// The outbox's rules, free of storage and network: what a waiting write becomes after a send, the order
// writes go in, and how a second offline change of the same record joins the first.

/** Waiting to be sent; refused by the server (its message kept); or the record changed meanwhile. */
export type OutboxState = "waiting" | "failed" | "conflict";

/** What the person sees of a waiting write: its kind, a title, and a detail (a status, a date). */
export interface OutboxSummary {
  title: string;
  detail?: string;
  /** The region's address, to link the list of what was written. */
  regionSlug?: string;
}

export interface OutboxItem {
  /** The idempotency key, made when the person pressed save; also sent with the write. */
  key: string;
  /** Only the person who wrote it sends it: another account on the same phone never does. */
  userId: string;
  procedure: IdempotentProcedure;
  input: Record<string, unknown>;
  summary: OutboxSummary;
  /** Milliseconds since 1970: writes are sent in the order they were saved. */
  queuedAt: number;
  state: OutboxState;
  /** The server's (Japanese) message for a refusal or a conflict. */
  message?: string;
  attempts: number;
}

/** How a send ended, as far as the outbox cares. */
export type SendOutcome =
  | { kind: "sent" }
  /** The server was not reached (no network, or a proxy answering for it): try again later, in order. */
  | { kind: "unreachable" }
  /** The session ended: nothing more can be sent until the person signs in again. */
  | { kind: "signedOut" }
  | { kind: "conflict"; message: string }
  | { kind: "failed"; message: string };

/** A failed send as the API client reports it: no `code` when the server never answered. */
export interface SendFailure {
  code?: string;
  message: string;
}

export function classifyFailure(failure: SendFailure): SendOutcome {
  switch (failure.code) {
    case undefined:
    case "INTERNAL_SERVER_ERROR":
    case "TOO_MANY_REQUESTS":
      // A server restarting or busy heals by itself: keep the write waiting rather than mark it refused.
      return { kind: "unreachable" };
    case "UNAUTHORIZED":
      return { kind: "signedOut" };
    case "CONFLICT":
      return { kind: "conflict", message: failure.message };
    default:
      return { kind: "failed", message: failure.message };
  }
}

/** The item after a send that did not succeed; null when it leaves the outbox (sent). */
export function afterSend(item: OutboxItem, outcome: SendOutcome): OutboxItem | null {
  switch (outcome.kind) {
    case "sent":
      return null;
    case "unreachable":
    case "signedOut":
      return { ...item, state: "waiting", attempts: item.attempts + 1 };
    default:
      return { ...item, state: outcome.kind, message: outcome.message, attempts: item.attempts + 1 };
  }
}

/** Whether the rest of the outbox should still be sent after this outcome (later writes may depend on it). */
export const keepSending = (outcome: SendOutcome) =>
  outcome.kind !== "unreachable" && outcome.kind !== "signedOut";

/** The person's waiting writes in the order they were saved (the key breaks a tie of the same millisecond). */
export function sendOrder(items: readonly OutboxItem[], userId: string): OutboxItem[] {
  return items
    .filter((item) => item.userId === userId && item.state === "waiting")
    .sort((a, b) => a.queuedAt - b.queuedAt || a.key.localeCompare(b.key));
}

/** A refused or conflicting write the person asked to send again. */
export const retried = (item: OutboxItem): OutboxItem => ({ ...item, state: "waiting", message: undefined });

/** The record a write changes at a version, when it is one whose second change should join the first. */
function changedRecord(item: Pick<OutboxItem, "procedure" | "input">): string | null {
  if (item.procedure === "timeline.updateNote") return `note:${String(item.input.id)}`;
  if (item.procedure === "task.setStatus" && Array.isArray(item.input.ids)) {
    return `tasks:${[...item.input.ids].map(String).sort().join(",")}`;
  }
  return null;
}

/**
 * Adds a write to the outbox. A second change of the same note, or of the same tasks' status, made while the
 * first still waits replaces it but keeps the version(s) the first was made at: the record is unchanged on
 * the server until the outbox sends, so the later change is checked against what the person last saw there.
 */
export function enqueue(items: readonly OutboxItem[], next: OutboxItem): OutboxItem[] {
  const record = changedRecord(next);
  const earlier =
    record === null
      ? undefined
      : items.find(
          (item) => item.userId === next.userId && item.state === "waiting" && changedRecord(item) === record,
        );
  if (!earlier) return [...items, next];
  const seen =
    next.procedure === "task.setStatus"
      ? { versions: earlier.input.versions }
      : { version: earlier.input.version };
  const joined: OutboxItem = { ...next, input: { ...next.input, ...seen }, queuedAt: earlier.queuedAt };
  return items.map((item) => (item === earlier ? joined : item));
}

/** A version 4 UUID, also where `crypto.randomUUID` is missing (a page not served over HTTPS). */
export function newKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
