import { type Kysely, sql } from "kysely";
import type { Database } from "../schema";

// The read log: who read free text (hearing findings, survey free-text answers and exports), when, and which
// record. Written in the request that reads, before the text is handed out.

export interface ReadLogRow {
  actorId: string | null;
  recordType: "hearing" | "survey";
  recordId: string;
  regionId: string | null;
  what: string;
}

export async function insertReadLogs(
  db: Kysely<Database>,
  rows: readonly ReadLogRow[],
  at: Date,
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto("readLog")
    .values(rows.map((r) => ({ ...r, occurredAt: at })))
    .execute();
}

/** Who reads, and why, when the reading statement writes its own read-log rows. */
export interface ReadMark {
  actorId: string | null;
  what: string;
  at: Date;
}

/**
 * A data-modifying CTE logging a read of the records in CTE `cte` (columns `id`, `regionId`; each record once),
 * in the statement that reads them: `db.with("page", …).with("logged", () => readLogInsert("page", …))`. The
 * log is written with the read or the read fails. No mark: nothing is written.
 */
export function readLogInsert(cte: string, recordType: ReadLogRow["recordType"], mark: ReadMark | null) {
  // In parentheses: Kysely writes a raw CTE body as it is.
  return sql<
    Record<string, unknown>
  >`(insert into read_log (actor_id, record_type, record_id, region_id, what, occurred_at)
    select distinct ${mark?.actorId ?? null}::uuid, ${recordType}::text, ${sql.ref(`${cte}.id`)},
      ${sql.ref(`${cte}.regionId`)}, ${mark?.what ?? ""}::text, ${mark?.at ?? null}::timestamptz
    from ${sql.table(cte)} where ${mark !== null}::boolean)`;
}

export interface ReadLogFilter {
  actorId?: string | undefined;
  recordId?: string | undefined;
  recordType?: string | undefined;
  /** Inclusive calendar dates in Japan time. */
  from?: string | undefined;
  to?: string | undefined;
  page: number;
  pageSize: number;
}

/** One page of the read log, newest first, with who read and the record's name and region. */
export async function listReadLogs(db: Kysely<Database>, filter: ReadLogFilter) {
  let query = db.selectFrom("readLog");
  if (filter.actorId) query = query.where("readLog.actorId", "=", filter.actorId);
  if (filter.recordId) query = query.where("readLog.recordId", "=", filter.recordId);
  if (filter.recordType) query = query.where("readLog.recordType", "=", filter.recordType);
  if (filter.from)
    query = query.where(
      "readLog.occurredAt",
      ">=",
      sql<Date>`(${filter.from}::date)::timestamp at time zone 'Asia/Tokyo'`,
    );
  if (filter.to)
    query = query.where(
      "readLog.occurredAt",
      "<",
      sql<Date>`(${filter.to}::date + 1)::timestamp at time zone 'Asia/Tokyo'`,
    );
  const [rows, total] = await Promise.all([
    query
      .leftJoin("appUser", "appUser.id", "readLog.actorId")
      .leftJoin("region", "region.id", "readLog.regionId")
      .leftJoin("hearing", (j) =>
        j.onRef("hearing.id", "=", "readLog.recordId").on("readLog.recordType", "=", "hearing"),
      )
      .leftJoin("organization", "organization.id", "hearing.organizationId")
      .leftJoin("survey", (j) =>
        j.onRef("survey.id", "=", "readLog.recordId").on("readLog.recordType", "=", "survey"),
      )
      .select([
        "readLog.id",
        "readLog.occurredAt",
        "readLog.actorId",
        "appUser.displayName as actorName",
        "readLog.recordType",
        "readLog.recordId",
        "readLog.what",
        "region.slug as regionSlug",
        "region.nameJa as regionNameJa",
        "region.nameEn as regionNameEn",
        "hearing.heldOn as hearingHeldOn",
        "organization.name as hearingOrganization",
        "survey.title as surveyTitle",
      ])
      .orderBy("readLog.occurredAt", "desc")
      .orderBy("readLog.id", "desc")
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { total: Number(total.n), rows };
}
