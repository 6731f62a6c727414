import { createHash } from "node:crypto";
import { readdir, readFile, rename, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { connect, type DatabaseHandle } from "../connect";
import { prepareDatabase } from "../prepare";
import { DEMO_PINNED_TODAY } from "../seed/demo-clock";
import { seedDemoData } from "../seed/seed";
import { createScratchDatabase } from "./scratch-postgres";

export { createScratchDatabase, type ScratchDatabase } from "./scratch-postgres";

/**
 * An empty, unmigrated database on the engine under test (a scratch PostgreSQL database named after `label`,
 * or in-memory PGlite), for tests of migrations and seeding. `close()` throws it away.
 */
export async function createEmptyTestDatabase(label: string): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL;
  if (!url) return connect({ engine: "pglite" });
  const scratch = await createScratchDatabase(url, { label });
  const handle = await connect({ engine: "postgres", databaseUrl: scratch.url, poolSize: 2 });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await scratch.drop();
    },
  };
}

/**
 * A fresh, migrated database holding the demo data, for one test. On PGlite (the default) it is loaded
 * from an in-memory snapshot taken once per worker; with DATABASE_URL set it is a new PostgreSQL database
 * copied from a template built once. `close()` throws it away.
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL;
  return url ? createPostgresTestDatabase(url) : createPgliteTestDatabase();
}

let snapshot: Promise<Blob> | undefined;

/**
 * The migrated, seeded database as a PGlite dump, kept in the temp folder under a fingerprint of the
 * migrations and seed sources: built once, then shared by every test worker and later runs.
 */
async function loadOrBuildSnapshot(): Promise<Blob> {
  const file = path.join(tmpdir(), `kyoso-test-pglite-${await schemaFingerprint()}.tar`);
  try {
    return new Blob([await readFile(file)]);
  } catch {
    const blob = await buildSnapshot();
    const partial = `${file}.${process.pid}`;
    await writeFile(partial, Buffer.from(await blob.arrayBuffer()));
    await rename(partial, file);
    return blob;
  }
}

async function buildSnapshot(): Promise<Blob> {
  const handle = await connect({ engine: "pglite" });
  try {
    await prepareDatabase(handle.db);
    await seedDemoData(handle.db, { today: DEMO_PINNED_TODAY });
    // biome-ignore lint/style/noNonNullAssertion: a PGlite handle always carries its instance.
    return await handle.pglite!.dumpDataDir("none");
  } finally {
    await handle.close();
  }
}

async function createPgliteTestDatabase(): Promise<DatabaseHandle> {
  snapshot ??= loadOrBuildSnapshot();
  return connect({ engine: "pglite", loadDataDir: await snapshot });
}

/** Changes whenever a migration or the demo data changes, so a stale snapshot or template is never reused. */
async function schemaFingerprint(): Promise<string> {
  const hash = createHash("sha256");
  for (const dir of ["migrations", "seed", "queries"]) {
    const folder = path.join(import.meta.dirname, "..", dir);
    for (const name of (await readdir(folder)).sort())
      hash.update(name).update(await readFile(path.join(folder, name)));
  }
  return hash.digest("hex").slice(0, 12);
}

async function createPostgresTestDatabase(url: string): Promise<DatabaseHandle> {
  const scratch = await createScratchDatabase(url, {
    label: "t",
    template: {
      name: await schemaFingerprint(),
      prepare: async (templateUrl) => {
        const handle = await connect({ engine: "postgres", databaseUrl: templateUrl, poolSize: 1 });
        try {
          await prepareDatabase(handle.db);
          await seedDemoData(handle.db, { today: DEMO_PINNED_TODAY });
        } finally {
          await handle.close();
        }
      },
    },
  });
  const handle = await connect({ engine: "postgres", databaseUrl: scratch.url, poolSize: 4 });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await scratch.drop();
    },
  };
}

export { type DashboardCall, dashboardCalls, type ProcedureRouter } from "./dashboard-calls";
export { generateLargeData, SIZES as LARGE_DATA_SIZES } from "./large-data";
export { generateOrganizationCsv } from "./organization-csv";
export { StatementCounter } from "./statement-counter";
export { type RecordedStatement, replayStatements, StatementRecorder } from "./statement-recorder";
export { generateSurveyAnswers, LARGE_SURVEY_QUESTIONS } from "./survey-data";
