import { existsSync } from "node:fs";
import { copyFile, cp, rm } from "node:fs/promises";
import path from "node:path";
import { connect, type DatabaseHandle, isDatabaseEmpty, prepareDatabase, seedDemoData } from "@kyoso/db";
import type { Logger } from "pino";
import type { Config } from "./config";

/**
 * A PGlite data folder holding the migrated, empty schema, made next to the server bundle by scripts/build.mjs
 * (built together with the bundle, so it never holds migrations the bundle lacks). Absent when running from
 * source. Copying it spares a new data folder PGlite's initdb and every migration (seconds of CPU); a plain file
 * copy is also several times cheaper than loading a `dumpDataDir` tarball through PGlite's file system. The
 * demo data is left out and loaded at start, so it may depend on the day it is loaded.
 */
const schemaTemplate = path.join(import.meta.dirname, "pglite-schema");

export async function connectConfigured(config: Config, log?: Logger): Promise<DatabaseHandle> {
  if (config.database.engine === "postgres")
    return connect({
      engine: "postgres",
      databaseUrl: config.database.url,
      onConnectionError: (error) => log?.warn({ err: error }, "database connection lost"),
    });
  const { dataDir } = config.database;
  if (!existsSync(path.join(dataDir, "PG_VERSION")) && existsSync(path.join(schemaTemplate, "PG_VERSION")))
    await copyTemplate(dataDir);
  return connect({
    engine: "pglite",
    dataDir,
    onStaleLock: (previous) =>
      (log ?? console).warn(
        `stale lock of a stopped process taken over (pid ${previous?.pid ?? "?"} on ${previous?.hostname ?? "?"})`,
      ),
  });
}

/**
 * PG_VERSION, which marks a folder as a database, is copied last: a copy cut short is not taken for one and is
 * simply copied over at the next start. Nothing already in the folder is removed.
 */
async function copyTemplate(dataDir: string): Promise<void> {
  const marker = path.join(schemaTemplate, "PG_VERSION");
  await cp(schemaTemplate, dataDir, { recursive: true, filter: (src) => src !== marker });
  await copyFile(marker, path.join(dataDir, "PG_VERSION"));
}

/** Creates a PGlite data folder at `dir` holding the migrated schema (and the reference data). */
export async function createSchemaTemplate(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  const handle = await connect({ engine: "pglite", dataDir: dir });
  try {
    await prepareDatabase(handle.db);
  } finally {
    await handle.close();
  }
}

/** Connects, migrates and, when asked for, loads the demo data into an empty database. */
export async function openDatabase(config: Config, log: Logger): Promise<DatabaseHandle> {
  const handle = await connectConfigured(config, log);
  try {
    const applied = await prepareDatabase(handle.db);
    for (const name of applied) log.info({ migration: name }, "migration applied");
    if (config.demoData && (await isDatabaseEmpty(handle.db))) {
      await seedDemoData(handle.db, config.demoToday ? { today: config.demoToday } : {});
      log.info("demo data loaded");
    }
    return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
}
