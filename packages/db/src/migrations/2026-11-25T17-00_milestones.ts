import { type Kysely, sql } from "kysely";

// Frozen in time: this migration must not import the live schema or domain code.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("milestone_template")
    .addColumn("key", "text", (c) => c.primaryKey().check(sql`key ~ '^[a-z0-9_]+$'`))
    .addColumn("label_ja", "text", (c) => c.notNull())
    .addColumn("label_en", "text", (c) => c.notNull())
    .addColumn("offset_days", "integer", (c) => c.notNull().check(sql`offset_days between -730 and 365`))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db
    .insertInto("milestone_template")
    .values(
      [
        ["cohost_decided", "共催決定", "Co-host decided", -180],
        ["venue_booked", "会場確保", "Venue booked", -150],
        ["keynote_fixed", "基調講演者決定", "Keynote speaker fixed", -90],
        ["flyer_out", "チラシ配布", "Flyer out", -60],
        ["registration_open", "受付開始", "Registration open", -60],
        ["survey_ready", "アンケート準備", "Survey ready", -30],
        ["forum", "開催", "Forum", 0],
        ["retrospective", "振り返り", "Retrospective", 30],
      ].map(([key, label_ja, label_en, offset_days], i) => ({
        key,
        label_ja,
        label_en,
        offset_days,
        position: i + 1,
      })),
    )
    .execute();

  // Only what differs from the template is stored: a shift of the due date, or the day it was done.
  await db.schema
    .createTable("edition_milestone")
    .addColumn("edition_id", "uuid", (c) => c.notNull().references("forum_edition.id").onDelete("cascade"))
    .addColumn("template_key", "text", (c) =>
      c.notNull().references("milestone_template.key").onDelete("cascade"),
    )
    .addColumn("shift_days", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("done_on", "date")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("edition_milestone_pk", ["edition_id", "template_key"])
    .execute();

  await db.schema
    .createIndex("forum_edition_region_year_idx")
    .on("forum_edition")
    .columns(["region_id", "year desc"])
    .execute();
  await db.schema
    .createIndex("forum_edition_stage_idx")
    .on("forum_edition")
    .columns(["stage", "held_on"])
    .execute();
  // "Due this week and overdue" looks only at open tasks: years of done tasks must not be scanned.
  await db.schema
    .createIndex("task_open_due_idx")
    .on("task")
    .columns(["due_on", "id"])
    .where(sql.ref("status"), "<>", "done")
    .execute();
  // The task table's "by priority" order over open tasks, matching the expression the query sorts by.
  await sql`create index task_open_priority_idx on task ((case priority when 'high' then 0 when 'normal' then 1 else 2 end), id) where status <> 'done'`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("task_open_priority_idx").execute();
  await db.schema.dropIndex("task_open_due_idx").execute();
  await db.schema.dropIndex("forum_edition_stage_idx").execute();
  await db.schema.dropIndex("forum_edition_region_year_idx").execute();
  await db.schema.dropTable("edition_milestone").execute();
  await db.schema.dropTable("milestone_template").execute();
}
