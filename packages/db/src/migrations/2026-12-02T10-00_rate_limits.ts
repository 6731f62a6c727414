import { type Kysely, sql } from "kysely";

// Frozen in time: this migration must not import the live schema or domain code.

// Limits (sign-in attempts, public answers) and once-per-hour jobs are counted here, not in a server's
// memory, so several servers behind one load balancer enforce one limit. One row per key and fixed window;
// a hit is one `insert … on conflict do update … returning`, so counting and checking cannot race.
// The per-account lock columns go: a lock that anyone knowing an address could trigger is replaced by these
// counters (see the sign-in service).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("rate_limit")
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("window_start", "timestamptz", (c) => c.notNull())
    .addColumn("hits", "integer", (c) => c.notNull().check(sql`hits >= 0`))
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .addPrimaryKeyConstraint("rate_limit_pk", ["key", "window_start"])
    .execute();
  await db.schema.createIndex("rate_limit_expires_idx").on("rate_limit").column("expires_at").execute();
  await db.schema.alterTable("app_user").dropColumn("failed_sign_ins").execute();
  await db.schema.alterTable("app_user").dropColumn("locked_until").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("app_user")
    .addColumn("failed_sign_ins", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable("app_user").addColumn("locked_until", "timestamptz").execute();
  await db.schema.dropTable("rate_limit").execute();
}
