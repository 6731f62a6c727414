import { type Kysely, sql } from "kysely";

// Frozen in time: this migration must not import the live schema or domain code.

// The national team creates, renames and archives regions. A region carries a version (a stale rename
// conflicts) and an archive time: an archived region leaves the overview and the pickers, its records stay.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("region")
    .addColumn("archived_at", "timestamptz")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("region")
    .dropColumn("archived_at")
    .dropColumn("version")
    .dropColumn("updated_at")
    .execute();
}
