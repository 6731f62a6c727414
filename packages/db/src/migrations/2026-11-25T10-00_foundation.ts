import { type Kysely, sql } from "kysely";

// Frozen in time: this migration must not import the live schema or domain code.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("prefecture")
    .addColumn("code", sql`char(2)`, (c) => c.primaryKey())
    .addColumn("name_ja", "text", (c) => c.notNull().unique())
    .addColumn("name_romaji", "text", (c) => c.notNull())
    .addColumn("block", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("region")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("slug", "text", (c) => c.notNull().unique().check(sql`slug ~ '^[a-z0-9-]+$'`))
    .addColumn("name_ja", "text", (c) => c.notNull())
    .addColumn("name_en", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('prefecture', 'area')`))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("region_prefecture")
    .addColumn("region_id", "uuid", (c) => c.notNull().references("region.id").onDelete("cascade"))
    .addColumn("prefecture_code", sql`char(2)`, (c) => c.notNull().references("prefecture.code"))
    .addPrimaryKeyConstraint("region_prefecture_pk", ["region_id", "prefecture_code"])
    .execute();
  await db.schema
    .createIndex("region_prefecture_prefecture_idx")
    .on("region_prefecture")
    .column("prefecture_code")
    .execute();

  await db.schema
    .createTable("forum_edition")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("region_id", "uuid", (c) => c.notNull().references("region.id").onDelete("cascade"))
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("stage", "text", (c) =>
      c
        .notNull()
        .check(
          sql`stage in ('concept', 'approach', 'coordinating', 'decided', 'announced', 'accepting', 'held', 'retrospective', 'postponed')`,
        ),
    )
    .addColumn("held_on", "date")
    .addColumn("venue_name", "text")
    .addColumn("venue_capacity", "integer", (c) => c.check(sql`venue_capacity >= 0`))
    .addColumn("online_capacity", "integer", (c) => c.check(sql`online_capacity >= 0`))
    .addColumn("venue_registrations", "integer", (c) =>
      c.notNull().defaultTo(0).check(sql`venue_registrations >= 0`),
    )
    .addColumn("online_registrations", "integer", (c) =>
      c.notNull().defaultTo(0).check(sql`online_registrations >= 0`),
    )
    .addColumn("venue_full_from", "date")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint("forum_edition_region_year_key", ["region_id", "year"])
    .execute();

  await db.schema
    .createTable("forum_session")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("edition_id", "uuid", (c) => c.notNull().references("forum_edition.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("kind", "text", (c) =>
      c.notNull().check(sql`kind in ('keynote', 'panel', 'report', 'exchange')`),
    )
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("subtitle", "text")
    .addUniqueConstraint("forum_session_edition_position_key", ["edition_id", "position"])
    .execute();

  await db.schema
    .createTable("session_speaker")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("session_id", "uuid", (c) => c.notNull().references("forum_session.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("affiliation", "text")
    .addColumn("title", "text")
    .addUniqueConstraint("session_speaker_session_position_key", ["session_id", "position"])
    .execute();

  await db.schema
    .createTable("meeting")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("region_id", "uuid", (c) => c.notNull().references("region.id").onDelete("cascade"))
    .addColumn("edition_id", "uuid", (c) => c.references("forum_edition.id").onDelete("set null"))
    .addColumn("kind", "text", (c) =>
      c.notNull().check(sql`kind in ('briefing', 'planning', 'committee', 'other')`),
    )
    .addColumn("held_on", "date", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("place", "text")
    .addColumn("summary", "text")
    .addColumn("next_meeting_on", "date")
    .addColumn("next_meeting_precision", "text", (c) =>
      c.check(sql`next_meeting_precision in ('day', 'month')`),
    )
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      "meeting_next_meeting_pair_check",
      sql`(next_meeting_on is null) = (next_meeting_precision is null)`,
    )
    .execute();
  await db.schema
    .createIndex("meeting_region_held_idx")
    .on("meeting")
    .columns(["region_id", "held_on desc"])
    .execute();

  await db.schema
    .createTable("timeline_entry")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("region_id", "uuid", (c) => c.notNull().references("region.id").onDelete("cascade"))
    .addColumn("occurred_on", "date", (c) => c.notNull())
    .addColumn("precision", "text", (c) =>
      c.notNull().defaultTo("day").check(sql`precision in ('day', 'month')`),
    )
    .addColumn("kind", "text", (c) =>
      c
        .notNull()
        .check(
          sql`kind in ('meeting', 'hearing', 'survey', 'agreement', 'milestone', 'edition', 'announcement', 'note')`,
        ),
    )
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("body", "text")
    .addColumn("is_public", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("source_type", "text")
    .addColumn("source_id", "uuid")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex("timeline_entry_region_occurred_idx")
    .on("timeline_entry")
    .columns(["region_id", "occurred_on desc", "created_at desc"])
    .execute();

  await db.schema
    .createTable("audit_log")
    .addColumn("id", "bigint", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("occurred_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("actor_id", "uuid")
    .addColumn("action", "text", (c) => c.notNull().check(sql`action in ('create', 'update', 'delete')`))
    .addColumn("record_type", "text", (c) => c.notNull())
    .addColumn("record_id", "text", (c) => c.notNull())
    .addColumn("region_id", "uuid")
    .addColumn("before", "jsonb")
    .addColumn("after", "jsonb")
    .execute();
  await db.schema
    .createIndex("audit_log_record_idx")
    .on("audit_log")
    .columns(["record_type", "record_id"])
    .execute();
  await db.schema.createIndex("audit_log_occurred_idx").on("audit_log").column("occurred_at desc").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "audit_log",
    "timeline_entry",
    "meeting",
    "session_speaker",
    "forum_session",
    "forum_edition",
    "region_prefecture",
    "region",
    "prefecture",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
