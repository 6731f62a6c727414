import { type Kysely, sql } from "kysely";

// Frozen in time: this migration must not import the live schema or domain code.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("task_comment")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("task_id", "uuid", (c) => c.notNull().references("task.id").onDelete("cascade"))
    .addColumn("author_id", "uuid", (c) => c.references("app_user.id").onDelete("set null"))
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex("task_comment_task_idx")
    .on("task_comment")
    .columns(["task_id", "created_at"])
    .execute();
  await db.schema
    .createIndex("task_assignee_status_idx")
    .on("task")
    .columns(["assignee_id", "status", "due_on"])
    .execute();
  await db.schema.createIndex("task_due_idx").on("task").columns(["due_on", "id"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("task_due_idx").execute();
  await db.schema.dropIndex("task_assignee_status_idx").execute();
  await db.schema.dropTable("task_comment").execute();
}
