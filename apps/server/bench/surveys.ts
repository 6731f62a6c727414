// `pnpm bench` part 3: survey results and the CSV export over 200,000 answers, on each engine.
// Budgets (issue 7): results ≤ 200 ms; the export streams ≥ 20,000 rows/s with flat memory.
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createCaller, createContextInner, surveyCsvStream } from "@kyoso/api";
import { type DatabaseHandle, findSurvey, prepareDatabase } from "@kyoso/db";
import { generateSurveyAnswers } from "@kyoso/db/testing";
import type { Actor } from "@kyoso/domain";
import { onEachEngine } from "./engines";
import { timeCalls } from "./timing";

const RESPONSES = Number(process.env.BENCH_SURVEY_RESPONSES ?? 200_000);
const CALLS = Number(process.env.BENCH_CALLS ?? 50);
const RESULTS_BUDGET_MS = 200;
const EXPORT_BUDGET_ROWS_PER_S = 20_000;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const timed = (call: () => Promise<unknown>) => timeCalls(call, CALLS, 5);

/** Streams the export into a counter, sampling the heap as it goes. */
async function exportRun(handle: DatabaseHandle, surveyId: string) {
  const survey = await findSurvey(handle.db, surveyId);
  if (!survey) throw new Error("bench survey missing");
  global.gc?.();
  const heapAtStart = process.memoryUsage().heapUsed;
  let bytes = 0;
  let lines = 0;
  let peakHeap = heapAtStart;
  const heapByQuarter: number[] = [];
  const began = performance.now();
  await pipeline(
    surveyCsvStream(handle.db, survey),
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) lines++;
        // Chunks hold thousands of rows, so reading memory on each costs little.
        const heap = process.memoryUsage().heapUsed;
        if (heap > peakHeap) peakHeap = heap;
        if (heapByQuarter.length < 4 && lines >= ((heapByQuarter.length + 1) * RESPONSES) / 4) {
          // After a collection (when run with --expose-gc): what the export holds on to, not garbage.
          global.gc?.();
          heapByQuarter.push(process.memoryUsage().heapUsed);
        }
        done();
      },
    }),
  );
  const seconds = (performance.now() - began) / 1000;
  // Newlines inside quoted answers would count too; the generated answers have none.
  const rows = lines - 1;
  return { rows, seconds, rowsPerSecond: rows / seconds, bytes, heapAtStart, peakHeap, heapByQuarter };
}

async function run(engine: string, handle: DatabaseHandle) {
  const began = performance.now();
  await prepareDatabase(handle.db);
  const surveyId = await generateSurveyAnswers(handle.db, RESPONSES);
  const generatedMs = performance.now() - began;
  const national: Actor = {
    id: "00000000-0000-4000-8000-000000000000",
    role: "national",
    regionIds: [],
    partnerEditionId: null,
    partnerRegionId: null,
  };
  const caller = createCaller(createContextInner({ db: handle.db, engine: handle.engine, actor: national }));
  const check = await caller.survey.results({ id: surveyId });
  if (check.responseCount !== RESPONSES)
    throw new Error(`expected ${RESPONSES} responses, got ${check.responseCount}`);
  const results = await timed(() => caller.survey.results({ id: surveyId }));
  const filtered = await timed(() => caller.survey.results({ id: surveyId, respondentType: "hello_work" }));
  const textPage = await timed(() =>
    caller.survey.textAnswers({ id: surveyId, questionId: "comment", page: 5 }),
  );
  const exported = await exportRun(handle, surveyId);
  return { engine, generatedMs, results, filtered, textPage, exported };
}

const reports = await onEachEngine(run);

const verdict = (ok: boolean) => (ok ? "within budget" : "OVER BUDGET");
console.log(
  `\nSurveys: one survey with ${RESPONSES.toLocaleString()} responses × 6 questions; ${CALLS} calls each\n`,
);
for (const r of reports) {
  console.log(`${r.engine} (answers generated in ${(r.generatedMs / 1000).toFixed(1)} s)`);
  const line = (name: string, t: { p50: number; p95: number }, budget?: number) =>
    console.log(
      `  ${name.padEnd(44)} p50 ${t.p50.toFixed(1).padStart(7)} ms  p95 ${t.p95.toFixed(1).padStart(7)} ms${
        budget ? `  (budget ≤ ${budget} ms: ${verdict(t.p95 <= budget)})` : ""
      }`,
    );
  line("survey.results (all respondents)", r.results, RESULTS_BUDGET_MS);
  line("survey.results (filtered by type)", r.filtered, RESULTS_BUDGET_MS);
  line("survey.textAnswers (page 5)", r.textPage);
  const e = r.exported;
  console.log(
    `  CSV export: ${e.rows.toLocaleString()} rows, ${mb(e.bytes)} in ${e.seconds.toFixed(2)} s = ${Math.round(
      e.rowsPerSecond,
    ).toLocaleString()} rows/s (budget ≥ ${EXPORT_BUDGET_ROWS_PER_S.toLocaleString()}: ${verdict(
      e.rowsPerSecond >= EXPORT_BUDGET_ROWS_PER_S,
    )})`,
  );
  console.log(
    `    heap: start ${mb(e.heapAtStart)}; live at 25/50/75/100 % ${e.heapByQuarter.map(mb).join(" / ")}; peak before collection ${mb(e.peakHeap)}`,
  );
}
