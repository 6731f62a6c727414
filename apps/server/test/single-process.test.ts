import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config";
import { startServer } from "../src/server";
import { runTs, type Spawned, startServerProcess, stop } from "./processes";

// The embedded database is one process's: a second server, or a command-line tool, on the same folder would
// run a second blind PostgreSQL whose writes the first one overwrites. Real processes, real signals.

let template: string;
beforeAll(async () => {
  // Migrated and seeded once; each test starts from a copy.
  template = await mkdtemp(path.join(tmpdir(), "kyoso-single-template-"));
  const server = await startServer(
    loadConfig({ PORT: "0", KYOSO_DATA_DIR: path.join(template, "db"), LOG_LEVEL: "silent" }),
  );
  await server.close();
});
afterAll(async () => {
  await rm(template, { recursive: true, force: true });
});

let root: string;
let env: Record<string, string>;
const running: Spawned[] = [];
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "kyoso-single-"));
  await cp(path.join(template, "db"), path.join(root, "db"), { recursive: true });
  env = {
    PORT: "0",
    KYOSO_DATA_DIR: path.join(root, "db"),
    KYOSO_WEB_DIST: path.join(root, "no-web-build"),
    PUBLIC_URL: "https://kyoso.example",
  };
});
afterEach(async () => {
  for (const run of running.splice(0)) await stop(run, "SIGKILL");
  await rm(root, { recursive: true, force: true });
});

async function serve() {
  const server = await startServerProcess(env);
  running.push(server);
  return server;
}

async function signIn(url: string, email: string, password: string): Promise<number> {
  const res = await fetch(`${url}/trpc/auth.signIn`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  return res.status;
}

describe("one process per embedded database folder", { timeout: 240_000 }, () => {
  it("refuses a second server and the migrate and seed commands while one runs, with a clear message", async () => {
    const first = await serve();
    expect(first.url).not.toBeNull();

    const second = await serve();
    expect(second.url).toBeNull();
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain("は別のプロセスが使用中です");
    expect(second.output()).toContain(`in use by another process (pid ${first.child.pid}`);
    expect(second.output()).not.toMatch(/\n\s+at /); // a message, not a stack trace

    for (const script of ["src/cli/migrate.ts", "src/cli/seed.ts"]) {
      const cli = await runTs(script, [], env);
      expect(cli.code).toBe(1);
      expect(cli.output).toContain("stop that server first");
    }
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
  });

  it("creates the first admin through the running server, and the account survives a restart", async () => {
    const server = await serve();
    const cli = await runTs(
      "src/cli/create-admin.ts",
      ["--email", "boss@example.jp", "--name", "山田 花子"],
      env,
    );
    expect(cli.code).toBe(0);
    // The link is built from PUBLIC_URL; its token works on the running server at once.
    const token = /https:\/\/kyoso\.example\/invite\/([A-Za-z0-9_-]{43})/.exec(cli.output)?.[1];
    expect(token).toBeDefined();
    const accept = await fetch(`${server.url}/trpc/auth.acceptInvitation`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token, password: "a-long-enough-password-1" }),
    });
    expect(accept.status).toBe(200);

    expect(await stop(server)).toBe(0);
    const again = await serve();
    expect(await signIn(again.url ?? "", "boss@example.jp", "a-long-enough-password-1")).toBe(200);
  });

  it("after kill -9, the next server takes over the stale lock, logs it, and keeps acknowledged writes", async () => {
    const killed = await serve();
    const cli = await runTs(
      "src/cli/create-admin.ts",
      ["--email", "kept@example.jp", "--name", "残る 人"],
      env,
    );
    expect(cli.code).toBe(0);
    const token = /\/invite\/([A-Za-z0-9_-]{43})/.exec(cli.output)?.[1];
    await fetch(`${killed.url}/trpc/auth.acceptInvitation`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token, password: "a-long-enough-password-1" }),
    });
    await stop(killed, "SIGKILL");

    const next = await serve();
    expect(next.url).not.toBeNull();
    expect(next.output()).toContain(`stale lock of a stopped process taken over (pid ${killed.child.pid}`);
    expect(await signIn(next.url ?? "", "kept@example.jp", "a-long-enough-password-1")).toBe(200);
  });
});
