import { type Kysely, sql } from "kysely";

// Frozen in time: this migration must not import the live schema or domain code.

// Records are deleted softly now: a deleted record can be restored for a while and purged by the national team.
// Both are changes the audit log keeps, under their own names, so a record's history reads as it happened.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("audit_log").dropConstraint("audit_log_action_check").execute();
  await db.schema
    .alterTable("audit_log")
    .addCheckConstraint(
      "audit_log_action_check",
      sql`action in ('create', 'update', 'delete', 'restore', 'purge')`,
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from audit_log where action in ('restore', 'purge')`.execute(db);
  await db.schema.alterTable("audit_log").dropConstraint("audit_log_action_check").execute();
  await db.schema
    .alterTable("audit_log")
    .addCheckConstraint("audit_log_action_check", sql`action in ('create', 'update', 'delete')`)
    .execute();
}
