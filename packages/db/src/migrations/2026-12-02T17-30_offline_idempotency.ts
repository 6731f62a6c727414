import { type Kysely, sql } from "kysely";

// Frozen in time: this migration must not import the live schema or domain code.

// A phone that saved a meeting, a note or a status change with no network keeps it in an outbox and sends it
// again when the network returns, maybe more than once (an answer lost on the way back). Each such write
// carries a key made when the person pressed save; the first write with a key records it here, in the same
// transaction, so a repeat returns the first answer instead of writing twice. Keys are per user, so one
// person's key can never replay another's write. `result` holds ids and counts only, never typed text: the
// record itself is read again for the answer, so the free-text retention rules stay the only copy's rules.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table idempotency_key (
    user_id uuid not null references app_user (id) on delete cascade,
    key uuid not null,
    procedure text not null,
    result jsonb,
    created_at timestamptz not null default now(),
    primary key (user_id, key)
  )`.execute(db);
  await sql`create index idempotency_key_created_idx on idempotency_key (created_at)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("idempotency_key").execute();
}
