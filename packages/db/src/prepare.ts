import { type Kysely, sql } from "kysely";
import { migrateToLatest } from "./migrate";
import { syncPrefectures } from "./queries/reference";
import type { Database } from "./schema";

/** What every start does: pending migrations, then reference data. Returns the migrations applied. */
export async function prepareDatabase(db: Kysely<Database>): Promise<string[]> {
  const applied = await migrateToLatest(db);
  await syncPrefectures(db);
  return applied;
}

/** A round trip to the database, for health checks. */
export async function pingDatabase(db: Kysely<Database>): Promise<void> {
  await sql`select 1`.execute(db);
}
