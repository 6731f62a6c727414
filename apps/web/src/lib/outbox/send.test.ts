import "fake-indexeddb/auto";
import { TRPCClientError } from "@trpc/client";
import { beforeEach, describe, expect, it } from "vitest";
import type { OutboxItem } from "./logic";
import { sendOutbox } from "./send";
import { addToOutbox, clearOutbox, outboxItems } from "./store";

const item = (key: string, queuedAt: number): OutboxItem => ({
  key,
  userId: "u1",
  procedure: "timeline.createNote",
  input: { idempotencyKey: key },
  summary: { title: key },
  queuedAt,
  state: "waiting",
  attempts: 0,
});

/** A refusal as the tRPC client reports it: the server's answer in `data`. */
const refusal = (code: string, message: string) =>
  TRPCClientError.from({ error: { message, code: -32000, data: { code, httpStatus: 409 } } });

beforeEach(async () => {
  await clearOutbox();
  for (const [key, at] of [
    ["c", 3],
    ["a", 1],
    ["b", 2],
  ] as const)
    await addToOutbox(item(key, at));
});

describe("sending the outbox (IndexedDB)", () => {
  it("sends in the order saved; sent writes leave, a conflict stays with the server's message", async () => {
    const tried: string[] = [];
    const sent = await sendOutbox("u1", async (i) => {
      tried.push(i.key);
      if (i.key === "b") throw refusal("CONFLICT", "他の人によって更新されています");
    });
    expect(tried).toEqual(["a", "b", "c"]);
    expect(sent.map((i) => i.key)).toEqual(["a", "c"]);
    expect(await outboxItems()).toMatchObject([
      { key: "b", state: "conflict", message: "他の人によって更新されています" },
    ]);
  });

  it("stops at the first write that cannot reach the server and keeps it and the rest waiting", async () => {
    const tried: string[] = [];
    await sendOutbox("u1", async (i) => {
      tried.push(i.key);
      if (i.key === "b") throw new TRPCClientError("Failed to fetch");
    });
    expect(tried).toEqual(["a", "b"]);
    const left = (await outboxItems()).sort((x, y) => x.queuedAt - y.queuedAt);
    expect(left.map((i) => [i.key, i.state, i.attempts])).toEqual([
      ["b", "waiting", 1],
      ["c", "waiting", 0],
    ]);
  });

  it("never sends another person's writes, and forgets everything on sign-out", async () => {
    const sent = await sendOutbox("someone else", async () => {});
    expect(sent).toEqual([]);
    expect(await outboxItems()).toHaveLength(3);
    await clearOutbox();
    expect(await outboxItems()).toEqual([]);
  });
});
