import { type Kysely, sql } from "kysely";

// Frozen in time: this migration must not import the live schema or domain code.
// The forum's program times, announcements (お知らせ), the retrospective, and private calendar feed links.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("forum_session")
    .addColumn("starts_at", "time")
    .addColumn("ends_at", "time")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .alterTable("forum_session")
    .addCheckConstraint(
      "forum_session_times_check",
      sql`(ends_at is null or (starts_at is not null and ends_at > starts_at))`,
    )
    .execute();

  await db.schema
    .createTable("announcement")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("edition_id", "uuid", (c) => c.notNull().references("forum_edition.id").onDelete("cascade"))
    .addColumn("announced_on", "date", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) =>
      c.notNull().defaultTo("draft").check(sql`status in ('draft', 'published')`),
    )
    .addColumn("origin", "text", (c) => c.check(sql`origin in ('venue_full')`))
    .addColumn("published_at", "timestamptz")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      "announcement_published_check",
      sql`(status = 'published') = (published_at is not null)`,
    )
    .execute();
  await db.schema
    .createIndex("announcement_edition_idx")
    .on("announcement")
    .columns(["edition_id", "announced_on desc"])
    .execute();
  // The venue-full notice is written once per edition, even when two writes fill the venue at the same time.
  await db.schema
    .createIndex("announcement_venue_full_key")
    .on("announcement")
    .column("edition_id")
    .unique()
    .where(sql.ref("origin"), "=", "venue_full")
    .execute();

  await db.schema
    .createTable("edition_retrospective")
    .addColumn("edition_id", "uuid", (c) => c.primaryKey().references("forum_edition.id").onDelete("cascade"))
    .addColumn("venue_attendance", "integer", (c) => c.check(sql`venue_attendance >= 0`))
    .addColumn("online_attendance", "integer", (c) => c.check(sql`online_attendance >= 0`))
    .addColumn("survey_url", "text")
    .addColumn("notes", "text")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // Only a SHA-256 hash of the token is kept: the link is shown once, when it is made.
  await db.schema
    .createTable("feed_token")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("user_id", "uuid", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("last_used_at", "timestamptz")
    .addColumn("revoked_at", "timestamptz")
    .execute();
  await db.schema.createIndex("feed_token_user_idx").on("feed_token").column("user_id").execute();

  // The public page and feed read a region's public entries only.
  await db.schema
    .createIndex("timeline_entry_public_idx")
    .on("timeline_entry")
    .columns(["region_id", "occurred_on desc"])
    .where(sql.ref("is_public"), "=", true)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("timeline_entry_public_idx").execute();
  await db.schema.dropTable("feed_token").execute();
  await db.schema.dropTable("edition_retrospective").execute();
  await db.schema.dropTable("announcement").execute();
  await db.schema.alterTable("forum_session").dropConstraint("forum_session_times_check").execute();
  await db.schema
    .alterTable("forum_session")
    .dropColumn("version")
    .dropColumn("ends_at")
    .dropColumn("starts_at")
    .execute();
}
