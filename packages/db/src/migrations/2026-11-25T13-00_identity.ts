import { type Kysely, sql } from "kysely";

// Frozen in time: this migration must not import the live schema or domain code.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("app_user")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("email", "text", (c) =>
      c.notNull().check(sql`email = lower(email) and position('@' in email) > 1`),
    )
    .addColumn("display_name", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) =>
      c.notNull().check(sql`role in ('national', 'committee', 'probono', 'partner')`),
    )
    .addColumn("password_hash", "text")
    .addColumn("partner_edition_id", "uuid", (c) => c.references("forum_edition.id").onDelete("set null"))
    .addColumn("disabled_at", "timestamptz")
    .addColumn("failed_sign_ins", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("locked_until", "timestamptz")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("app_user_email_key").on("app_user").column("email").unique().execute();

  await db.schema
    .createTable("user_region")
    .addColumn("user_id", "uuid", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
    .addColumn("region_id", "uuid", (c) => c.notNull().references("region.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("user_region_pk", ["user_id", "region_id"])
    .execute();
  await db.schema.createIndex("user_region_region_idx").on("user_region").column("region_id").execute();

  // Sessions live in the database so several server processes share them; only a hash of the token is kept.
  await db.schema
    .createTable("user_session")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("user_id", "uuid", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("last_seen_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("user_session_user_idx").on("user_session").column("user_id").execute();

  await db.schema
    .createTable("invitation")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("user_id", "uuid", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
    .addColumn("created_by", "uuid", (c) => c.references("app_user.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .addColumn("used_at", "timestamptz")
    .execute();
  await db.schema.createIndex("invitation_user_idx").on("invitation").column("user_id").execute();

  await db.schema
    .createIndex("audit_log_actor_idx")
    .on("audit_log")
    .columns(["actor_id", "occurred_at desc"])
    .execute();
  await db.schema
    .createIndex("audit_log_region_idx")
    .on("audit_log")
    .columns(["region_id", "occurred_at desc"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("audit_log_region_idx").execute();
  await db.schema.dropIndex("audit_log_actor_idx").execute();
  for (const table of ["invitation", "user_session", "user_region", "app_user"]) {
    await db.schema.dropTable(table).execute();
  }
}
