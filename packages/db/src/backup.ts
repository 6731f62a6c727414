import { type Kysely, sql } from "kysely";
import type { DatabaseHandle } from "./connect";
import type { Database } from "./schema";

/**
 * A consistent copy of the embedded database as a gzipped tarball of its data folder (PGlite's own format, loaded
 * back with `connect({ engine: "pglite", loadDataDir })`). The Kysely driver hands PGlite's one connection to one
 * caller at a time, so holding it means no transaction is half done while the files are read; the checkpoint
 * first writes every change into the data files, so a restore needs no WAL replay.
 */
export async function dumpEmbeddedDatabase(handle: DatabaseHandle): Promise<Blob> {
  const pglite = handle.pglite;
  if (!pglite) throw new Error("dumpEmbeddedDatabase needs the embedded database (PGlite)");
  return handle.db.connection().execute(async (connection) => {
    await sql`checkpoint`.execute(connection);
    return pglite.dumpDataDir("gzip");
  });
}

/** Sessions on this PostgreSQL database other than ours: servers still running would write past a restore. */
export async function countOtherSessions(db: Kysely<Database>): Promise<number> {
  const result = await sql<{ n: number }>`
    select count(*)::int as n from pg_stat_activity
    where datname = current_database() and pid <> pg_backend_pid()`.execute(db);
  return result.rows[0]?.n ?? 0;
}

/** Empties the public schema (tables, extensions in it) so a restore starts from nothing. */
export async function dropPublicSchema(db: Kysely<Database>): Promise<void> {
  await sql`drop schema public cascade`.execute(db);
  // The job queue's own tables (pg-boss) come back with the backup too.
  await sql`drop schema if exists pgboss cascade`.execute(db);
  await sql`create schema public`.execute(db);
}

/** Every table of the public schema, read from the catalog, with its row count: to compare a restore. */
export async function countRowsPerTable(db: Kysely<Database>): Promise<Record<string, number>> {
  const tables = await sql<{ name: string }>`
    select tablename as name from pg_tables where schemaname = 'public' order by tablename`.execute(db);
  const counts: Record<string, number> = {};
  for (const { name } of tables.rows) {
    const result = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(name)}`.execute(db);
    counts[name] = result.rows[0]?.n ?? 0;
  }
  return counts;
}
