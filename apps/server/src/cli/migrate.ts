import { migrateDown, prepareDatabase } from "@kyoso/db";
import { loadConfig } from "../config";
import { connectConfigured } from "../database";
import { runCli } from "./run-cli";

// `pnpm db:migrate` applies pending migrations; `pnpm db:migrate down` reverts the latest one.
await runCli(async () => {
  const config = loadConfig();
  const handle = await connectConfigured(config);
  try {
    const direction = process.argv[2] ?? "up";
    if (direction !== "up" && direction !== "down") throw new Error(`usage: db:migrate [up|down]`);
    const ran = direction === "down" ? await migrateDown(handle.db) : await prepareDatabase(handle.db);
    console.log(ran.length ? ran.join("\n") : "マイグレーションは最新です (already up to date)");
  } finally {
    await handle.close();
  }
});
