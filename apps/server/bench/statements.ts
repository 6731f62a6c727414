// `pnpm bench` (issue 15): every query procedure of the app router on the demo data, in process through the
// tRPC caller, on each engine. Per call: the SQL statements as the national team and as a committee member
// (session looked up afresh, server caches empty, the read-log writes included; budget ≤ 3), and p50/p95 of the
// call itself (session already known). Printed with the load average: the machine is shared.
import { availableParallelism, loadavg } from "node:os";
import {
  appRouter,
  createCaller,
  createContextInner,
  createServerCaches,
  createSession,
  resolveSession,
} from "@kyoso/api";
import { type DatabaseHandle, type DB, findUserIdByEmail, prepareDatabase, seedDemoData } from "@kyoso/db";
import { dashboardCalls, StatementCounter } from "@kyoso/db/testing";
import { onEachEngine } from "./engines";
import { timeCalls } from "./timing";

const CALLS = Number(process.env.BENCH_CALLS ?? 40);
const BUDGET = 3;
const now = new Date("2026-11-25T03:00:00Z");
const load1 = () => (loadavg()[0] ?? 0).toFixed(2);

/** A session of the demo user, as a token the server's lookup takes. */
async function signedIn(db: DB, email: string) {
  const userId = await findUserIdByEmail(db, email);
  if (!userId) throw new Error(`demo user ${email} missing`);
  return (await createSession(db, userId, now)).token;
}

type Procedure = (input: unknown) => Promise<unknown>;
const procedureOf = (caller: unknown, path: string) =>
  path.split(".").reduce<unknown>((o, key) => (o as Record<string, unknown>)[key], caller) as Procedure;

async function run(engine: string, handle: DatabaseHandle) {
  await prepareDatabase(handle.db);
  await seedDemoData(handle.db, { today: "2026-11-25" });
  const counter = new StatementCounter();
  const counted = handle.db.withPlugin(counter);
  const tokens = {
    national: await signedIn(handle.db, "national@kyoso.example"),
    committee: await signedIn(handle.db, "saitama@kyoso.example"),
  };
  const callerFor = async (token: string, db: DB, caches = createServerCaches()) => {
    const session = await resolveSession(db, token, now, caches.sessions);
    if (!session) throw new Error("session not found");
    const ctx = {
      db,
      engine: handle.engine,
      actor: session.actor,
      sessionTokenHash: session.tokenHash,
      now: () => now,
    };
    return createCaller(createContextInner({ ...ctx, caches }));
  };
  const statements = async (token: string, path: string, input: unknown) => {
    counter.count = 0;
    const caller = await callerFor(token, counted);
    await procedureOf(caller, path)(input).catch(() => "refused");
    return counter.count;
  };
  const national = await callerFor(tokens.national, handle.db, createServerCaches());
  const rows: string[][] = [];
  for (const { path, input } of await dashboardCalls(handle.db, appRouter)) {
    const n = await statements(tokens.national, path, input);
    const c = await statements(tokens.committee, path, input);
    const t = await timeCalls(() => procedureOf(national, path)(input), CALLS, 5);
    const verdict = Math.max(n, c) <= BUDGET ? "PASS" : "OVER";
    rows.push([path, String(n), String(c), t.p50.toFixed(2), t.p95.toFixed(2), verdict]);
  }
  return { engine, rows, load: load1() };
}

console.log(
  `\nStatements per dashboard call — ${availableParallelism()} cores, 1-min load average ${load1()}`,
);
console.log(`(session looked up, caches empty; p50/p95 of ${CALLS} calls as the national team, ms)\n`);
for (const report of await onEachEngine(run)) {
  const header = ["procedure", "national", "committee", "p50", "p95", `≤ ${BUDGET}`];
  const widths = header.map((h, i) => Math.max(h.length, ...report.rows.map((r) => (r[i] ?? "").length)));
  console.log(`${report.engine} (load ${report.load} at the end)`);
  for (const r of [header, ...report.rows])
    console.log(`  ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ")}`);
  const over = report.rows.filter((r) => r[5] === "OVER").map((r) => r[0]);
  console.log(over.length === 0 ? "  every call within budget\n" : `  over budget: ${over.join(", ")}\n`);
}
