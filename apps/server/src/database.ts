import { connect, type DatabaseHandle, isDatabaseEmpty, prepareDatabase, seedDemoData } from "@kyoso/db";
import type { Logger } from "pino";
import type { Config } from "./config";

export function connectConfigured(config: Config, log?: Logger): Promise<DatabaseHandle> {
  return config.database.engine === "postgres"
    ? connect({ engine: "postgres", databaseUrl: config.database.url })
    : connect({
        engine: "pglite",
        dataDir: config.database.dataDir,
        onStaleLock: (previous) =>
          (log ?? console).warn(
            `stale lock of a stopped process taken over (pid ${previous?.pid ?? "?"} on ${previous?.hostname ?? "?"})`,
          ),
      });
}

/** Connects, migrates and, when asked for, loads the demo data into an empty database. */
export async function openDatabase(config: Config, log: Logger): Promise<DatabaseHandle> {
  const handle = await connectConfigured(config, log);
  try {
    const applied = await prepareDatabase(handle.db);
    for (const name of applied) log.info({ migration: name }, "migration applied");
    if (config.demoData && (await isDatabaseEmpty(handle.db))) {
      await seedDemoData(handle.db);
      log.info("demo data loaded");
    }
    return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
}
