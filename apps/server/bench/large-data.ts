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
/** Issue 13: correcting a record, edit and (soft) delete. */
const CORRECTION_BUDGET: Budget = { p95Ms: 25 };

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
  // Writes name their actor in the audit log (and a deletion its deleter): a real national-team account.
  const { id: nationalId } = await handle.db
    .insertInto("appUser")
    .values({
      email: "national@bench.example",
      displayName: "全国 ベンチ",
      role: "national",
      passwordHash: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const national: Actor = {
    id: nationalId,
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
    ...(await correctionCases(handle, caller, region.id, counter)),
    ...(await taskCorrectionCases(handle, caller, region.id, counter)),
  ];
  return { engine, generatedMs, results, load: [loadBefore, loadavg()[0] ?? 0] };
}

type Caller = ReturnType<typeof createCaller>;

/**
 * Correcting records at national scale: one meeting edited again and again (each call at the version the last
 * one left), a timeline note likewise, and a different meeting deleted by each call (soft: with its entry on
 * the region's timeline). Each is one transaction with its audit row.
 */
async function correctionCases(
  handle: DatabaseHandle,
  caller: Caller,
  regionId: string,
  counter: StatementCounter,
) {
  const meetings = await handle.db
    .selectFrom("meeting")
    .select(["id", "version", "heldOn", "kind"])
    .where("regionId", "=", regionId)
    .orderBy("id")
    .limit(CALLS + 12)
    .execute();
  const [edited, ...toDelete] = meetings;
  if (!edited || toDelete.length < CALLS + 11) throw new Error("not enough meetings in the bench region");
  let meetingVersion = edited.version;
  let n = 0;
  const note = await handle.db
    .selectFrom("timelineEntry")
    .select(["id", "version"])
    .where("regionId", "=", regionId)
    .where("kind", "=", "note")
    .where("sourceType", "is", null)
    .orderBy("id")
    .executeTakeFirstOrThrow();
  let noteVersion = note.version;
  return [
    await measure(
      "meeting.update (title and decisions, one new action item)",
      CORRECTION_BUDGET,
      async () => {
        n++;
        const saved = await caller.meeting.update({
          id: edited.id,
          version: meetingVersion,
          kind: "committee",
          heldOn: edited.heldOn,
          title: `訂正した会議 ${n}`,
          decisions: `決まったこと ${n}`,
          actionItems: n % 10 === 0 ? [{ title: `やること ${n}` }] : [],
        });
        meetingVersion = saved?.version ?? meetingVersion;
      },
      counter,
    ),
    await measure(
      "meeting.delete (soft, with its timeline entry)",
      CORRECTION_BUDGET,
      async () => {
        const next = toDelete.shift();
        if (!next) throw new Error("out of meetings to delete");
        await caller.meeting.delete({ id: next.id, version: next.version });
      },
      counter,
    ),
    await measure(
      "timeline.updateNote",
      CORRECTION_BUDGET,
      async () => {
        n++;
        const saved = await caller.timeline.updateNote({
          id: note.id,
          version: noteVersion,
          occurredOn: { date: "2026-11-01", precision: "day" },
          title: `訂正したメモ ${n}`,
        });
        noteVersion = saved?.version ?? noteVersion;
      },
      counter,
    ),
  ];
}

/**
 * Correcting tasks at national scale: one task edited again and again (each call at the version the last one
 * left), a different task deleted (soft) by each call, and a different open task picked up by each call
 * (「自分に割り当て」). Each is one transaction with its audit row.
 */
async function taskCorrectionCases(
  handle: DatabaseHandle,
  caller: Caller,
  regionId: string,
  counter: StatementCounter,
) {
  const tasks = await handle.db
    .selectFrom("task")
    .select(["id", "version", "assigneeId"])
    .where("regionId", "=", regionId)
    .where("deletedAt", "is", null)
    .orderBy("id")
    .limit(3 * (CALLS + 12))
    .execute();
  const open = tasks.filter((t) => t.assigneeId === null).slice(0, CALLS + 11);
  const rest = tasks.filter((t) => !open.includes(t));
  const [edited, ...toDelete] = rest;
  if (!edited || toDelete.length < CALLS + 11 || open.length < CALLS + 11)
    throw new Error("not enough tasks in the bench region");
  let version = edited.version;
  let n = 0;
  return [
    await measure(
      "task.update (title and priority)",
      CORRECTION_BUDGET,
      async () => {
        n++;
        const saved = await caller.task.update({
          id: edited.id,
          version,
          title: `訂正したタスク ${n}`,
          priority: n % 2 === 0 ? "high" : "normal",
        });
        version = saved?.version ?? version;
      },
      counter,
    ),
    await measure(
      "task.delete (soft)",
      CORRECTION_BUDGET,
      async () => {
        const next = toDelete.shift();
        if (!next) throw new Error("out of tasks to delete");
        await caller.task.delete({ id: next.id, version: next.version });
      },
      counter,
    ),
    await measure(
      "task.pickUp (an open task)",
      CORRECTION_BUDGET,
      async () => {
        const next = open.shift();
        if (!next) throw new Error("out of open tasks");
        await caller.task.pickUp({ id: next.id, version: next.version });
      },
      counter,
    ),
  ];
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
