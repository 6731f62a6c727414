import { type Kysely, sql } from "kysely";

// Frozen in time: this migration must not import the live schema or domain code.

// The task table takes a page's ids from `task` alone before joining. These open-task indexes carry the
// status (and the priority behind the sort expression) so that step is an index-only scan: a status filter
// such as 未着手+進行中 is checked in the index, and page 20 reads index entries, not 1,000 table rows.
const PRIORITY_RANK = sql`(case priority when 'high' then 0 when 'normal' then 1 else 2 end)`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("task_open_priority_idx").execute();
  await sql`create index task_open_priority_idx on task (${PRIORITY_RANK}, id) include (status, priority) where status <> 'done'`.execute(
    db,
  );
  await db.schema.dropIndex("task_open_due_idx").execute();
  await sql`create index task_open_due_idx on task (due_on, id) include (status) where status <> 'done'`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("task_open_due_idx").execute();
  await sql`create index task_open_due_idx on task (due_on, id) where status <> 'done'`.execute(db);
  await db.schema.dropIndex("task_open_priority_idx").execute();
  await sql`create index task_open_priority_idx on task (${PRIORITY_RANK}, id) where status <> 'done'`.execute(
    db,
  );
}
