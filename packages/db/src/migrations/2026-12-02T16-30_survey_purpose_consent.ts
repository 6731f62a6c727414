import type { Kysely } from "kysely";

// Frozen in time: this migration must not import the live schema or domain code.

// Privacy by design (APPI): a survey states the purpose its answers are used for, shown at the top of the answer
// page (null: the standard text), and each answer records whether its respondent agreed to that purpose, which
// free-text answers require.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("survey").addColumn("purpose_of_use", "text").execute();
  await db.schema
    .alterTable("survey_response")
    .addColumn("text_consent", "boolean", (col) => col.notNull().defaultTo(false))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("survey_response").dropColumn("text_consent").execute();
  await db.schema.alterTable("survey").dropColumn("purpose_of_use").execute();
}
