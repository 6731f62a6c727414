// `pnpm bench` part 3 (issue 15): the dashboard's calls over HTTP.
// 1. SQL statements per call of every query procedure the dashboard's screens make, through the whole
//    server (session cookie included), with the session looked up afresh and with it cached; budget ≤ 3.
// 2. The overview's, home's, a region's task list and a meeting's calls through the whole server against bare
//    node:http handlers replaying the SQL the server ran for each (http-server.ts, bare-replay.ts), side by
//    side in one child process, loaded from this one, on each engine: requests/s, p50/p99 and the ratio of
//    requests/s; goal ≤ 1.25×.
// Figures are printed with the load average: the machine is shared.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { availableParallelism, loadavg } from "node:os";
import { createServerCaches, hashPassword } from "@kyoso/api";
import { connect, prepareDatabase, seedDemoData } from "@kyoso/db";
import { createScratchDatabase, StatementCounter } from "@kyoso/db/testing";
import pino from "pino";
import { createApp } from "../src/app";
import { type Load, load, startBenchServer } from "./http-children";

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

interface Measured {
  call: string;
  statements: number;
  app: Load;
  bare: Load;
}

async function ratios(db: string): Promise<Measured[]> {
  const server = await startBenchServer(db, "demo");
  try {
    const measured: Measured[] = [];
    for (const [call, path] of Object.entries(server.calls)) {
      const url = (port: number) => `http://127.0.0.1:${port}${path}`;
      // Warm both up, then alternate so the machine's load falls on both alike.
      await load(url(server.ports.app), server.cookie, CONNECTIONS, 1);
      await load(url(server.ports.bare), server.cookie, CONNECTIONS, 1);
      const app: Load[] = [];
      const bare: Load[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        app.push(await load(url(server.ports.app), server.cookie, CONNECTIONS, SECONDS));
        bare.push(await load(url(server.ports.bare), server.cookie, CONNECTIONS, SECONDS));
      }
      measured.push({
        call,
        statements: server.statementCounts[path] ?? 0,
        app: best(app),
        bare: best(bare),
      });
    }
    return measured;
  } finally {
    await server.stop();
  }
}

/** The round with the most requests/s: other processes on the machine only ever slow a round down. */
const best = (runs: Load[]) => runs.reduce((a, b) => (b.rps > a.rps ? b : a));
const figures = (l: Load) => `${l.rps.toFixed(0).padStart(5)} req/s p50 ${l.p50} p99 ${l.p99} ms`;

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
  `Calls through the whole server vs bare node:http handlers replaying the same SQL statements (recorded from
the server on a warm call: the session is cached for 5 s and the overview per data version in both), same
engine and pool, ${CONNECTIONS} connections from this process, best of ${ROUNDS} × ${SECONDS} s; ratio = bare req/s ÷ app req/s`,
);
for (const engine of ENGINES) {
  try {
    const scratch =
      engine === "postgres" ? await createScratchDatabase(PG_URL, { label: "benchhttp" }) : null;
    try {
      for (const r of await ratios(scratch?.url ?? "pglite")) {
        const x = r.bare.rps / r.app.rps;
        console.log(
          `  ${engine.padEnd(8)}  ${r.call.padEnd(20)} ${String(r.statements).padStart(2)} stmt  app ${figures(r.app)}  bare ${figures(r.bare)}  ratio ${x.toFixed(2)}× (goal ≤ ${RATIO_GOAL}×) ${x <= RATIO_GOAL ? "PASS" : "OVER"}  load ${load1()}`,
        );
      }
    } finally {
      await scratch?.drop();
    }
  } catch (error) {
    console.log(`  ${engine} skipped: ${(error as Error).message}`);
  }
}
