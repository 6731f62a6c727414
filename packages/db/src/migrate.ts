import { type Kysely, type MigrationResultSet, Migrator, NO_MIGRATIONS } from "kysely";
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

/** Applies every pending migration; returns what ran. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
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
