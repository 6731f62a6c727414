import { describe, expect, it } from "vitest";
import {
  afterSend,
  classifyFailure,
  enqueue,
  keepSending,
  newKey,
  type OutboxItem,
  retried,
  sendOrder,
} from "./logic";

const item = (key: string, patch: Partial<OutboxItem> = {}): OutboxItem => ({
  key,
  userId: "u1",
  procedure: "meeting.create",
  input: { idempotencyKey: key },
  summary: { title: key },
  queuedAt: 1,
  state: "waiting",
  attempts: 0,
  ...patch,
});

describe("the outbox's order", () => {
  it("sends the person's waiting writes in the order saved, the key breaking a tie", () => {
    const items = [
      item("c", { queuedAt: 3 }),
      item("b", { queuedAt: 1 }),
      item("a", { queuedAt: 1 }),
      item("x", { queuedAt: 0, userId: "someone else" }),
      item("f", { queuedAt: 0, state: "failed" }),
    ];
    expect(sendOrder(items, "u1").map((i) => i.key)).toEqual(["a", "b", "c"]);
  });
});

describe("what a send's failure means", () => {
  it("keeps a write waiting when the server was not reached, and stops sending the rest", () => {
    const outcome = classifyFailure({ message: "Failed to fetch" });
    expect(outcome).toEqual({ kind: "unreachable" });
    expect(keepSending(outcome)).toBe(false);
    expect(afterSend(item("a"), outcome)).toMatchObject({ state: "waiting", attempts: 1 });
    expect(classifyFailure({ code: "INTERNAL_SERVER_ERROR", message: "x" }).kind).toBe("unreachable");
    expect(classifyFailure({ code: "UNAUTHORIZED", message: "x" }).kind).toBe("signedOut");
  });

  it("marks a changed record as a conflict and a refusal as failed, with the server's message, and goes on", () => {
    const conflict = classifyFailure({ code: "CONFLICT", message: "他の人によって更新されています" });
    expect(afterSend(item("a"), conflict)).toMatchObject({
      state: "conflict",
      message: "他の人によって更新されています",
    });
    expect(keepSending(conflict)).toBe(true);
    const refused = classifyFailure({ code: "FORBIDDEN", message: "権限がありません" });
    expect(afterSend(item("a"), refused)).toMatchObject({ state: "failed", message: "権限がありません" });
    expect(afterSend(item("a"), { kind: "sent" })).toBeNull();
  });

  it("sends a refused write again when asked, without its old message", () => {
    const again = retried(item("a", { state: "conflict", message: "x" }));
    expect(again.state).toBe("waiting");
    expect(again.message).toBeUndefined();
  });
});

describe("a second offline change of the same record", () => {
  it("replaces the first but keeps the version it was made at, and its place", () => {
    const first = item("k1", {
      procedure: "task.setStatus",
      input: { ids: ["t1"], status: "doing", versions: { t1: 3 }, idempotencyKey: "k1" },
      queuedAt: 5,
    });
    const note = item("n1", { procedure: "timeline.createNote", queuedAt: 6 });
    const second = item("k2", {
      procedure: "task.setStatus",
      input: { ids: ["t1"], status: "done", versions: { t1: 3 }, idempotencyKey: "k2" },
      queuedAt: 9,
    });
    const queued = enqueue([first, note], second);
    expect(queued.map((i) => i.key)).toEqual(["k2", "n1"]);
    expect(queued[0]).toMatchObject({ queuedAt: 5, input: { status: "done", versions: { t1: 3 } } });
  });

  it("keeps changes of other records, and new records, as writes of their own", () => {
    const a = item("a", { procedure: "timeline.updateNote", input: { id: "n1", version: 2 } });
    const b = item("b", { procedure: "timeline.updateNote", input: { id: "n2", version: 1 } });
    const c = item("c");
    const d = item("d");
    expect(enqueue(enqueue(enqueue([a], b), c), d).map((i) => i.key)).toEqual(["a", "b", "c", "d"]);
    const later = item("e", {
      procedure: "timeline.updateNote",
      input: { id: "n1", version: 2, title: "x" },
    });
    expect(enqueue([a, b], later).map((i) => i.key)).toEqual(["e", "b"]);
  });
});

describe("idempotency keys", () => {
  it("are version 4 UUIDs, new each time", () => {
    const key = newKey();
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newKey()).not.toBe(key);
  });
});
