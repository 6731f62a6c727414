// A child process of the HTTP benchmarks (http-calls.ts, throughput.ts): one database, served three ways side
// by side on ports of their own, so load on the machine hits all three alike:
// - "app": the full stack (Express, helmet, tRPC, session cookie), with the server's caches;
// - "uncached": the same app without the overview cache (what every call cost before it);
// - "bare": bare node:http handlers replaying the SQL the full stack ran for each measured call
//   (bare-replay.ts), answering its rows as JSON.
// BENCH_DB is "pglite" or a PostgreSQL URL; BENCH_DATA is "demo" or "large" (national scale).
// Prints one JSON line with the ports, a bench account and the measured calls once listening.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createServerCaches, hashPassword, type ServerCaches } from "@kyoso/api";
import { connect, prepareDatabase, seedDemoData } from "@kyoso/db";
import { generateLargeData, type RecordedStatement, StatementRecorder } from "@kyoso/db/testing";
import pino from "pino";
import { createApp } from "../src/app";
import { bareServer } from "./bare-replay";

const target = process.env.BENCH_DB ?? "pglite";
const handle =
  target === "pglite"
    ? await connect({ engine: "pglite" })
    : await connect({ engine: "postgres", databaseUrl: target });
await prepareDatabase(handle.db);
if (process.env.BENCH_DATA === "large") await generateLargeData(handle.db);
else await seedDemoData(handle.db, { today: "2026-11-25" });

const email = "bench-national@kyoso.example";
const password = "bench-password-1234";
await handle.db
  .insertInto("appUser")
  .values({ email, displayName: "ベンチ 全国", role: "national", passwordHash: await hashPassword(password) })
  .execute();

const log = pino({ level: "warn" });
const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)),
  );
const appServer = (caches: ServerCaches, db = handle.db) => {
  const server = createServer();
  server.on(
    "request",
    createApp({
      database: { ...handle, db },
      webDist: "/nonexistent",
      log,
      publicUrl: "http://127.0.0.1",
      caches,
    }),
  );
  return server;
};

const noOverviewCache = createServerCaches();
noOverviewCache.overview = { has: () => false, get: () => undefined, set: () => {} } as never;

// The measured calls: the overview's, the person's home, a region's tasks, one meeting.
const db = handle.db;
const region = await db.selectFrom("region").select("id").orderBy("slug").executeTakeFirstOrThrow();
const meeting = await db.selectFrom("meeting").select("id").orderBy("id").executeTakeFirst();
const query = (procedure: string, input?: unknown) =>
  `/trpc/${procedure}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`}`;
const calls: Record<string, string> = {
  "region.list": query("region.list"),
  "overview.get": query("overview.get", {}),
  "home.get": query("home.get", {}),
  "task.list (a region)": query("task.list", { regionId: region.id, pageSize: 50 }),
  ...(meeting ? { "meeting.byId": query("meeting.byId", { id: meeting.id }) } : {}),
};

// The SQL each call runs through the full stack, once its caches are warm: what the bare handlers replay.
const recorder = new StatementRecorder(db);
const recording = appServer(createServerCaches(), db.withPlugin(recorder));
const recordingPort = await listen(recording);
const signIn = await fetch(`http://127.0.0.1:${recordingPort}/trpc/auth.signIn`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ email, password }),
});
const cookie = signIn.headers.getSetCookie()[0]?.split(";")[0] ?? "";
const statements = new Map<string, RecordedStatement[]>();
for (const url of Object.values(calls)) {
  const recorded = await recorder.record(async () => {
    const res = await fetch(`http://127.0.0.1:${recordingPort}${url}`, { headers: { cookie } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  });
  statements.set(url, recorded);
}
recording.close();
const bare = bareServer(db, statements);

const ports = {
  app: await listen(appServer(createServerCaches())),
  uncached: await listen(appServer(noOverviewCache)),
  bare: await listen(bare),
};
const statementCounts = Object.fromEntries([...statements].map(([url, list]) => [url, list.length]));
console.log(JSON.stringify({ ports, email, password, calls, statementCounts }));
process.on("SIGTERM", () => {
  void handle.close().then(() => process.exit(0));
});
