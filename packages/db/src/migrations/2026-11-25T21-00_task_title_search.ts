import { type Kysely, sql } from "kysely";

// Frozen in time: this migration must not import the live schema or domain code.

// Task search by words in the title (`ilike '%…%'`) from a trigram index instead of reading every task.
// pg_trgm ships with PostgreSQL (a trusted extension since 13) and with PGlite (loaded in connect.ts).

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);
  await sql`create index task_title_trgm_idx on task using gin (title gin_trgm_ops)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  // The extension stays: it may have been installed before us, and it holds no data.
  await sql`drop index task_title_trgm_idx`.execute(db);
}
