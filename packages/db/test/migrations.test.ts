import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { migrateDown, migrateToEmpty, migrateToLatest, prepareDatabase } from "../src/index";
import { createEmptyTestDatabase, createTestDatabase } from "../src/testing/index";

const emptyDatabase = () => createEmptyTestDatabase("m");

async function tableNames(db: Parameters<typeof migrateToLatest>[0]): Promise<string[]> {
  const result = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_name not like 'kysely_%' order by 1`.execute(db);
  return result.rows.map((r) => r.name);
}

describe("migrations", () => {
  it("run up, down to nothing, and up again on an empty database", async () => {
    const handle = await emptyDatabase();
    try {
      const applied = await prepareDatabase(handle.db);
      expect(applied.length).toBeGreaterThan(0);
      expect(await tableNames(handle.db)).toContain("forum_edition");
      await migrateToEmpty(handle.db);
      expect(await tableNames(handle.db)).toEqual([]);
      await migrateToLatest(handle.db);
      expect(await tableNames(handle.db)).toContain("audit_log");
      expect(await migrateToLatest(handle.db)).toEqual([]);
    } finally {
      await handle.close();
    }
    // Every migration three times over on a fresh embedded database: ~10 s on a quiet machine, more under load.
  }, 120_000);

  it("apply a migration the database lacks even though all the others are there", async () => {
    const handle = await createTestDatabase();
    try {
      const [latest] = await migrateDown(handle.db);
      expect(latest).toMatch(/^↓ /);
      expect(await migrateToLatest(handle.db)).toEqual([latest?.replace("↓", "↑")]);
      expect(await migrateToLatest(handle.db)).toEqual([]);
    } finally {
      await handle.close();
    }
  });

  it("leave the test database (either engine) migrated with the 47 prefectures", async () => {
    const handle = await createTestDatabase();
    try {
      const count = await handle.db
        .selectFrom("prefecture")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      expect(Number(count.n)).toBe(47);
      expect(await migrateToLatest(handle.db)).toEqual([]);
    } finally {
      await handle.close();
    }
  });
});
