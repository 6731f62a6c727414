import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { connect, countRowsPerTable, prepareDatabase, seedDemoData } from "@kyoso/db";
import { createScratchDatabase } from "@kyoso/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config";
import { type RunningServer, startServer } from "../src/server";
import { runTs } from "./processes";

// `pnpm db:backup` then `pnpm db:restore` into a fresh place gives back every row of every table (the table list
// read from the catalog), on the engine under test. Real command-line processes.

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "kyoso-backup-test-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const url = process.env.DATABASE_URL;

/**
 * A server that has just started still runs its start-up jobs (the reminder catch-up writes notifications and
 * mail): waits until the row counts hold still for five seconds, so the backup and the comparison see the same rows.
 */
async function settledRowCounts(db: Parameters<typeof countRowsPerTable>[0]) {
  // Six readings a second apart must agree: the queue polls every 2 s, so a job sent at start has run by then.
  let last = JSON.stringify(await countRowsPerTable(db));
  let same = 0;
  for (let i = 0; i < 90; i++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now = JSON.stringify(await countRowsPerTable(db));
    same = now === last ? same + 1 : 0;
    if (same >= 5) return;
    last = now;
  }
  throw new Error("the server's start-up jobs kept writing for a minute");
}

describe.runIf(!url)("backup and restore of the embedded database", { timeout: 300_000 }, () => {
  let server: RunningServer;
  const env = () => ({ KYOSO_DATA_DIR: path.join(root, "db"), PORT: "0" });
  beforeAll(async () => {
    server = await startServer(loadConfig({ ...env(), KYOSO_WEB_DIST: root, LOG_LEVEL: "silent" }));
  });
  afterAll(async () => {
    await server?.close();
  });

  it("backs up through the running server and restores into a fresh folder with every row", async () => {
    await settledRowCounts(server.database.db);
    const file = path.join(root, "backup.tar.gz");
    const backup = await runTs("src/cli/backup.ts", [file], env());
    expect(backup.output).toContain("backup written");
    expect(backup.code).toBe(0);

    // The running server's folder is refused outright, even with --force.
    const refused = await runTs("src/cli/restore.ts", [file, "--force"], env());
    expect(refused.code).toBe(1);
    expect(refused.output).toContain("stop that server first");

    const target = { KYOSO_DATA_DIR: path.join(root, "restored"), PORT: "0" };
    const restored = await runTs("src/cli/restore.ts", [file], target);
    expect(restored.code).toBe(0);
    const again = await runTs("src/cli/restore.ts", [file], target);
    expect(again.code).toBe(1);
    expect(again.output).toContain("add --force");

    const copy = await connect({ engine: "pglite", dataDir: target.KYOSO_DATA_DIR });
    try {
      const original = await countRowsPerTable(server.database.db);
      expect(Object.keys(original).length).toBeGreaterThan(20);
      expect(original.forum_edition).toBeGreaterThan(0);
      expect(await countRowsPerTable(copy.db)).toEqual(original);
    } finally {
      await copy.close();
    }
    expect(existsSync(path.join(target.KYOSO_DATA_DIR, "kyoso.lock"))).toBe(false);

    const forced = await runTs("src/cli/restore.ts", [file, "--force"], target);
    expect(forced.code).toBe(0);
    expect((await readdir(root)).some((f) => f.startsWith("restored.before-restore-"))).toBe(true);
  });
});

describe.runIf(url)("backup and restore on PostgreSQL (pg_dump custom format)", { timeout: 300_000 }, () => {
  it("restores the demo data into a fresh database with every row, and asks before replacing", async () => {
    const source = await createScratchDatabase(url ?? "", { label: "bk_src" });
    const target = await createScratchDatabase(url ?? "", { label: "bk_dst" });
    try {
      const handle = await connect({ engine: "postgres", databaseUrl: source.url, poolSize: 2 });
      let original: Record<string, number>;
      try {
        await prepareDatabase(handle.db);
        await seedDemoData(handle.db);
        original = await countRowsPerTable(handle.db);
      } finally {
        await handle.close();
      }
      const file = path.join(root, "backup.dump");
      const backup = await runTs("src/cli/backup.ts", [file], { DATABASE_URL: source.url });
      expect(backup.code).toBe(0);
      const restored = await runTs("src/cli/restore.ts", [file], { DATABASE_URL: target.url });
      expect(restored.output).toContain("backup restored");
      expect(restored.code).toBe(0);
      const again = await runTs("src/cli/restore.ts", [file], { DATABASE_URL: target.url });
      expect(again.code).toBe(1);
      expect(again.output).toContain("add --force");
      const forced = await runTs("src/cli/restore.ts", [file, "--force"], { DATABASE_URL: target.url });
      expect(forced.code).toBe(0);

      const copy = await connect({ engine: "postgres", databaseUrl: target.url, poolSize: 2 });
      try {
        expect(Object.keys(original).length).toBeGreaterThan(20);
        expect(await countRowsPerTable(copy.db)).toEqual(original);
      } finally {
        await copy.close();
      }
    } finally {
      await source.drop();
      await target.drop();
    }
  });
});
