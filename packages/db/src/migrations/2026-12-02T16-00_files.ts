import { type Kysely, sql } from "kysely";

// Frozen in time: this migration must not import the live schema or domain code.

// File attachments (flyers, handouts, signed agreements) on meetings, hearings, forum editions and tasks, kept
// in the database so that every server behind a load balancer serves the same files. A file's row holds what
// lists show; its content is in rows of up to 256 KB (file_chunk), written and read one row at a time so that
// no upload or download holds a whole file in memory. Each file names its record through its own foreign key
// (exactly one is set): purging the record removes its files and their content with it. An upload writes its
// chunks first and becomes a file (complete) in one audited transaction at the end; an upload cut short is
// removed, and any left behind by a crash is never listed.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("file")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("region_id", "uuid", (c) => c.notNull().references("region.id").onDelete("cascade"))
    .addColumn("record_type", "text", (c) =>
      c.notNull().check(sql`record_type in ('meeting', 'hearing', 'forum_edition', 'task')`),
    )
    .addColumn("meeting_id", "uuid", (c) => c.references("meeting.id").onDelete("cascade"))
    .addColumn("hearing_id", "uuid", (c) => c.references("hearing.id").onDelete("cascade"))
    .addColumn("edition_id", "uuid", (c) => c.references("forum_edition.id").onDelete("cascade"))
    .addColumn("task_id", "uuid", (c) => c.references("task.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("content_type", "text", (c) => c.notNull())
    .addColumn("size_bytes", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("sha256", "text")
    .addColumn("complete", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("public_flyer", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("uploaded_by", "uuid", (c) => c.references("app_user.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("deleted_at", "timestamptz")
    .addColumn("deleted_by", "uuid", (c) => c.references("app_user.id").onDelete("set null"))
    .addCheckConstraint("file_one_record", sql`num_nonnulls(meeting_id, hearing_id, edition_id, task_id) = 1`)
    .execute();
  for (const column of ["meeting_id", "hearing_id", "edition_id", "task_id"]) {
    await db.schema
      .createIndex(`file_${column}_idx`)
      .on("file")
      .column(column)
      .where(sql.ref(column), "is not", null)
      .execute();
  }
  // A region's total (the quota) sums its live files.
  await db.schema
    .createIndex("file_region_live_idx")
    .on("file")
    .columns(["region_id"])
    .where(sql.ref("deleted_at"), "is", null)
    .execute();
  await db.schema
    .createTable("file_chunk")
    .addColumn("file_id", "uuid", (c) => c.notNull().references("file.id").onDelete("cascade"))
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("data", "bytea", (c) => c.notNull())
    .addPrimaryKeyConstraint("file_chunk_pk", ["file_id", "seq"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("file_chunk").execute();
  await db.schema.dropTable("file").execute();
}
