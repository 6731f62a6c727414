import { type Kysely, sql } from "kysely";

// Frozen in time: this migration must not import the live schema or domain code.

const timestamps = <T extends { addColumn: (...args: any[]) => T }>(t: T): T =>
  t
    .addColumn("version", "integer", (c: any) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (c: any) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c: any) => c.notNull().defaultTo(sql`now()`));

export async function up(db: Kysely<any>): Promise<void> {
  await timestamps(
    db.schema
      .createTable("organization")
      .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("name_kana", "text")
      .addColumn("type", "text", (c) => c.notNull())
      .addColumn("prefecture_code", sql`char(2)`, (c) => c.references("prefecture.code"))
      // Name and kana folded (NFKC, hiragana as katakana, lower case) for search.
      .addColumn("search_text", "text", (c) => c.notNull())
      .addColumn("note", "text"),
  ).execute();
  await db.schema
    .createIndex("organization_prefecture_idx")
    .on("organization")
    .columns(["prefecture_code", "type"])
    .execute();
  await db.schema
    .createIndex("organization_name_key")
    .on("organization")
    .columns(["prefecture_code", "name"])
    .unique()
    .execute();

  await db.schema
    .createTable("organization_contact")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("organization_id", "uuid", (c) =>
      c.notNull().references("organization.id").onDelete("cascade"),
    )
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("title", "text")
    .addColumn("email", "text")
    .addColumn("phone", "text")
    .execute();
  await db.schema
    .createIndex("organization_contact_org_idx")
    .on("organization_contact")
    .column("organization_id")
    .execute();

  await timestamps(
    db.schema
      .createTable("cohost_agreement")
      .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
      .addColumn("edition_id", "uuid", (c) => c.notNull().references("forum_edition.id").onDelete("cascade"))
      .addColumn("organization_id", "uuid", (c) => c.notNull().references("organization.id"))
      .addColumn("role", "text", (c) => c.notNull().check(sql`role in ('cohost', 'sponsor', 'cooperation')`))
      .addColumn("status", "text", (c) =>
        c.notNull().check(sql`status in ('proposed', 'negotiating', 'agreed', 'confirmed', 'declined')`),
      )
      .addColumn("status_changed_on", "date", (c) => c.notNull())
      .addColumn("next_step_on", "date")
      .addColumn("next_step", "text")
      .addUniqueConstraint("cohost_agreement_edition_org_key", ["edition_id", "organization_id"]),
  ).execute();
  await db.schema
    .createIndex("cohost_agreement_status_idx")
    .on("cohost_agreement")
    .columns(["status", "status_changed_on"])
    .execute();

  await db.schema
    .createTable("agreement_event")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("agreement_id", "uuid", (c) =>
      c.notNull().references("cohost_agreement.id").onDelete("cascade"),
    )
    .addColumn("from_status", "text")
    .addColumn("to_status", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("actor_id", "uuid", (c) => c.references("app_user.id").onDelete("set null"))
    .addColumn("occurred_on", "date", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex("agreement_event_agreement_idx")
    .on("agreement_event")
    .columns(["agreement_id", "created_at"])
    .execute();

  await db.schema
    .alterTable("meeting")
    .addColumn("start_time", "time")
    .addColumn("end_time", "time")
    .addColumn("online", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("agenda", "text")
    .addColumn("minutes", "text")
    .addColumn("decisions", "text")
    .addColumn("attendees", "text")
    .execute();
  await db.schema
    .createTable("meeting_organization")
    .addColumn("meeting_id", "uuid", (c) => c.notNull().references("meeting.id").onDelete("cascade"))
    .addColumn("organization_id", "uuid", (c) =>
      c.notNull().references("organization.id").onDelete("cascade"),
    )
    .addPrimaryKeyConstraint("meeting_organization_pk", ["meeting_id", "organization_id"])
    .execute();

  await timestamps(
    db.schema
      .createTable("task")
      .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
      .addColumn("region_id", "uuid", (c) => c.notNull().references("region.id").onDelete("cascade"))
      .addColumn("edition_id", "uuid", (c) => c.references("forum_edition.id").onDelete("set null"))
      .addColumn("meeting_id", "uuid", (c) => c.references("meeting.id").onDelete("set null"))
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("description", "text")
      .addColumn("assignee_id", "uuid", (c) => c.references("app_user.id").onDelete("set null"))
      .addColumn("status", "text", (c) =>
        c.notNull().defaultTo("todo").check(sql`status in ('todo', 'doing', 'blocked', 'done')`),
      )
      .addColumn("priority", "text", (c) =>
        c.notNull().defaultTo("normal").check(sql`priority in ('low', 'normal', 'high')`),
      )
      .addColumn("due_on", "date"),
  ).execute();
  await db.schema
    .createIndex("task_region_status_idx")
    .on("task")
    .columns(["region_id", "status", "due_on"])
    .execute();
  await db.schema.createIndex("task_meeting_idx").on("task").column("meeting_id").execute();

  await db.schema
    .createTable("hearing_theme")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("name_ja", "text", (c) => c.notNull().unique())
    .addColumn("name_en", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("archived", "boolean", (c) => c.notNull().defaultTo(false))
    .execute();
  await db
    .insertInto("hearing_theme")
    .values(
      [
        ["地域の必要", "Local needs"],
        ["課題", "Challenges"],
        ["連携", "Collaboration"],
        ["制度", "Systems and law"],
        ["雇用", "Employment"],
      ].map(([name_ja, name_en], i) => ({ name_ja, name_en, position: i + 1 })),
    )
    .execute();

  await timestamps(
    db.schema
      .createTable("hearing")
      .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
      .addColumn("region_id", "uuid", (c) => c.notNull().references("region.id").onDelete("cascade"))
      .addColumn("organization_id", "uuid", (c) => c.notNull().references("organization.id"))
      .addColumn("held_on", "date", (c) => c.notNull())
      .addColumn("interviewer", "text", (c) => c.notNull())
      .addColumn("respondent", "text")
      .addColumn("summary", "text"),
  ).execute();
  await db.schema
    .createIndex("hearing_region_held_idx")
    .on("hearing")
    .columns(["region_id", "held_on desc"])
    .execute();

  await db.schema
    .createTable("hearing_finding")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("hearing_id", "uuid", (c) => c.notNull().references("hearing.id").onDelete("cascade"))
    .addColumn("theme_id", "uuid", (c) => c.notNull().references("hearing_theme.id"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("hearing_finding_theme_idx")
    .on("hearing_finding")
    .columns(["theme_id", "hearing_id"])
    .execute();
  await db.schema
    .createIndex("hearing_finding_hearing_idx")
    .on("hearing_finding")
    .column("hearing_id")
    .execute();

  await db.schema
    .createIndex("timeline_entry_source_idx")
    .on("timeline_entry")
    .columns(["source_type", "source_id"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("timeline_entry_source_idx").execute();
  for (const table of [
    "hearing_finding",
    "hearing",
    "hearing_theme",
    "task",
    "meeting_organization",
    "agreement_event",
    "cohost_agreement",
    "organization_contact",
    "organization",
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema
    .alterTable("meeting")
    .dropColumn("start_time")
    .dropColumn("end_time")
    .dropColumn("online")
    .dropColumn("agenda")
    .dropColumn("minutes")
    .dropColumn("decisions")
    .dropColumn("attendees")
    .execute();
}
