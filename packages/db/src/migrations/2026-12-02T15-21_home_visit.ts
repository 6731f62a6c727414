import { type Kysely, sql } from "kysely";

// Frozen in time: this migration must not import the live schema or domain code.

// The home page (「今日やること」) shows survey answers that came in since the person last looked at it, so the
// time of that visit is kept per user. Its lists read open tasks by assignee, the next and the recent meetings
// across all regions (the national team's home) and a survey's answers after a time: one index for each.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("app_user").addColumn("home_seen_at", "timestamptz").execute();
  await sql`create index task_open_assignee_idx on task (assignee_id, due_on) where status <> 'done'`.execute(
    db,
  );
  await sql`create index meeting_held_idx on meeting (held_on)`.execute(db);
  await sql`create index survey_response_submitted_idx on survey_response (survey_id, submitted_at)`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("survey_response_submitted_idx").execute();
  await db.schema.dropIndex("meeting_held_idx").execute();
  await db.schema.dropIndex("task_open_assignee_idx").execute();
  await db.schema.alterTable("app_user").dropColumn("home_seen_at").execute();
}
