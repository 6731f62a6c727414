import { existsSync } from "node:fs";
import { readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { connect, type DatabaseHandle, isDatabaseEmpty, prepareDatabase, seedDemoData } from "@kyoso/db";
import type { Logger } from "pino";
import type { Config } from "./config";

/**
 * A PGlite dump of the migrated, empty schema, written next to the server bundle by scripts/build.mjs (built
 * together with the bundle, so it never holds migrations the bundle lacks). Absent when running from source.
 * Loading it spares a new data folder PGlite's initdb and every migration; the demo data is still loaded at
 * start, since it is relative to the day it is loaded.
 */
const schemaSnapshotFile = path.join(import.meta.dirname, "pglite-schema.tar");

export async function connectConfigured(config: Config): Promise<DatabaseHandle> {
  if (config.database.engine === "postgres")
    return connect({ engine: "postgres", databaseUrl: config.database.url });
  const { dataDir } = config.database;
  const loadDataDir = existsSync(path.join(dataDir, "PG_VERSION")) ? undefined : await schemaSnapshot();
  return connect({ engine: "pglite", dataDir, ...(loadDataDir ? { loadDataDir } : {}) });
}

async function schemaSnapshot(): Promise<Blob | undefined> {
  try {
    return new Blob([await readFile(schemaSnapshotFile)]);
  } catch {
    return undefined;
  }
}

/** Migrates a new in-memory PGlite and writes its data folder as a tarball to `file`. */
export async function writeSchemaSnapshot(file: string): Promise<void> {
  const handle = await connect({ engine: "pglite" });
  try {
    await prepareDatabase(handle.db);
    // biome-ignore lint/style/noNonNullAssertion: a PGlite handle always carries its instance.
    const tar = await handle.pglite!.dumpDataDir("none");
    await writeFile(`${file}.partial`, Buffer.from(await tar.arrayBuffer()));
    await rename(`${file}.partial`, file);
  } finally {
    await handle.close();
  }
}

/** Connects, migrates and, when asked for, loads the demo data into an empty database. */
export async function openDatabase(config: Config, log: Logger): Promise<DatabaseHandle> {
  const handle = await connectConfigured(config);
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
