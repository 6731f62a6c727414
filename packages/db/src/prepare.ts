import type { Kysely } from "kysely";
import { migrateToLatest } from "./migrate";
import { syncPrefectures } from "./queries/reference";
import type { Database } from "./schema";

/** What every start does: pending migrations, then reference data. Returns the migrations applied. */
export async function prepareDatabase(db: Kysely<Database>): Promise<string[]> {
  const applied = await migrateToLatest(db);
  await syncPrefectures(db);
  return applied;
}
