// `pnpm bench` (start-up step): runs the README's `pnpm start` as a person would and prints
// - restart to the first /healthz 200 on an existing data folder (median of 5),
// - first start on an empty data folder, migrations and demo data included (median of 3),
// - the resident memory of the whole process tree after a restart, once it answers,
// - the entry chunk's bytes on the wire: raw, gzip and brotli.
// Builds are brought up to date by one untimed start first, so the figures are the server's, not the build's.
// Plain JavaScript on purpose: it measures `pnpm start` without tsx in the way.
import { spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";

const repoRoot = path.resolve(import.meta.dirname, "../../..");
const PORT = Number(process.env.BENCH_STARTUP_PORT ?? 3907);
const RESTARTS = 5;
const FIRST_STARTS = 3;

/** Starts `pnpm start` in its own process group and resolves once /healthz answers 200. */
async function start(dataDir) {
  const began = performance.now();
  const child = spawn("pnpm", ["start"], {
    cwd: repoRoot,
    detached: true,
    env: { ...process.env, PORT: String(PORT), KYOSO_DATA_DIR: dataDir, LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`pnpm start exited with code ${child.exitCode}`);
    if ((await healthStatus()) === 200) {
      const ms = performance.now() - began;
      return { child, exited, ms, cpuMs: await treeCpuMs(child.pid) };
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

function healthStatus() {
  return new Promise((resolve) => {
    const req = http.get({ host: "127.0.0.1", port: PORT, path: "/healthz" }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on("error", () => resolve(0));
  });
}

/** Ctrl+C as a terminal sends it: SIGINT to the whole group; SIGKILL if it is still there after 15 s. */
async function stop({ child, exited }) {
  process.kill(-child.pid, "SIGINT");
  const timer = setTimeout(() => process.kill(-child.pid, "SIGKILL"), 15_000);
  await exited;
  // The server is the last to leave: wait until the port is free again.
  while ((await healthStatus()) !== 0) await new Promise((r) => setTimeout(r, 20));
  clearTimeout(timer);
}

/** `pid` and every process below it, from /proc. */
async function processTree(pid) {
  const parents = new Map();
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
    // The command name may hold spaces and parentheses: the fields after its last ")" are fixed.
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    parents.set(Number(entry), ppid);
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++)
    for (const [p, pp] of parents) if (pp === tree[i] && !tree.includes(p)) tree.push(p);
  return tree;
}

/**
 * CPU time (user + system) the tree has used so far, including children it has already reaped (builds). On a
 * busy machine wall time stretches with the queue for the CPU; this does not.
 */
async function treeCpuMs(pid) {
  let ticks = 0;
  for (const p of await processTree(pid)) {
    const stat = await readFile(`/proc/${p}/stat`, "utf8").catch(() => "");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime, stime, cutime, cstime: fields 14–17 of stat(5), 12–15 after the command name.
    for (const i of [11, 12, 13, 14]) ticks += Number(fields[i] ?? 0);
  }
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

/** Resident memory (MiB) of `pid` and every process below it. */
async function treeRss(pid) {
  const processes = [];
  for (const p of await processTree(pid)) {
    const status = await readFile(`/proc/${p}/status`, "utf8").catch(() => "");
    const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    const cmd = (await readFile(`/proc/${p}/cmdline`, "utf8").catch(() => "")).split("\0").join(" ").trim();
    processes.push({ pid: p, mib: kib / 1024, cmd: cmd.length > 70 ? `${cmd.slice(0, 67)}...` : cmd });
  }
  return processes;
}

/** The body's size as sent (before any decompression) and the encoding the server chose. */
function wireBytes(urlPath, acceptEncoding) {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding ? { "accept-encoding": acceptEncoding } : {};
    http
      .get({ host: "127.0.0.1", port: PORT, path: urlPath, headers }, (res) => {
        let bytes = 0;
        const chunks = [];
        res.on("data", (c) => {
          bytes += c.length;
          chunks.push(c);
        });
        res.on("end", () =>
          resolve({
            bytes,
            encoding: res.headers["content-encoding"] ?? "identity",
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      })
      .on("error", reject);
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
/** "median wall (median CPU)" and every run's wall time. */
const summary = (runs) =>
  `${seconds(median(runs.map((r) => r.ms)))} (CPU ${seconds(median(runs.map((r) => r.cpuMs)))})\n` +
  `  runs: ${runs.map((r) => seconds(r.ms)).join(", ")}`;
const kb = (n) => `${(n / 1000).toFixed(1)} kB`;

const dirs = [];
const freshDir = async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "kyoso-startup-"));
  dirs.push(dir);
  return dir;
};

try {
  // Untimed: builds whatever is stale and creates the data folder the restarts reuse.
  const existing = await freshDir();
  const warm = await start(existing);
  const index = await wireBytes("/", "identity");
  const entry = /<script[^>]+src="([^"]+\.js)"/.exec(index.body)?.[1];
  if (!entry) throw new Error("no entry script in index.html");
  const wire = {};
  for (const enc of ["identity", "gzip", "br"]) wire[enc] = await wireBytes(entry, enc);
  await stop(warm);

  const restarts = [];
  let rss = [];
  for (let i = 0; i < RESTARTS; i++) {
    const run = await start(existing);
    restarts.push(run);
    // Memory as it stays: after a restart (no build, no demo data being loaded), once it has answered.
    if (i === 0) rss = await treeRss(run.child.pid);
    await stop(run);
  }
  const firsts = [];
  for (let i = 0; i < FIRST_STARTS; i++) {
    const run = await start(await freshDir());
    firsts.push(run);
    await stop(run);
  }

  console.log("\nKyoso start-up — `pnpm start` from the repository root, builds up to date\n");
  console.log(`restart to first /healthz 200 (existing data, median of ${RESTARTS}): ${summary(restarts)}`);
  console.log(`first start to first 200 (empty data folder, median of ${FIRST_STARTS}): ${summary(firsts)}`);
  const total = rss.reduce((sum, p) => sum + p.mib, 0);
  console.log(`process tree RSS once serving: ${total.toFixed(0)} MiB in ${rss.length} processes`);
  for (const p of rss) console.log(`  ${p.mib.toFixed(0).padStart(4)} MiB  ${p.cmd}`);
  console.log(`entry chunk ${entry}:`);
  for (const [asked, r] of Object.entries(wire))
    console.log(`  Accept-Encoding ${asked.padEnd(8)} → ${r.encoding.padEnd(8)} ${kb(r.bytes)} on the wire`);
} finally {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
}
