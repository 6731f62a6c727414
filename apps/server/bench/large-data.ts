// `pnpm bench` part 2: the overview and the task table on synthetic data at national scale, in process
// through the tRPC caller (no HTTP), on each engine. Prints p50/p95 and the SQL statements per call.
import { createCaller, createContextInner } from "@kyoso/api";
import { connect, type DatabaseHandle, prepareDatabase } from "@kyoso/db";
import {
  createScratchDatabase,
  generateLargeData,
  LARGE_DATA_SIZES as SIZES,
  StatementCounter,
} from "@kyoso/db/testing";
import type { Actor } from "@kyoso/domain";

const CALLS = Number(process.env.BENCH_CALLS ?? 200);
const PG_URL = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

async function measure(name: string, call: () => Promise<unknown>, counter: StatementCounter) {
  for (let i = 0; i < 10; i++) await call();
  counter.count = 0;
  await call();
  const statements = counter.count;
  const times: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const t = performance.now();
    await call();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { name, p50: percentile(times, 50), p95: percentile(times, 95), statements };
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
  const results = [
    await measure("overview.get (national)", () => caller.overview.get({}), counter),
    await measure(
      "task.list: one region, open, due in 2026, by due date",
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
      () => caller.task.list({ statuses: ["todo", "doing"], sort: "priority", page: 20, pageSize: 50 }),
      counter,
    ),
    await measure(
      "task.list: text search 「タスク 1999」",
      () => caller.task.list({ text: "タスク 1999", pageSize: 50 }),
      counter,
    ),
    await measure(
      "timeline.list (region page 1)",
      () => caller.timeline.list({ slug: "pref-13", pageSize: 30 }),
      counter,
    ),
  ];
  return { engine, generatedMs, results };
}

const reports: Awaited<ReturnType<typeof run>>[] = [];
const pglite = await connect({ engine: "pglite" });
try {
  reports.push(await run("pglite", pglite));
} finally {
  await pglite.close();
}
try {
  const scratch = await createScratchDatabase(PG_URL, { label: "bench" });
  const handle = await connect({ engine: "postgres", databaseUrl: scratch.url });
  try {
    reports.push(await run("postgres", handle));
  } finally {
    await handle.close();
    await scratch.drop();
  }
} catch (error) {
  console.log(`postgres skipped: ${(error as Error).message}`);
}

console.log(
  `\nLarge data: 47 regions × ${SIZES.years} years, ${SIZES.meetings.toLocaleString()} meetings, ${SIZES.tasks.toLocaleString()} tasks, ${SIZES.timeline.toLocaleString()} timeline entries; ${CALLS} calls each\n`,
);
for (const report of reports) {
  console.log(`${report.engine} (data generated in ${(report.generatedMs / 1000).toFixed(1)} s)`);
  for (const r of report.results) {
    console.log(
      `  ${r.name.padEnd(56)} p50 ${r.p50.toFixed(1).padStart(7)} ms  p95 ${r.p95.toFixed(1).padStart(7)} ms  ${r.statements} statements`,
    );
  }
}
