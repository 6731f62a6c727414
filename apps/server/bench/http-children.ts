// Starting and driving the benchmark's server child (http-server.ts) and load with autocannon.
import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import autocannon from "autocannon";

const serverDir = new URL("..", import.meta.url).pathname;

export interface BenchServer {
  child: ChildProcess;
  ports: { app: number; uncached: number; bare: number };
  cookie: string;
  /** The calls measured against bare handlers: name → URL path, and how many statements each replays. */
  calls: Record<string, string>;
  statementCounts: Record<string, number>;
  stop(): Promise<void>;
}

/** Starts http-server.ts on `db` ("pglite" or a PostgreSQL URL) and signs its bench account in on "app". */
export async function startBenchServer(db: string, data: "demo" | "large"): Promise<BenchServer> {
  const child = spawn(process.execPath, ["--import", "tsx", "bench/http-server.ts"], {
    cwd: serverDir,
    env: { ...process.env, BENCH_DB: db, BENCH_DATA: data, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const first = await new Promise<string>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`bench server exited with code ${code}`)));
    // biome-ignore lint/style/noNonNullAssertion: stdout is piped above.
    createInterface({ input: child.stdout! }).once("line", resolve);
  });
  const { ports, email, password, calls, statementCounts } = JSON.parse(first) as Pick<
    BenchServer,
    "ports" | "calls" | "statementCounts"
  > & { email: string; password: string };
  const cookie = await signIn(ports.app, email, password);
  return {
    child,
    ports,
    cookie,
    calls,
    statementCounts,
    stop: async () => {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

async function signIn(port: number, email: string, password: string): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/trpc/auth.signIn`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  const cookie = res.headers.getSetCookie()[0]?.split(";")[0];
  if (res.status !== 200 || !cookie) throw new Error(`sign-in failed: ${res.status}`);
  return cookie;
}

export interface Load {
  rps: number;
  p50: number;
  p99: number;
}

/** Requests/s and latency of GET `url` with `connections` open at once for `seconds`; any non-2xx fails. */
export async function load(
  url: string,
  cookie: string,
  connections: number,
  seconds: number,
  headers: Record<string, string> = {},
): Promise<Load> {
  const result = await autocannon({ url, connections, duration: seconds, headers: { ...headers, cookie } });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}
