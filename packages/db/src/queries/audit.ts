import { type Kysely, sql } from "kysely";
import type { Database } from "../schema";

export interface AuditRecord {
  actorId: string | null;
  action: "create" | "update" | "delete";
  recordType: string;
  recordId: string;
  regionId: string | null;
  before: unknown;
  after: unknown;
}

const json = (value: unknown) =>
  value === null || value === undefined ? null : sql`${JSON.stringify(value)}::jsonb`;

/** Writes one audit row. Call it with the transaction that made the change, so both commit or neither. */
export async function recordAudit(db: Kysely<Database>, record: AuditRecord): Promise<void> {
  await db
    .insertInto("auditLog")
    .values({ ...record, before: json(record.before), after: json(record.after) })
    .execute();
}

export async function listAuditForRecord(db: Kysely<Database>, recordType: string, recordId: string) {
  return db
    .selectFrom("auditLog")
    .select([
      "id",
      "occurredAt",
      "actorId",
      "action",
      "recordType",
      "recordId",
      "regionId",
      "before",
      "after",
    ])
    .where("recordType", "=", recordType)
    .where("recordId", "=", recordId)
    .orderBy("id", "asc")
    .execute();
}
