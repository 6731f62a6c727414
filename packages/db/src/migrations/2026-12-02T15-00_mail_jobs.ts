import { type Kysely, sql } from "kysely";

// Frozen in time: this migration must not import the live schema or domain code.

// Mail and accounts. Every message is first a row of `mail_outbox`, written in the transaction of the change
// that causes it: with an SMTP server it is delivered (and retried with back-off) by a job, without one it
// stays there for the national team to read. Password resets and e-mail changes are one-time links whose
// tokens are stored only as SHA-256, like invitations. Sessions remember the browser they were opened in, so a
// person can tell their devices apart. The job queue (pg-boss) keeps its own tables in the `pgboss` schema,
// created by pg-boss itself at start; `down` removes them too.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("mail_outbox")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("to_address", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) =>
      c.notNull().defaultTo("pending").check(sql`status in ('pending', 'sent', 'failed')`),
    )
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("last_error", "text")
    .addColumn("sent_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex("mail_outbox_due_idx")
    .on("mail_outbox")
    .column("next_attempt_at")
    .where(sql.ref("status"), "=", "pending")
    .execute();
  await db.schema
    .createIndex("mail_outbox_created_idx")
    .on("mail_outbox")
    .column("created_at desc")
    .execute();

  await db.schema
    .createTable("password_reset")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("user_id", "uuid", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
    .addColumn("created_by", "uuid", (c) => c.references("app_user.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .addColumn("used_at", "timestamptz")
    .execute();
  await db.schema.createIndex("password_reset_user_idx").on("password_reset").column("user_id").execute();

  await db.schema
    .createTable("email_change")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("user_id", "uuid", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
    .addColumn("new_email", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .addColumn("used_at", "timestamptz")
    .execute();
  await db.schema.createIndex("email_change_user_idx").on("email_change").column("user_id").execute();

  await db.schema.alterTable("user_session").addColumn("user_agent", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop schema if exists pgboss cascade`.execute(db);
  await db.schema.alterTable("user_session").dropColumn("user_agent").execute();
  for (const table of ["email_change", "password_reset", "mail_outbox"]) {
    await db.schema.dropTable(table).execute();
  }
}
