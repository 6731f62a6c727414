import { type Kysely, sql } from "kysely";

// Frozen in time: this migration must not import the live schema or domain code.

// Organizations, co-host agreements, tasks and task comments can be corrected and deleted. Deleting is soft: the
// row stays (deleted_at, deleted_by) so the region's committee can restore it for a while. A wrongly recorded
// co-host transition is corrected by a new event that names the one it corrects; both stay in the history.
// Comments become editable by their authors (version, edited_at).

const SOFT_DELETED = ["organization", "cohost_agreement", "task", "task_comment"] as const;

// The task table's page of ids comes from an index-only scan of the open-task indexes; the list now also asks
// for live tasks, so they carry that condition too (else each row would be read from the table to check it).
const PRIORITY_RANK = sql`(case priority when 'high' then 0 when 'normal' then 1 else 2 end)`;

async function openTaskIndexes(db: Kysely<any>, live: boolean): Promise<void> {
  const where = live ? sql`status <> 'done' and deleted_at is null` : sql`status <> 'done'`;
  await db.schema.dropIndex("task_open_priority_idx").execute();
  await sql`create index task_open_priority_idx on task (${PRIORITY_RANK}, id) include (status, priority) where ${where}`.execute(
    db,
  );
  await db.schema.dropIndex("task_open_due_idx").execute();
  await sql`create index task_open_due_idx on task (due_on, id) include (status) where ${where}`.execute(db);
}

export async function up(db: Kysely<any>): Promise<void> {
  for (const table of SOFT_DELETED) {
    await db.schema
      .alterTable(table)
      .addColumn("deleted_at", "timestamptz")
      .addColumn("deleted_by", "uuid", (c) => c.references("app_user.id").onDelete("set null"))
      .execute();
  }
  await db.schema
    .alterTable("task_comment")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("edited_at", "timestamptz")
    .execute();
  await db.schema
    .alterTable("agreement_event")
    .addColumn("corrects_id", "uuid", (c) => c.references("agreement_event.id").onDelete("cascade"))
    .execute();
  await db.schema
    .createIndex("agreement_event_corrects_idx")
    .on("agreement_event")
    .column("corrects_id")
    .where(sql.ref("corrects_id"), "is not", null)
    .execute();
  await openTaskIndexes(db, true);
  // The 削除済み view lists a region's deleted records, newest first.
  for (const table of SOFT_DELETED) {
    await db.schema
      .createIndex(`${table}_deleted_idx`)
      .on(table)
      .column("deleted_at")
      .where(sql.ref("deleted_at"), "is not", null)
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await openTaskIndexes(db, false);
  for (const table of SOFT_DELETED) await db.schema.dropIndex(`${table}_deleted_idx`).execute();
  await db.schema.dropIndex("agreement_event_corrects_idx").execute();
  // Corrections are folded away: the corrected events keep what they said at first.
  await sql`delete from agreement_event where corrects_id is not null`.execute(db);
  await db.schema.alterTable("agreement_event").dropColumn("corrects_id").execute();
  await db.schema.alterTable("task_comment").dropColumn("edited_at").dropColumn("version").execute();
  // Deleted rows would come back to life without the column: they go, as a purge would take them.
  for (const table of [...SOFT_DELETED].reverse()) {
    await sql`delete from ${sql.table(table)} where deleted_at is not null`.execute(db);
    await db.schema.alterTable(table).dropColumn("deleted_by").dropColumn("deleted_at").execute();
  }
}
