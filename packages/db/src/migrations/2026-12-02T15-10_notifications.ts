import { type Kysely, sql } from "kysely";

// Frozen in time: this migration must not import the live schema or domain code.

// Notifications for one person each: shown in the app, sent by e-mail (held through the person's quiet time)
// or gathered into a daily digest. A reminder is keyed by its person, event and day (dedupe_key, unique per
// person), so a reminder run repeated, or run on two servers at once, adds each notification once. What a
// notification says is kept as facts (payload): titles, dates, places, counts and a link, never free text.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("notification")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("user_id", "uuid", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("dedupe_key", "text", (c) => c.notNull())
    .addColumn("source_type", "text")
    .addColumn("source_id", "text")
    .addColumn("payload", "jsonb", (c) => c.notNull())
    .addColumn("delivery", "text", (c) => c.notNull().check(sql`delivery in ('app', 'email', 'digest')`))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("read_at", "timestamptz")
    // When its e-mail may go (the end of a quiet time), and when it went (or went into a digest).
    .addColumn("email_after", "timestamptz")
    .addColumn("emailed_at", "timestamptz")
    .execute();
  await db.schema
    .createIndex("notification_dedupe_key")
    .on("notification")
    .columns(["user_id", "dedupe_key"])
    .unique()
    .execute();
  await db.schema
    .createIndex("notification_user_idx")
    .on("notification")
    .columns(["user_id", "created_at desc"])
    .execute();
  await db.schema
    .createIndex("notification_unread_idx")
    .on("notification")
    .column("user_id")
    .where(sql.ref("read_at"), "is", null)
    .execute();
  await db.schema
    .createIndex("notification_mail_due_idx")
    .on("notification")
    .columns(["delivery", "email_after"])
    .where(sql.ref("emailed_at"), "is", null)
    .execute();

  await db.schema
    .createTable("notification_setting")
    .addColumn("user_id", "uuid", (c) => c.primaryKey().references("app_user.id").onDelete("cascade"))
    .addColumn("language", "text", (c) => c.notNull().check(sql`language in ('ja', 'en')`))
    .addColumn("quiet_from", "text", (c) => c.check(sql`quiet_from ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`))
    .addColumn("quiet_until", "text", (c) => c.check(sql`quiet_until ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("notification_setting_quiet_check", sql`(quiet_from is null) = (quiet_until is null)`)
    .execute();

  await db.schema
    .createTable("notification_preference")
    .addColumn("user_id", "uuid", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
    .addColumn("topic", "text", (c) => c.notNull())
    .addColumn("channel", "text", (c) => c.notNull().check(sql`channel in ('app', 'email', 'digest', 'off')`))
    .addPrimaryKeyConstraint("notification_preference_pk", ["user_id", "topic"])
    .execute();

  // One digest per person and Japan day: the first server to insert the row sends it.
  await db.schema
    .createTable("notification_digest")
    .addColumn("user_id", "uuid", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
    .addColumn("day", "date", (c) => c.notNull())
    .addColumn("item_count", "integer", (c) => c.notNull())
    .addColumn("sent_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("notification_digest_pk", ["user_id", "day"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("notification_digest").execute();
  await db.schema.dropTable("notification_preference").execute();
  await db.schema.dropTable("notification_setting").execute();
  await db.schema.dropTable("notification").execute();
}
