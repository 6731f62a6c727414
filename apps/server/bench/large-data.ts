// `pnpm bench` part 2: the overview and the task table on synthetic data at national scale, in process
// through the tRPC caller (no HTTP), on each engine (BENCH_ENGINES=pglite,postgres). Prints p50/p95 and the
// SQL statements per call against each case's budget, with the machine's load, since a busy machine
// moves the figures.
import { availableParallelism, loadavg } from "node:os";
import { createCaller, createContextInner } from "@kyoso/api";
import { type DatabaseHandle, prepareDatabase } from "@kyoso/db";
import { generateLargeData, LARGE_DATA_SIZES as SIZES, StatementCounter } from "@kyoso/db/testing";
import type { Actor } from "@kyoso/domain";
import { onEachEngine } from "./engines";
import { timeCalls } from "./timing";

const CALLS = Number(process.env.BENCH_CALLS ?? 200);

interface Budget {
  p95Ms: number;
  maxStatements?: number;
}
/** The budgets of issue 6: the overview and every task table case. */
const OVERVIEW_BUDGET: Budget = { p95Ms: 25, maxStatements: 3 };
const TASK_LIST_BUDGET: Budget = { p95Ms: 25 };
/** Issue 14: a person's home page (「今日やること」), one call. */
const HOME_BUDGET: Budget = { p95Ms: 25, maxStatements: 3 };

interface Result {
  name: string;
  p50: number;
  p95: number;
  statements: number;
  budget: Budget | null;
}

const withinBudget = (r: Result) =>
  r.budget !== null &&
  r.p95 <= r.budget.p95Ms &&
  (r.budget.maxStatements === undefined || r.statements <= r.budget.maxStatements);

async function measure(
  name: string,
  budget: Budget | null,
  call: () => Promise<unknown>,
  counter: StatementCounter,
): Promise<Result> {
  // One call counted for its statements, then timed after 10 warm-up calls.
  counter.count = 0;
  await call();
  const statements = counter.count;
  const { p50, p95 } = await timeCalls(call, CALLS, 10);
  return { name, p50, p95, statements, budget };
}

async function run(engine: string, handle: DatabaseHandle) {
  const began = performance.now();
  await prepareDatabase(handle.db);
  await generateLargeData(handle.db);
  const generatedMs = performance.now() - began;
  const counter = new StatementCounter();
  const national: Actor = {
    id: "00000000-0000-4000-8000-000000000000",
    role: "national",
    regionIds: [],
    partnerEditionId: null,
    partnerRegionId: null,
  };
  const caller = createCaller(
    createContextInner({
      db: handle.db.withPlugin(counter),
      engine: handle.engine,
      actor: national,
      now: () => new Date("2026-11-25T03:00:00Z"),
    }),
  );
  const region = await handle.db
    .selectFrom("region")
    .select("id")
    .where("slug", "=", "pref-13")
    .executeTakeFirstOrThrow();
  // A committee member of one region with tasks of their own: the bench data's first member, in pref-13.
  const member = await handle.db
    .selectFrom("appUser")
    .select("id")
    .where("email", "=", "member1@bench.example")
    .executeTakeFirstOrThrow();
  await handle.db.insertInto("userRegion").values({ userId: member.id, regionId: region.id }).execute();
  const committeeCaller = createCaller(
    createContextInner({
      db: handle.db.withPlugin(counter),
      engine: handle.engine,
      actor: {
        id: member.id,
        role: "committee",
        regionIds: [region.id],
        partnerEditionId: null,
        partnerRegionId: null,
      },
      now: () => new Date("2026-11-25T03:00:00Z"),
    }),
  );
  const loadBefore = loadavg()[0] ?? 0;
  const results = [
    await measure("overview.get (national)", OVERVIEW_BUDGET, () => caller.overview.get({}), counter),
    await measure("home.get (national)", HOME_BUDGET, () => caller.home.get({}), counter),
    await measure(
      "home.get (committee, one region)",
      HOME_BUDGET,
      () => committeeCaller.home.get({}),
      counter,
    ),
    await measure(
      "task.list: one region, open, due in 2026, by due date",
      TASK_LIST_BUDGET,
      () =>
        caller.task.list({
          regionId: region.id,
          statuses: ["todo", "doing", "blocked"],
          dueFrom: "2026-01-01",
          dueTo: "2026-12-31",
          sort: "dueOn",
          pageSize: 50,
        }),
      counter,
    ),
    await measure(
      "task.list: all open, by priority, page 20",
      TASK_LIST_BUDGET,
      () => caller.task.list({ statuses: ["todo", "doing"], sort: "priority", page: 20, pageSize: 50 }),
      counter,
    ),
    await measure(
      "task.list: all open, by due date, page 20",
      TASK_LIST_BUDGET,
      () => caller.task.list({ statuses: ["todo", "doing"], sort: "dueOn", page: 20, pageSize: 50 }),
      counter,
    ),
    await measure(
      "task.list: text search 「タスク 1999」",
      TASK_LIST_BUDGET,
      () => caller.task.list({ text: "タスク 1999", pageSize: 50 }),
      counter,
    ),
    await measure(
      "timeline.list (region page 1)",
      null,
      () => caller.timeline.list({ slug: "pref-13", pageSize: 30 }),
      counter,
    ),
  ];
  return { engine, generatedMs, results, load: [loadBefore, loadavg()[0] ?? 0] };
}

const reports = await onEachEngine(run);

const ms = (n: number) => `${n.toFixed(1)} ms`;
const budgetText = (b: Budget | null) =>
  b ? `p95 ≤ ${b.p95Ms} ms${b.maxStatements === undefined ? "" : `, ≤ ${b.maxStatements} statements`}` : "—";

console.log(
  `\nLarge data: 47 regions × ${SIZES.years} years, ${SIZES.meetings.toLocaleString()} meetings, ${SIZES.tasks.toLocaleString()} tasks, ${SIZES.timeline.toLocaleString()} timeline entries; ${CALLS} sequential calls each after 10 warm-up calls\n`,
);
for (const report of reports) {
  const [before, after] = report.load.map((l) => l.toFixed(2));
  console.log(
    `${report.engine} (data generated in ${(report.generatedMs / 1000).toFixed(1)} s; 1-min load average ${before} → ${after} on ${availableParallelism()} cores)`,
  );
  const rows = report.results.map((r) => [
    r.name,
    ms(r.p50),
    ms(r.p95),
    String(r.statements),
    budgetText(r.budget),
    r.budget ? (withinBudget(r) ? "PASS" : "OVER") : "",
  ]);
  const header = ["case", "p50", "p95", "statements", "budget", ""];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
  for (const row of [header, ...rows]) {
    console.log(
      `  ${row.map((c, i) => (i === 1 || i === 2 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join("  ")}`,
    );
  }
  const budgeted = report.results.filter((r) => r.budget);
  const over = budgeted.filter((r) => !withinBudget(r));
  console.log(
    over.length === 0
      ? `  all ${budgeted.length} budgeted cases within budget\n`
      : `  ${over.length} of ${budgeted.length} budgeted cases over budget: ${over.map((r) => r.name).join("; ")}\n`,
  );
}
