import { type Kysely, sql } from "kysely";

// Frozen in time: this migration must not import the live schema or domain code.

// The national overview is served from a cache in each server while the data it reads is unchanged. To know
// that exactly, every write to a table the overview reads bumps one counter, in the writing transaction, and a
// cached answer is used only while the counter still holds the value it was computed at.
// The bump runs as a deferred constraint trigger, i.e. at commit, once per transaction (`bumped_by` remembers
// the transaction): the counter's row is locked only for the commit itself, so two transactions writing the
// same tables in opposite orders cannot deadlock on it. Triggers catch every write path (services, seeding,
// jobs, a hand-run SQL), not only the services'.

const TABLES: [table: string, events: string][] = [
  ["region", "insert or update or delete"],
  ["region_prefecture", "insert or update or delete"],
  ["forum_edition", "insert or update or delete"],
  ["edition_milestone", "insert or update or delete"],
  ["milestone_template", "insert or update or delete"],
  ["task", "insert or update or delete"],
  // Only the name is shown (a due task's assignee); a visit to the home page or a sign-in changes nothing here.
  ["app_user", "insert or delete or update of display_name"],
];

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table data_version (
    name text primary key,
    n bigint not null default 0,
    bumped_by bigint
  )`.execute(db);
  await sql`insert into data_version (name) values ('overview')`.execute(db);
  await sql`create function bump_overview_version() returns trigger language plpgsql as $$
    begin
      update data_version set n = n + 1, bumped_by = txid_current()
        where name = 'overview' and bumped_by is distinct from txid_current();
      return null;
    end $$`.execute(db);
  for (const [table, events] of TABLES) {
    await sql`create constraint trigger ${sql.raw(`${table}_overview_version`)}
      after ${sql.raw(events)} on ${sql.table(table)}
      deferrable initially deferred for each row execute function bump_overview_version()`.execute(db);
    await sql`create trigger ${sql.raw(`${table}_overview_version_truncate`)}
      after truncate on ${sql.table(table)}
      for each statement execute function bump_overview_version()`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [table] of TABLES) {
    await sql`drop trigger ${sql.raw(`${table}_overview_version_truncate`)} on ${sql.table(table)}`.execute(
      db,
    );
    await sql`drop trigger ${sql.raw(`${table}_overview_version`)} on ${sql.table(table)}`.execute(db);
  }
  await sql`drop function bump_overview_version()`.execute(db);
  await sql`drop table data_version`.execute(db);
}
