import { rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { dumpEmbeddedDatabase } from "@kyoso/db";
import { loadConfig } from "../config";
import { connectConfigured } from "../database";
import { runPgTool } from "./backup-tools";
import { runCli } from "./run-cli";
import { callRunningServer, findRunningServer } from "./running-server";

// `pnpm db:backup [file]` writes a backup of the configured database:
// - PostgreSQL: `pg_dump --format=custom` (needs the PostgreSQL client tools on PATH); restore with pg_restore.
// - Embedded: a gzipped tarball of the data folder, taken while no transaction is half done. If `pnpm start`
//   runs on the folder, the running server takes it (nothing else may open the folder); otherwise this command
//   opens the folder itself, holding its lock so no server starts meanwhile.
await runCli(async () => {
  const { positionals } = parseArgs({ allowPositionals: true });
  const config = loadConfig();
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const postgres = config.database.engine === "postgres";
  const file = path.resolve(positionals[0] ?? `kyoso-backup-${stamp}.${postgres ? "dump" : "tar.gz"}`);

  // Written under another name until complete: a file with the backup's name is never half a backup.
  const partial = `${file}.partial`;
  if (config.database.engine === "postgres") {
    await runPgTool("pg_dump", config.database.url, ["--format=custom", "--no-owner", `--file=${partial}`]);
  } else {
    const running = await findRunningServer(config);
    let dump: Buffer;
    if (running) {
      dump = Buffer.from(await (await callRunningServer(running, "/_local/backup")).arrayBuffer());
    } else {
      const handle = await connectConfigured(config);
      try {
        dump = Buffer.from(await (await dumpEmbeddedDatabase(handle)).arrayBuffer());
      } finally {
        await handle.close();
      }
    }
    await writeFile(partial, dump, { mode: 0o600 });
  }
  await rename(partial, file);
  console.log(`バックアップを作成しました (backup written): ${file}`);
});
