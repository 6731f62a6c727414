import { type Kysely, sql } from "kysely";

// Frozen in time: this migration must not import the live schema or domain code.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("survey")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("region_id", "uuid", (c) => c.notNull().references("region.id").onDelete("cascade"))
    .addColumn("edition_id", "uuid", (c) => c.references("forum_edition.id").onDelete("set null"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("introduction", "text")
    .addColumn("opens_on", "date", (c) => c.notNull())
    .addColumn("closes_on", "date", (c) => c.notNull())
    .addColumn("status", "text", (c) =>
      c.notNull().defaultTo("draft").check(sql`status in ('draft', 'published', 'closed')`),
    )
    .addColumn("asks_organization_type", "boolean", (c) => c.notNull().defaultTo(true))
    // The public answer link: 256 random bits, base64url.
    .addColumn("public_token", "text", (c) => c.notNull().unique())
    .addColumn("copied_from_id", "uuid", (c) => c.references("survey.id").onDelete("set null"))
    .addColumn("response_count", "integer", (c) => c.notNull().defaultTo(0))
    // The region timeline's 「回答受付開始」 entry, moved when the opening date moves.
    .addColumn("opening_entry_id", "uuid", (c) => c.references("timeline_entry.id").onDelete("set null"))
    .addColumn("published_at", "timestamptz")
    .addColumn("closed_at", "timestamptz")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("survey_period_check", sql`opens_on <= closes_on`)
    .execute();
  await db.schema
    .createIndex("survey_region_idx")
    .on("survey")
    .columns(["region_id", "opens_on desc"])
    .execute();

  await db.schema
    .createTable("survey_question")
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("survey_id", "uuid", (c) => c.notNull().references("survey.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("kind", "text", (c) =>
      c.notNull().check(sql`kind in ('single', 'multiple', 'scale', 'shortText', 'longText')`),
    )
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("help", "text")
    .addColumn("required", "boolean", (c) => c.notNull())
    .addColumn("options", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("scale_min_label", "text")
    .addColumn("scale_max_label", "text")
    .addPrimaryKeyConstraint("survey_question_pkey", ["survey_id", "id"])
    .execute();

  await db.schema
    .createTable("survey_response")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("survey_id", "uuid", (c) => c.notNull().references("survey.id").onDelete("cascade"))
    .addColumn("number", "integer", (c) => c.notNull())
    .addColumn("idempotency_key", "uuid", (c) => c.notNull())
    .addColumn("submitted_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("respondent_organization_type", "text")
    .addColumn("answers", "jsonb", (c) => c.notNull())
    .addUniqueConstraint("survey_response_idempotency_key", ["survey_id", "idempotency_key"])
    .addUniqueConstraint("survey_response_number_key", ["survey_id", "number"])
    .execute();

  // Free-text answers again, one row each, so a question's answers page from an index whatever the volume.
  await db.schema
    .createTable("survey_text_answer")
    .addColumn("survey_id", "uuid", (c) => c.notNull().references("survey.id").onDelete("cascade"))
    .addColumn("question_id", "text", (c) => c.notNull())
    .addColumn("response_number", "integer", (c) => c.notNull())
    .addColumn("submitted_at", "timestamptz", (c) => c.notNull())
    .addColumn("respondent_organization_type", "text")
    .addColumn("text", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("survey_text_answer_pkey", ["survey_id", "question_id", "response_number"])
    .execute();

  // Running counts behind the results: per question and answer value (option id, scale value, or '*' for
  // "answered at all"), per respondent organization type ('' when none was given). Kept in the same
  // transaction as each response, so results read a few hundred rows however many answers there are.
  await db.schema
    .createTable("survey_tally")
    .addColumn("survey_id", "uuid", (c) => c.notNull().references("survey.id").onDelete("cascade"))
    .addColumn("question_id", "text", (c) => c.notNull())
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("organization_type", "text", (c) => c.notNull())
    .addColumn("count", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("survey_tally_pkey", ["survey_id", "question_id", "value", "organization_type"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("survey_tally").execute();
  await db.schema.dropTable("survey_text_answer").execute();
  await db.schema.dropTable("survey_response").execute();
  await db.schema.dropTable("survey_question").execute();
  await db.schema.dropTable("survey").execute();
}
