import type { AuditAction } from "@kyoso/domain";
import { type Kysely, sql } from "kysely";
import type { Database } from "../schema";
import { batches } from "./batches";

export interface AuditRecord {
  actorId: string | null;
  action: AuditAction;
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

/** Many audit rows (a bulk import) in as few statements as the parameter limit allows, in the writes' transaction. */
export async function recordAudits(db: Kysely<Database>, records: AuditRecord[]): Promise<void> {
  for (const batch of batches(records)) {
    await db
      .insertInto("auditLog")
      .values(batch.map((r) => ({ ...r, before: json(r.before), after: json(r.after) })))
      .execute();
  }
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

export interface AuditFilter {
  actorId?: string | undefined;
  regionId?: string | undefined;
  recordType?: string | undefined;
  /** Inclusive calendar dates in Japan time. */
  from?: string | undefined;
  to?: string | undefined;
  page: number;
  pageSize: number;
}

/** One page of the audit log, newest first, with the total matching count. */
export async function listAudit(db: Kysely<Database>, filter: AuditFilter) {
  let query = db.selectFrom("auditLog");
  if (filter.actorId) query = query.where("auditLog.actorId", "=", filter.actorId);
  if (filter.regionId) query = query.where("auditLog.regionId", "=", filter.regionId);
  if (filter.recordType) query = query.where("auditLog.recordType", "=", filter.recordType);
  if (filter.from)
    query = query.where(
      "auditLog.occurredAt",
      ">=",
      sql<Date>`(${filter.from}::date)::timestamp at time zone 'Asia/Tokyo'`,
    );
  if (filter.to)
    query = query.where(
      "auditLog.occurredAt",
      "<",
      sql<Date>`(${filter.to}::date + 1)::timestamp at time zone 'Asia/Tokyo'`,
    );

  const [rows, total] = await Promise.all([
    query
      .leftJoin("appUser", "appUser.id", "auditLog.actorId")
      .leftJoin("region", "region.id", "auditLog.regionId")
      .select([
        "auditLog.id",
        "auditLog.occurredAt",
        "auditLog.actorId",
        "appUser.displayName as actorName",
        "auditLog.action",
        "auditLog.recordType",
        "auditLog.recordId",
        "auditLog.regionId",
        "region.nameJa as regionName",
        "region.nameEn as regionNameEn",
        "auditLog.before",
        "auditLog.after",
      ])
      .orderBy("auditLog.id", "desc")
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(total.n),
    rows: rows.map((r) => ({ ...r, occurredAt: new Date(r.occurredAt).toISOString() })),
  };
}

/** A record's audit rows, oldest first, with who made each change: its change history. */
export async function listRecordHistory(db: Kysely<Database>, recordType: string, recordId: string) {
  const rows = await db
    .selectFrom("auditLog")
    .leftJoin("appUser", "appUser.id", "auditLog.actorId")
    .select([
      "auditLog.id",
      "auditLog.occurredAt",
      "appUser.displayName as actorName",
      "auditLog.action",
      "auditLog.before",
      "auditLog.after",
    ])
    .where("auditLog.recordType", "=", recordType)
    .where("auditLog.recordId", "=", recordId)
    .orderBy("auditLog.id", "asc")
    .limit(500)
    .execute();
  return rows.map((r) => ({ ...r, id: String(r.id), occurredAt: new Date(r.occurredAt).toISOString() }));
}
