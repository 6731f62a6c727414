import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { migrateToLatest } from "../src/index";
import { migrateTo } from "../src/migrate";
import { createEmptyTestDatabase } from "../src/testing/index";

const emptyDatabase = () => createEmptyTestDatabase("repair");

type DB = Awaited<ReturnType<typeof emptyDatabase>>["db"];

async function taskIndexes(db: DB): Promise<string[]> {
  const result = await sql<{ def: string }>`
    select indexdef as def from pg_indexes where tablename = 'task' order by indexname`.execute(db);
  return result.rows.map((r) => r.def);
}

describe("a database migrated before 2026-11-25T17-00_milestones gained its index", {
  timeout: 120_000,
}, () => {
  it("migrates to the latest version and ends with the same task indexes as a fresh database", async () => {
    const fresh = await emptyDatabase();
    const between = await emptyDatabase();
    try {
      await migrateToLatest(fresh.db);
      // T17 as it first landed: applied, but without task_open_priority_idx.
      await migrateTo(between.db, "2026-11-25T17-00_milestones");
      await sql`drop index task_open_priority_idx`.execute(between.db);

      const applied = await migrateToLatest(between.db);
      expect(applied[0]).toMatch(/task_open_priority_idx/);
      expect(applied).toContain("↑ 2026-11-25T18-00_task_list_performance");
      expect(await taskIndexes(between.db)).toEqual(await taskIndexes(fresh.db));
      expect(await taskIndexes(fresh.db)).toContainEqual(
        expect.stringMatching(/task_open_priority_idx [\s\S]*INCLUDE \(status, priority\)/),
      );
    } finally {
      await fresh.close();
      await between.close();
    }
  });
});
