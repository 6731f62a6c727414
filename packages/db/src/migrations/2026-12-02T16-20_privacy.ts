import { type Kysely, sql } from "kysely";

// Frozen in time: this migration must not import the live schema or domain code.

// Privacy by design (要配慮個人情報, APPI):
// - a hearing records how the interviewee consented (書面 / 口頭 / none) and to what purpose; hearings recorded
//   before this have no consent on record (null);
// - a survey may keep its free-text answers only for a number of days after its closing day; the daily job
//   erases them then and notes when;
// - reads of free-text answers and hearing findings are logged: who, when, which record, what was read.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("hearing")
    .addColumn("consent", "text", (c) => c.check(sql`consent in ('written', 'verbal', 'none')`))
    .addColumn("consent_on", "date")
    .addColumn("purpose_of_use", "text")
    .execute();
  await db.schema
    .alterTable("survey")
    .addColumn("free_text_retention_days", "integer", (c) =>
      c.check(sql`free_text_retention_days between 1 and 3650`),
    )
    .addColumn("free_text_erased_at", "timestamptz")
    .execute();
  await db.schema
    .createTable("read_log")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("occurred_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("actor_id", "uuid", (c) => c.references("app_user.id").onDelete("set null"))
    .addColumn("record_type", "text", (c) => c.notNull())
    .addColumn("record_id", "uuid", (c) => c.notNull())
    .addColumn("region_id", "uuid", (c) => c.references("region.id").onDelete("set null"))
    .addColumn("what", "text", (c) => c.notNull())
    .execute();
  await sql`create index read_log_occurred_idx on read_log (occurred_at desc, id)`.execute(db);
  await sql`create index read_log_actor_idx on read_log (actor_id, occurred_at desc)`.execute(db);
  await sql`create index read_log_record_idx on read_log (record_id, occurred_at desc)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("read_log").execute();
  await db.schema
    .alterTable("survey")
    .dropColumn("free_text_erased_at")
    .dropColumn("free_text_retention_days")
    .execute();
  await db.schema
    .alterTable("hearing")
    .dropColumn("purpose_of_use")
    .dropColumn("consent_on")
    .dropColumn("consent")
    .execute();
}
