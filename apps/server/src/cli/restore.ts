import { readdir, readFile, rename } from "node:fs/promises";
import { parseArgs } from "node:util";
import {
  connect,
  countOtherSessions,
  countRowsPerTable,
  DataDirLockedError,
  dropPublicSchema,
  findLockOwner,
  LOCK_FILE,
} from "@kyoso/db";
import { loadConfig } from "../config";
import { connectConfigured } from "../database";
import { runPgTool } from "./backup-tools";
import { CliError, runCli } from "./run-cli";

// `pnpm db:restore <file> [--force]` loads a backup made by `pnpm db:backup` into the configured database.
// It never overwrites data unasked: a database or data folder that is not empty needs --force (the embedded
// folder is then kept beside, renamed), and a folder a running server holds is refused outright.
await runCli(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { force: { type: "boolean", default: false } },
  });
  const file = positionals[0];
  if (!file) throw new CliError("usage: pnpm db:restore <backup file> [--force]");
  const config = loadConfig();
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");

  if (config.database.engine === "postgres") {
    const handle = await connectConfigured(config);
    try {
      if ((await countOtherSessions(handle.db)) > 0) {
        throw new CliError(
          "このデータベースには他の接続があります。サーバーを停止してから復元してください。\n" +
            "Other sessions are connected to this database: stop the servers before restoring.",
        );
      }
      if (Object.keys(await countRowsPerTable(handle.db)).length > 0) {
        if (!values.force) throw notEmpty("このデータベース (this database)");
        await dropPublicSchema(handle.db);
      }
    } finally {
      await handle.close();
    }
    await runPgTool("pg_restore", config.database.url, ["--no-owner", "--exit-on-error", file]);
  } else {
    const { dataDir } = config.database;
    const owner = await findLockOwner(dataDir);
    if (owner) throw new DataDirLockedError(dataDir, owner);
    const backup = new Blob([await readFile(file)]);
    const entries = (await readdir(dataDir).catch(() => [])).filter((name) => name !== LOCK_FILE);
    if (entries.length > 0) {
      if (!values.force) throw notEmpty(dataDir);
      const aside = `${dataDir}.before-restore-${stamp}`;
      await rename(dataDir, aside);
      console.log(`元のデータフォルダを移しました (previous folder kept as): ${aside}`);
    }
    // Opening with the backup unpacks it into the folder, under the folder's lock.
    const handle = await connect({ engine: "pglite", dataDir, loadDataDir: backup });
    await handle.close();
  }
  const check = await connectConfigured(config);
  try {
    const counts = Object.values(await countRowsPerTable(check.db));
    const rows = counts.reduce((a, b) => a + b, 0);
    console.log(
      `バックアップを復元しました (backup restored): ${file} — ${counts.length} tables, ${rows} rows`,
    );
  } finally {
    await check.close();
  }
});

function notEmpty(target: string): CliError {
  return new CliError(
    `${target} は空ではありません。置き換える場合は --force を付けてください。\n` +
      `${target} is not empty: add --force to replace it.`,
  );
}
