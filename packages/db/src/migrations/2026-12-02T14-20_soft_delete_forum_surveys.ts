import { type Kysely, sql } from "kysely";

// Frozen in time: this migration must not import the live schema or domain code.

// Announcements, program sessions and speakers, surveys and single survey answers are deleted softly: the row
// stays (who deleted it, when) so its region's committee can restore it for a while. Speakers get a version of
// their own, so an edit made from a stale screen is refused. A deleted session or speaker no longer holds its
// place in the program: positions are unique among the ones still there.

const tables = ["announcement", "forum_session", "session_speaker", "survey", "survey_response"] as const;

export async function up(db: Kysely<any>): Promise<void> {
  for (const table of tables) {
    await db.schema
      .alterTable(table)
      .addColumn("deleted_at", "timestamptz")
      .addColumn("deleted_by", "uuid", (c) => c.references("app_user.id").onDelete("set null"))
      .execute();
  }
  await db.schema
    .alterTable("session_speaker")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema.alterTable("forum_session").dropConstraint("forum_session_edition_position_key").execute();
  await db.schema
    .createIndex("forum_session_edition_position_key")
    .on("forum_session")
    .columns(["edition_id", "position"])
    .unique()
    .where(sql.ref("deleted_at"), "is", null)
    .execute();
  await db.schema
    .alterTable("session_speaker")
    .dropConstraint("session_speaker_session_position_key")
    .execute();
  await db.schema
    .createIndex("session_speaker_session_position_key")
    .on("session_speaker")
    .columns(["session_id", "position"])
    .unique()
    .where(sql.ref("deleted_at"), "is", null)
    .execute();

  // The 削除済み view lists a region's deleted records of the last 30 days.
  for (const table of tables) {
    await db.schema
      .createIndex(`${table}_deleted_idx`)
      .on(table)
      .column("deleted_at")
      .where(sql.ref("deleted_at"), "is not", null)
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of tables) await db.schema.dropIndex(`${table}_deleted_idx`).execute();
  // Going back means forgetting what was deleted: the old tables have no way to hide a row. A deleted answer is
  // already out of its survey's tallies and count, so removing it leaves them right.
  await sql`delete from survey_response where deleted_at is not null`.execute(db);
  await sql`delete from survey where deleted_at is not null`.execute(db);
  await sql`delete from announcement where deleted_at is not null`.execute(db);
  await sql`delete from session_speaker where deleted_at is not null`.execute(db);
  await sql`delete from forum_session where deleted_at is not null`.execute(db);

  await db.schema.dropIndex("session_speaker_session_position_key").execute();
  await db.schema
    .alterTable("session_speaker")
    .addUniqueConstraint("session_speaker_session_position_key", ["session_id", "position"])
    .execute();
  await db.schema.dropIndex("forum_session_edition_position_key").execute();
  await db.schema
    .alterTable("forum_session")
    .addUniqueConstraint("forum_session_edition_position_key", ["edition_id", "position"])
    .execute();

  await db.schema.alterTable("session_speaker").dropColumn("version").execute();
  for (const table of tables) {
    await db.schema.alterTable(table).dropColumn("deleted_by").dropColumn("deleted_at").execute();
  }
}
