// `pnpm bench` part 3 (issue 15): the dashboard's calls over HTTP.
// 1. SQL statements per call of every query procedure the dashboard's screens make, through the whole
//    server (session cookie included), with the session looked up afresh and with it cached; budget ≤ 3.
// 2. region.list through Express + helmet + tRPC against a bare node:http handler running the same SQL, side by
//    side in one process (http-server.ts), on each engine: requests/s and their ratio; goal ≤ 1.25×.
// Figures are printed with the load average: the machine is shared.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { availableParallelism, loadavg } from "node:os";
import { createServerCaches, hashPassword } from "@kyoso/api";
import { connect, prepareDatabase, seedDemoData } from "@kyoso/db";
import { createScratchDatabase, StatementCounter } from "@kyoso/db/testing";
import pino from "pino";
import { createApp } from "../src/app";
import { load, median, startBenchServer } from "./http-children";

const PG_URL = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const ENGINES = (process.env.BENCH_ENGINES ?? "pglite,postgres")
  .split(",")
  .filter((e) => e === "pglite" || e === "postgres");
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const CONNECTIONS = 10;
const STATEMENT_BUDGET = 3;
const RATIO_GOAL = 1.25;
const load1 = () => (loadavg()[0] ?? 0).toFixed(2);

async function countStatements() {
  const handle = await connect({ engine: "pglite" });
  await prepareDatabase(handle.db);
  await seedDemoData(handle.db, { today: "2026-11-25" });
  await handle.db
    .insertInto("appUser")
    .values({
      email: "bench@kyoso.example",
      displayName: "ベンチ",
      role: "national",
      passwordHash: await hashPassword("bench-password-1234"),
    })
    .execute();
  const counter = new StatementCounter();
  const caches = createServerCaches();
  const server = createServer(
    createApp({
      database: { ...handle, db: handle.db.withPlugin(counter) },
      webDist: "/nonexistent",
      log: pino({ level: "silent" }),
      publicUrl: "http://127.0.0.1",
      caches,
    }),
  );
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/trpc`;
  const signIn = await fetch(`${base}/auth.signIn`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "bench@kyoso.example", password: "bench-password-1234" }),
  });
  const cookie = signIn.headers.getSetCookie()[0]?.split(";")[0] ?? "";

  const db = handle.db;
  const saitama = await db
    .selectFrom("region")
    .select("id")
    .where("slug", "=", "saitama")
    .executeTakeFirstOrThrow();
  const one = async (table: "meeting" | "hearing" | "task" | "survey") =>
    (await db.selectFrom(table).select("id").where("regionId", "=", saitama.id).executeTakeFirstOrThrow()).id;
  const edition = (
    await db
      .selectFrom("forumEdition")
      .select("id")
      .where("regionId", "=", saitama.id)
      .orderBy("year", "desc")
      .executeTakeFirstOrThrow()
  ).id;
  const organization = (await db.selectFrom("organization").select("id").executeTakeFirstOrThrow()).id;
  const slug = { slug: "saitama" };
  const page = { slug: "saitama", page: 1, pageSize: 30 };
  /** [screen, procedure, input] for every query the dashboard's screens make. */
  const calls: [string, string, unknown][] = [
    ["every screen", "auth.me", undefined],
    ["every screen", "notification.unreadCount", undefined],
    ["overview", "region.list", undefined],
    ["overview", "overview.get", {}],
    ["overview", "agreement.stalled", { days: 30 }],
    ["home", "home.get", {}],
    ["region page", "region.bySlug", slug],
    ["region page", "region.summary", slug],
    ["region page", "timeline.list", page],
    ["region page", "meeting.forRegion", page],
    ["region page", "hearing.forRegion", page],
    ["region page", "agreement.forRegion", slug],
    ["region page", "survey.forRegion", slug],
    ["region page", "milestone.forEdition", { editionId: edition }],
    ["region page", "program.forEdition", { editionId: edition }],
    ["region page", "announcement.forEdition", { editionId: edition }],
    ["region page", "retrospective.forEdition", { editionId: edition }],
    ["region page", "forumEdition.byId", { id: edition }],
    ["tasks", "task.list", { regionId: saitama.id, pageSize: 50 }],
    ["tasks", "task.byId", { id: await one("task") }],
    ["meeting", "meeting.byId", { id: await one("meeting") }],
    ["hearing", "hearing.byId", { id: await one("hearing") }],
    ["hearings", "hearing.themes", undefined],
    ["hearings", "hearing.findingsByTheme", { page: 1, pageSize: 30 }],
    [
      "co-hosts",
      "agreement.byId",
      {
        id: (
          await db
            .selectFrom("cohostAgreement")
            .select("id")
            .where("editionId", "=", edition)
            .executeTakeFirstOrThrow()
        ).id,
      },
    ],
    ["survey", "survey.byId", { id: await one("survey") }],
    ["organizations", "organization.list", { query: "センター" }],
    ["organizations", "organization.byId", { id: organization }],
    ["milestones", "milestone.template", undefined],
    ["notifications", "notification.list", {}],
    ["users", "user.list", undefined],
  ];
  const rows: string[][] = [];
  for (const [screen, procedure, input] of calls) {
    const url = `${base}/${procedure}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`}`;
    const call = async () => {
      counter.count = 0;
      const res = await fetch(url, { headers: { cookie } });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${procedure} answered ${res.status}`);
      return counter.count;
    };
    caches.sessions.clear();
    const cold = await call();
    const warm = await call();
    rows.push([screen, procedure, String(cold), String(warm), cold <= STATEMENT_BUDGET ? "PASS" : "OVER"]);
  }
  await new Promise<void>((r) => server.close(() => r()));
  await handle.close();
  return rows;
}

async function ratio(engine: string, db: string) {
  const server = await startBenchServer(db, "demo");
  try {
    const url = (port: number) => `http://127.0.0.1:${port}/trpc/region.list`;
    // Warm both up, then alternate so the machine's load falls on both alike.
    await load(url(server.ports.app), server.cookie, CONNECTIONS, 1);
    await load(url(server.ports.bare), server.cookie, CONNECTIONS, 1);
    const app: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      app.push((await load(url(server.ports.app), server.cookie, CONNECTIONS, SECONDS)).rps);
      bare.push((await load(url(server.ports.bare), server.cookie, CONNECTIONS, SECONDS)).rps);
    }
    return { engine, app: median(app), bare: median(bare), load: load1() };
  } finally {
    await server.stop();
  }
}

console.log(`\nHTTP calls — ${availableParallelism()} cores, 1-min load average ${load1()}\n`);
const statementRows = await countStatements();
const header = ["screen", "procedure", "statements (session looked up)", "(session cached)", ""];
const widths = header.map((h, i) => Math.max(h.length, ...statementRows.map((r) => (r[i] ?? "").length)));
for (const r of [header, ...statementRows])
  console.log(`  ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ")}`);
const over = statementRows.filter((r) => r[4] === "OVER");
console.log(
  over.length === 0
    ? `  every call within ${STATEMENT_BUDGET} statements\n`
    : `  ${over.length} calls over ${STATEMENT_BUDGET} statements: ${over.map((r) => r[1]).join(", ")}\n`,
);

console.log(
  `region.list, ${CONNECTIONS} connections, median of ${ROUNDS} × ${SECONDS} s: full stack vs bare node:http, same SQL`,
);
for (const engine of ENGINES) {
  try {
    const scratch =
      engine === "postgres" ? await createScratchDatabase(PG_URL, { label: "benchhttp" }) : null;
    try {
      const r = await ratio(engine, scratch?.url ?? "pglite");
      const x = r.bare / r.app;
      console.log(
        `  ${engine.padEnd(8)}  app ${r.app.toFixed(0)} req/s  bare ${r.bare.toFixed(0)} req/s  ratio ${x.toFixed(2)}× (goal ≤ ${RATIO_GOAL}×) ${x <= RATIO_GOAL ? "PASS" : "OVER"}  load ${r.load}`,
      );
    } finally {
      await scratch?.drop();
    }
  } catch (error) {
    console.log(`  ${engine} skipped: ${(error as Error).message}`);
  }
}
