import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

// Real processes for the tests that are about processes: the server and the command-line tools, run the way
// `pnpm start` and `pnpm db:*` run them (tsx), so the pid in a lock file is the pid we signal.
const serverRoot = path.resolve(import.meta.dirname, "..");

export interface Spawned {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

export function spawnTs(script: string, args: string[], env: Record<string, string>): Spawned {
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: serverRoot,
    env: { ...process.env, LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (c: Buffer) => {
    output += c.toString();
  });
  child.stderr?.on("data", (c: Buffer) => {
    output += c.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Runs a command to its end: exit code and everything it printed. */
export async function runTs(script: string, args: string[], env: Record<string, string>) {
  const run = spawnTs(script, args, env);
  const code = await run.exited;
  return { code, output: run.output() };
}

/** Starts `src/main.ts` and waits until it serves, or until it exits (refused). */
export async function startServerProcess(
  env: Record<string, string>,
): Promise<Spawned & { url: string | null }> {
  const run = spawnTs("src/main.ts", [], env);
  const url = await new Promise<string | null>((resolve) => {
    const check = () => {
      const found = /Kyoso is running at (http:\/\/localhost:\d+)/.exec(run.output());
      if (found?.[1]) resolve(found[1]);
    };
    run.child.stdout?.on("data", check);
    void run.exited.then(() => resolve(null));
  });
  return { ...run, url };
}

export async function stop(run: Spawned, signal: NodeJS.Signals = "SIGTERM"): Promise<number | null> {
  if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill(signal);
  return run.exited;
}
