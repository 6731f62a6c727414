// `pnpm bench` part 3: survey results and the CSV and xlsx exports over 200,000 answers, on each engine.
// Budgets (issue 7): results ≤ 200 ms; the export streams ≥ 20,000 rows/s with flat memory.
import { type Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createCaller, createContextInner, surveyCsvStream, surveyXlsxStream } from "@kyoso/api";
import { type DatabaseHandle, findSurvey, prepareDatabase, type SurveyDetail } from "@kyoso/db";
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

/** Which exports to measure: BENCH_SURVEY_EXPORTS=csv or =xlsx runs one of them. */
const EXPORTS = (process.env.BENCH_SURVEY_EXPORTS ?? "csv,xlsx").split(",");

interface ExportRun {
  format: string;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  /** Rows per second of this process's CPU time (all threads): a figure less bent by a busy machine. */
  rowsPerCpuSecond: number;
  bytes: number;
  heapAtStart: number;
  peakHeap: number;
  heapByQuarter: number[];
  /** Buffers outside the JS heap (zip and socket chunks), after collection, at the same points. */
  buffersByQuarter: number[];
}

/**
 * Streams an export into a counter, sampling memory as it goes: at each quarter of `progress` (0 to 1) the
 * heap after a collection (when run with --expose-gc), i.e. what the export holds on to, not garbage.
 */
async function exportRun(
  format: string,
  stream: Readable,
  progress: (chunk: Buffer, bytes: number) => number,
  rowsOf: (bytes: number) => number,
): Promise<ExportRun> {
  global.gc?.();
  const heapAtStart = process.memoryUsage().heapUsed;
  let bytes = 0;
  let peakHeap = heapAtStart;
  const heapByQuarter: number[] = [];
  const buffersByQuarter: number[] = [];
  const sample = () => {
    global.gc?.();
    const m = process.memoryUsage();
    heapByQuarter.push(m.heapUsed);
    buffersByQuarter.push(m.arrayBuffers);
  };
  const began = performance.now();
  const cpuAtStart = process.cpuUsage();
  await pipeline(
    stream,
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        // Chunks hold thousands of rows (CSV) or 16 kB of zip, so reading memory on each costs little.
        const heap = process.memoryUsage().heapUsed;
        if (heap > peakHeap) peakHeap = heap;
        const done4 = Math.min(3, Math.floor(progress(chunk, bytes) * 4 + 1e-9));
        while (heapByQuarter.length < done4) sample();
        done();
      },
    }),
  );
  const seconds = (performance.now() - began) / 1000;
  const cpu = process.cpuUsage(cpuAtStart);
  sample();
  const rows = rowsOf(bytes);
  return {
    format,
    rows,
    seconds,
    rowsPerSecond: rows / seconds,
    rowsPerCpuSecond: rows / ((cpu.user + cpu.system) / 1e6),
    bytes,
    heapAtStart,
    peakHeap,
    heapByQuarter,
    buffersByQuarter,
  };
}

function csvRun(handle: DatabaseHandle, survey: SurveyDetail) {
  let lines = 0;
  return exportRun(
    "CSV",
    surveyCsvStream(handle.db, survey),
    (chunk) => {
      for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) lines++;
      return lines / (RESPONSES + 1);
    },
    // Newlines inside quoted answers would count too; the generated answers have none.
    () => lines - 1,
  );
}

/** The xlsx is compressed, so progress is read from its size: a first run learns it, the second is measured. */
async function xlsxRun(handle: DatabaseHandle, survey: SurveyDetail) {
  let size = 0;
  await pipeline(
    surveyXlsxStream(handle.db, survey),
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        done();
      },
    }),
  );
  return exportRun(
    "xlsx",
    surveyXlsxStream(handle.db, survey),
    (_chunk, bytes) => bytes / size,
    () => survey.responseCount,
  );
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
  const survey = await findSurvey(handle.db, surveyId);
  if (!survey) throw new Error("bench survey missing");
  const exported: ExportRun[] = [];
  if (EXPORTS.includes("csv")) exported.push(await csvRun(handle, survey));
  if (EXPORTS.includes("xlsx")) exported.push(await xlsxRun(handle, survey));
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
  for (const e of r.exported) {
    console.log(
      `  ${e.format} export: ${e.rows.toLocaleString()} rows, ${mb(e.bytes)} in ${e.seconds.toFixed(2)} s = ${Math.round(
        e.rowsPerSecond,
      ).toLocaleString()} rows/s, ${Math.round(e.rowsPerCpuSecond).toLocaleString()} rows per CPU-second (budget ≥ ${EXPORT_BUDGET_ROWS_PER_S.toLocaleString()}: ${verdict(
        e.rowsPerSecond >= EXPORT_BUDGET_ROWS_PER_S,
      )})`,
    );
    console.log(
      `    heap: start ${mb(e.heapAtStart)}; live at 25/50/75/100 % ${e.heapByQuarter.map(mb).join(" / ")}; peak before collection ${mb(e.peakHeap)}; buffers ${e.buffersByQuarter.map(mb).join(" / ")}`,
    );
  }
}
