import { type Kysely, sql } from "kysely";

// Frozen in time: this migration must not import the live schema or domain code.

// `2026-11-25T17-00_milestones` gained the index `task_open_priority_idx` 15 minutes after it landed (commit
// fe4ceb7). A database migrated in between recorded T17 as applied without that index, and
// `2026-11-25T18-00_task_list_performance` begins by dropping it: there T18 fails, and every later migration
// waits behind it. Both landed files stay as they are. A migration named after T18 runs after it, too late for
// such a database, so the repair has two parts:
// - `repairBeforeMigrating`, which the migrator runs before any pending migration: when T17 is applied, T18 is
//   not, and the index is missing, it creates the index exactly as T17 creates it today. T18 then runs as
//   written, on every database.
// - `up`, the end state every database must reach, whatever its history: the index as T18 leaves it.

const T17 = "2026-11-25T17-00_milestones";
const T18 = "2026-11-25T18-00_task_list_performance";
const PRIORITY_RANK = sql`(case priority when 'high' then 0 when 'normal' then 1 else 2 end)`;

export async function repairBeforeMigrating(db: Kysely<any>): Promise<boolean> {
  const exists = await sql<{ log: string | null; idx: string | null }>`
    select to_regclass('kysely_migration')::text as log, to_regclass('task_open_priority_idx')::text as idx`.execute(
    db,
  );
  const state = exists.rows[0];
  if (!state?.log || state.idx) return false;
  const applied = await sql<{ name: string }>`
    select name from kysely_migration where name in (${T17}, ${T18})`.execute(db);
  const names = applied.rows.map((r) => r.name);
  if (!names.includes(T17) || names.includes(T18)) return false;
  await sql`create index task_open_priority_idx on task (${PRIORITY_RANK}, id) where status <> 'done'`.execute(
    db,
  );
  return true;
}

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index if not exists task_open_priority_idx on task (${PRIORITY_RANK}, id) include (status, priority) where status <> 'done'`.execute(
    db,
  );
}

// Nothing to undo: `up` only makes sure of what the landed migrations already describe, and T18's `down` (run
// after this one) expects the index to be there.
export async function down(_db: Kysely<any>): Promise<void> {}
