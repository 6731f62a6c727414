import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createScratchDatabase, type ScratchDatabase } from "@kyoso/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config";
import { type RunningServer, startServer } from "../src/server";
import { httpClient } from "./http-client";

// Limits over HTTP, across servers. With DATABASE_URL set, two servers share one scratch PostgreSQL database
// (as two processes behind a load balancer would) and every limit must hold across both. The embedded
// database is single-process, so on PGlite the same tests run against one server.

let dataDir: string;
let scratch: ScratchDatabase | undefined;
let servers: RunningServer[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "kyoso-limits-test-"));
  const base = { PORT: "0", KYOSO_WEB_DIST: path.join(dataDir, "no-web-build"), LOG_LEVEL: "silent" };
  const url = process.env.DATABASE_URL;
  if (url) {
    scratch = await createScratchDatabase(url, { label: "limits" });
    const env = { ...base, DATABASE_URL: scratch.url, KYOSO_DEMO_DATA: "true" };
    // One after the other: the first migrates and loads the demo data, the second finds it there.
    servers.push(await startServer(loadConfig(env)));
    servers.push(await startServer(loadConfig(env)));
  } else {
    servers = [await startServer(loadConfig({ ...base, KYOSO_DATA_DIR: path.join(dataDir, "db") }))];
  }
}, 120_000);
afterAll(async () => {
  for (const server of servers) await server.close();
  await scratch?.drop();
  await rm(dataDir, { recursive: true, force: true });
});

/** The servers in turn, call after call, like a round-robin load balancer. */
const nth = (i: number) => servers[i % servers.length] as RunningServer;

async function post(server: RunningServer, procedures: string, body: unknown) {
  const res = await fetch(`${server.url}/trpc/${procedures}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as
    | { error?: { message: string; data?: { code?: string } } }
    | { error?: { message: string; data?: { code?: string } } }[];
  return { status: res.status, body: Array.isArray(json) ? json : [json] };
}

const signInCalls = (server: RunningServer) =>
  server.database.db
    .selectFrom("rateLimit")
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>("hits"), eb.lit(0)).as("hits"))
    .where("key", "like", "sign-in:%")
    .executeTakeFirstOrThrow();

describe("batched requests", () => {
  it("refuse sign-ins and public answers batched with other calls, before any is tried", async () => {
    const wrong = { email: "shutoken@kyoso.example", password: "wrong-password" };
    const before = Number((await signInCalls(nth(0))).hits);
    const calls = Array.from({ length: 201 }, () => "auth.signIn").join(",");
    const inputs = Object.fromEntries(Array.from({ length: 201 }, (_, i) => [i, wrong]));
    const batch = await post(nth(0), `${calls}?batch=1`, inputs);
    expect(batch.status).toBe(400);
    expect(batch.body[0]?.error?.message).toContain("1回に1件ずつ");
    expect(Number((await signInCalls(nth(0))).hits)).toBe(before);

    const mixed = await post(nth(0), "auth.signOut,publicSurvey.submit?batch=1", { 0: {}, 1: {} });
    expect(mixed.status).toBe(400);
    // A batch of one (what the web app's batching link sends for a lone sign-in) is an ordinary call.
    const single = await post(nth(0), "auth.signIn?batch=1", { 0: wrong });
    expect(single.status).toBe(401);
  });
});

describe("sign-in limit", () => {
  it("is one limit across servers: the sixth failure is refused wherever it lands, with a Japanese wait", async () => {
    const email = "probono@kyoso.example";
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof post>> | undefined;
    for (let i = 0; i < 6; i++) {
      last = await post(nth(i), "auth.signIn", { email, password: "wrong-password" });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    expect(last?.body[0]?.error?.data?.code).toBe("TOO_MANY_REQUESTS");
    expect(last?.body[0]?.error?.message).toMatch(
      /^サインインの試行が多すぎます。\d+分ほど待ってから、もう一度お試しください。$/,
    );
    // The right password from this client waits too; nothing about the account changed for anyone else.
    const right = await post(nth(6), "auth.signIn", { email, password: "kyoso-demo-2026" });
    expect(right.status).toBe(429);
  });
});

function tokyoDate(offsetDays: number): string {
  const d = new Date(Date.now() + offsetDays * 86_400_000);
  return d.toLocaleDateString("sv-SE", { timeZone: "Asia/Tokyo" });
}

describe("public answers", () => {
  it("take a hall of 300 from one address, refuse a flood past 500, and let repeats through", async () => {
    const national = httpClient(nth(0));
    await national.signIn();
    const region = (await national.query("region.bySlug", { slug: "shutoken" })).body.result?.data as {
      id: string;
    };
    const draft = (
      await national.mutate("survey.create", {
        regionId: region.id,
        title: "会場アンケート",
        opensOn: tokyoDate(-1),
        closesOn: tokyoDate(7),
        questions: [{ kind: "longText", label: "ご感想", required: false }],
      })
    ).body.result?.data as { id: string; version: number; publicToken: string };
    await national.mutate("survey.publish", { id: draft.id, version: draft.version });

    const answer = (i: number, idempotencyKey = randomUUID()) =>
      post(nth(i), "publicSurvey.submit", { token: draft.publicToken, idempotencyKey, answers: {} });
    const sentFirst = randomUUID();
    const hall: number[] = [];
    for (let i = 0; i < 300; i++) hall.push((await answer(i, i === 0 ? sentFirst : undefined)).status);
    expect(hall.filter((s) => s === 200)).toHaveLength(300);

    const flood: number[] = [];
    for (let i = 300; i < 501; i++) flood.push((await answer(i)).status);
    expect(flood.slice(0, 200).every((s) => s === 200)).toBe(true);
    const refused = await answer(501);
    expect(flood[200]).toBe(429);
    expect(refused.status).toBe(429);
    expect(refused.body[0]?.error?.message).toMatch(/^送信が多すぎます。\d+分ほど待ってから/);

    // A phone resending a form it already sent is answered from what is stored, over the limit or not.
    const again = await answer(502, sentFirst);
    expect(again.status).toBe(200);
    expect(again.body[0]).toMatchObject({ result: { data: { number: 1, duplicate: true } } });
    const counted = (await national.query("survey.byId", { id: draft.id })).body.result?.data as {
      responseCount: number;
    };
    expect(counted.responseCount).toBe(500);
  }, 180_000);
});
