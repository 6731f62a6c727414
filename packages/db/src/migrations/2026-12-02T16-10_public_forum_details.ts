import { type Kysely, sql } from "kysely";

// Frozen in time: this migration must not import the live schema or domain code.

// What the public forum page needs beyond a date and a venue name (issue 16, part 1): the day's start and end
// times, the venue's postal address, how to take part online, a contact, the registration service's URL and
// the 主催 name; after the forum a 開催報告 (attendance, a markdown summary) shown only once published.
// A co-host agreement is shown on the public page only when confirmed AND marked publishable by the committee.
// The network's own pages (開催にあたり, 共有価値, …) are markdown the national team edits.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("forum_edition")
    .addColumn("starts_at", "text", (c) => c.check(sql`starts_at ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`))
    .addColumn("ends_at", "text", (c) => c.check(sql`ends_at ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`))
    .addColumn("venue_address", "text")
    .addColumn("online_info", "text")
    .addColumn("contact_organization", "text")
    .addColumn("contact_email", "text")
    .addColumn("contact_phone", "text")
    .addColumn("registration_url", "text", (c) => c.check(sql`registration_url ~ '^https?://'`))
    .addColumn("organizer_name", "text")
    .addColumn("report_attendance", "integer", (c) => c.check(sql`report_attendance >= 0`))
    .addColumn("report_summary", "text")
    .addColumn("report_published", "boolean", (c) => c.notNull().defaultTo(false))
    .execute();

  await db.schema
    .alterTable("cohost_agreement")
    .addColumn("publishable", "boolean", (c) => c.notNull().defaultTo(false))
    .execute();

  await db.schema
    .createTable("network_page")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("slug", "text", (c) => c.notNull().unique().check(sql`slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'`))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("published", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("network_page").execute();
  await db.schema.alterTable("cohost_agreement").dropColumn("publishable").execute();
  await db.schema
    .alterTable("forum_edition")
    .dropColumn("starts_at")
    .dropColumn("ends_at")
    .dropColumn("venue_address")
    .dropColumn("online_info")
    .dropColumn("contact_organization")
    .dropColumn("contact_email")
    .dropColumn("contact_phone")
    .dropColumn("registration_url")
    .dropColumn("organizer_name")
    .dropColumn("report_attendance")
    .dropColumn("report_summary")
    .dropColumn("report_published")
    .execute();
}
