import { type Kysely, sql } from "kysely";

// Frozen in time: this migration must not import the live schema or domain code.

// Meetings, hearings and timeline entries can be corrected and deleted. Deleting is soft: the row stays with who
// deleted it and when, every list leaves it out, and its region's committee can restore it for 30 days. A timeline
// entry gains a version so that editing a note is optimistic like every other record.

const TABLES = ["meeting", "hearing", "timeline_entry"] as const;

export async function up(db: Kysely<any>): Promise<void> {
  for (const table of TABLES) {
    await db.schema
      .alterTable(table)
      .addColumn("deleted_at", "timestamptz")
      .addColumn("deleted_by", "uuid", (col) => col.references("app_user.id").onDelete("set null"))
      .execute();
    // The 削除済み view lists a region's deleted records, newest first; few rows, so a partial index.
    await db.schema
      .createIndex(`${table}_deleted_idx`)
      .on(table)
      .columns(["region_id", "deleted_at desc"])
      .where(sql.ref("deleted_at"), "is not", null)
      .execute();
  }
  await db.schema
    .alterTable("timeline_entry")
    .addColumn("version", "integer", (col) => col.notNull().defaultTo(1))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("timeline_entry").dropColumn("version").execute();
  for (const table of TABLES) {
    await db.schema.dropIndex(`${table}_deleted_idx`).execute();
    await db.schema.alterTable(table).dropColumn("deleted_by").dropColumn("deleted_at").execute();
  }
}
