// `pnpm bench`: starts the real server on each engine and prints start-up time and p50/p95 of the
// region procedures over HTTP. Not a test: figures vary with the machine, so they are printed, not asserted.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { DEMO_PASSWORD } from "@kyoso/db";
import { createScratchDatabase } from "@kyoso/db/testing";
import { type Timing, timeCalls } from "./timing";

const CALLS = Number(process.env.BENCH_CALLS ?? 300);
const WARMUP = 20;
const PG_URL = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const serverDir = path.resolve(import.meta.dirname, "..");

interface Started {
  child: ChildProcess;
  url: string;
  startupMs: number;
}

async function startServer(env: Record<string, string>, port: number): Promise<Started> {
  const began = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: serverDir,
    env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.status === 200) return { child, url, startupMs: performance.now() - began };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await exited;
}

/** Signs in as the demo national-team member and returns the session cookie. */
async function signIn(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/trpc/auth.signIn`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "national@kyoso.example", password: DEMO_PASSWORD }),
  });
  const cookie = res.headers.getSetCookie()[0]?.split(";")[0];
  if (res.status !== 200 || !cookie) throw new Error(`sign-in failed: ${res.status}`);
  return cookie;
}

/** p50/p95 of GET `url` with the session cookie; any answer but 200 stops the benchmark. */
function timeGets(url: string, cookie: string): Promise<Timing> {
  return timeCalls(
    async () => {
      const res = await fetch(url, { headers: { cookie } });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    },
    CALLS,
    WARMUP,
  );
}

const rows: string[][] = [];
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function measure(engine: string, env: Record<string, string>, port: number, restart: boolean) {
  const first = await startServer(env, port);
  let restartMs: number | undefined;
  try {
    const cookie = await signIn(first.url);
    const list = await timeGets(`${first.url}/trpc/region.list`, cookie);
    const page = await timeGets(
      `${first.url}/trpc/region.bySlug?input=${encodeURIComponent('{"slug":"saitama"}')}`,
      cookie,
    );
    rows.push([engine, "region.list (signed in)", ms(list.p50), ms(list.p95)]);
    rows.push([engine, "region.bySlug (saitama)", ms(page.p50), ms(page.p95)]);
  } finally {
    await stop(first.child);
  }
  if (restart) {
    const again = await startServer(env, port);
    restartMs = again.startupMs;
    await stop(again.child);
  }
  rows.push([engine, "start-up to first 200 (new database)", ms(first.startupMs), ""]);
  if (restartMs !== undefined)
    rows.push([engine, "start-up to first 200 (existing data)", ms(restartMs), ""]);
}

const dataDir = await mkdtemp(path.join(tmpdir(), "kyoso-bench-"));
try {
  await measure("pglite", { KYOSO_DATA_DIR: dataDir }, 3901, true);
} finally {
  await rm(dataDir, { recursive: true, force: true });
}

try {
  const scratch = await createScratchDatabase(PG_URL, { label: "bench" });
  try {
    await measure("postgres", { DATABASE_URL: scratch.url, KYOSO_DEMO_DATA: "true" }, 3902, true);
  } finally {
    await scratch.drop();
  }
} catch (error) {
  rows.push(["postgres", `skipped: ${(error as Error).message}`, "", ""]);
}

console.log(
  `\nKyoso benchmark — ${CALLS} sequential HTTP calls per procedure after ${WARMUP} warm-up calls\n`,
);
const header = ["engine", "measure", "p50 / time", "p95"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
for (const r of [header, widths.map((w) => "-".repeat(w)), ...rows]) {
  console.log(r.map((c, i) => (c ?? "").padEnd(widths[i] ?? 0)).join("  "));
}
