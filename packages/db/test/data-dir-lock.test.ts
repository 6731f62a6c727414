import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { connect, DataDirLockedError, LOCK_FILE, type LockOwner } from "../src/index";

// The lock within one process and its records. Two real server processes on one folder, and kill -9, are
// tested in apps/server/test/single-process.test.ts.

// A new folder costs an initdb (seconds on a busy machine): each test starts from a copy of one made once.
let initialized: string;
beforeAll(async () => {
  initialized = await mkdtemp(path.join(tmpdir(), "kyoso-lock-template-"));
  await (await connect({ engine: "pglite", dataDir: initialized })).close();
}, 300_000);
afterAll(async () => {
  await rm(initialized, { recursive: true, force: true });
});

let dir: string;
beforeEach(async () => {
  dir = path.join(await mkdtemp(path.join(tmpdir(), "kyoso-lock-test-")), "data");
  await cp(initialized, dir, { recursive: true });
});
afterEach(async () => {
  await rm(path.dirname(dir), { recursive: true, force: true });
});

const lockFile = () => path.join(dir, LOCK_FILE);

describe("the embedded database's folder lock", { timeout: 300_000 }, () => {
  it("records the owner, refuses a second handle even in the same process, and is released on close", async () => {
    const handle = await connect({ engine: "pglite", dataDir: dir });
    const owner = JSON.parse(await readFile(lockFile(), "utf8")) as LockOwner;
    expect(owner).toMatchObject({ pid: process.pid, hostname: hostname() });
    expect(Number.isNaN(Date.parse(owner.startedAt))).toBe(false);
    const refused = await connect({ engine: "pglite", dataDir: dir }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DataDirLockedError);
    expect((refused as Error).message).toMatch(/別のプロセスが使用中です.*stop that server first/s);
    await handle.close();
    expect(existsSync(lockFile())).toBe(false);
    await (await connect({ engine: "pglite", dataDir: dir })).close();
  });

  it("takes over a lock whose process is gone (kill -9), and reports the previous owner", async () => {
    const dead = spawnSync(process.execPath, ["-e", ""]).pid;
    const stale: LockOwner = { pid: dead, hostname: hostname(), startedAt: "2026-12-01T00:00:00.000Z" };
    await writeFile(lockFile(), JSON.stringify(stale));
    const reported: (LockOwner | null)[] = [];
    const handle = await connect({ engine: "pglite", dataDir: dir, onStaleLock: (p) => reported.push(p) });
    expect(reported).toEqual([stale]);
    expect(JSON.parse(await readFile(lockFile(), "utf8"))).toMatchObject({ pid: process.pid });
    await handle.close();
  });

  it("takes over a lock file cut short by a crash right after it was created", async () => {
    await writeFile(lockFile(), "");
    const reported: (LockOwner | null)[] = [];
    const handle = await connect({ engine: "pglite", dataDir: dir, onStaleLock: (p) => reported.push(p) });
    expect(reported).toEqual([null]);
    await handle.close();
  });

  it("refuses a lock held from another machine, telling how to free it", async () => {
    const record = {
      pid: process.pid,
      hostname: `${hostname()}-elsewhere`,
      startedAt: new Date().toISOString(),
    };
    await writeFile(lockFile(), JSON.stringify(record));
    await expect(connect({ engine: "pglite", dataDir: dir })).rejects.toThrow(/delete .*kyoso\.lock/);
  });
});
