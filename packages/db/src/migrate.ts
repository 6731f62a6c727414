import { type Kysely, type MigrationResultSet, Migrator, NO_MIGRATIONS, sql } from "kysely";
import { migrationProvider, repairBeforeMigrating } from "./migrations/index";
import type { Database } from "./schema";

function migrator(db: Kysely<Database>): Migrator {
  return new Migrator({ db, provider: migrationProvider });
}

function unwrap(result: MigrationResultSet): string[] {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === "Error")?.migrationName;
    throw new Error(`migration ${failed ?? "(unknown)"} failed: ${String(result.error)}`, {
      cause: result.error,
    });
  }
  return (result.results ?? []).map((r) => `${r.direction === "Up" ? "↑" : "↓"} ${r.migrationName}`);
}

/**
 * Whether the database holds exactly the migrations this code knows, read in one query. The migrator's own
 * check introspects the schema and takes its lock, about 0.3 s on PGlite that every start would pay.
 */
async function isUpToDate(db: Kysely<Database>): Promise<boolean> {
  const known = Object.keys(await migrationProvider.getMigrations());
  try {
    const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
    const applied = new Set(rows.map((r) => r.name));
    return applied.size === known.length && known.every((name) => applied.has(name));
  } catch {
    // No migration table yet: a new database, for the migrator to set up.
    return false;
  }
}

/** Applies every pending migration; returns what ran. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  if (await isUpToDate(db)) return [];
  const repaired = await repairBeforeMigrating(db);
  return [
    ...(repaired ? ["⚒ task_open_priority_idx (2026-11-25T17-00_milestones as first landed)"] : []),
    ...unwrap(await migrator(db).migrateToLatest()),
  ];
}

/** Applies or reverts migrations up to and including `name` (tests of a database's history). */
export async function migrateTo(db: Kysely<Database>, name: string): Promise<string[]> {
  await repairBeforeMigrating(db);
  return unwrap(await migrator(db).migrateTo(name));
}

/** Reverts the most recent migration; returns what ran. */
export async function migrateDown(db: Kysely<Database>): Promise<string[]> {
  return unwrap(await migrator(db).migrateDown());
}

/** Reverts every migration (used by the reversibility test). */
export async function migrateToEmpty(db: Kysely<Database>): Promise<string[]> {
  return unwrap(await migrator(db).migrateTo(NO_MIGRATIONS));
}
