import { type Kysely, sql } from "kysely";
import type { Database } from "../schema";
import { deletedAgreementsQuery } from "./agreements";
import { deletedFilesQuery } from "./files";
import { deletedOrganizationsQuery } from "./organizations";
import { type DeletedRow, deletedRecordsQuery, type ListedTable, toDeletedRow } from "./soft-delete";
import { deletedResponsesQuery } from "./survey-answers";

// The 削除済み view reads every kind of deleted row of a region in one statement (a `union all` of each kind's
// list) instead of one read per kind.

/** Every table whose deleted rows the 削除済み view lists. */
export type TrashTable = ListedTable | "organization" | "cohostAgreement" | "file" | "surveyResponse";

type Lister = (db: Kysely<Database>, regionId: string, since: Date) => ReturnType<typeof deletedFilesQuery>;

const listed = (t: ListedTable) =>
  ((db, regionId, since) => deletedRecordsQuery(db, t, regionId, since)) as Lister;

// Each query selects id, title, deleted_at and deleted_by_name; the cast only unifies their builders' types.
const QUERIES: Record<TrashTable, Lister> = {
  meeting: listed("meeting"),
  hearing: listed("hearing"),
  timelineEntry: listed("timelineEntry"),
  task: listed("task"),
  taskComment: listed("taskComment"),
  survey: listed("survey"),
  announcement: listed("announcement"),
  forumSession: listed("forumSession"),
  sessionSpeaker: listed("sessionSpeaker"),
  organization: deletedOrganizationsQuery as unknown as Lister,
  cohostAgreement: deletedAgreementsQuery as unknown as Lister,
  file: deletedFilesQuery,
  surveyResponse: deletedResponsesQuery as unknown as Lister,
};

/**
 * A region's deleted rows of `tables` at or after `since`, newest first (to the millisecond, as the view shows
 * them); rows deleted in the same millisecond follow the order of `tables`, then each table's own order.
 */
export async function listDeletedRows(
  db: Kysely<Database>,
  tables: readonly TrashTable[],
  regionId: string,
  since: Date,
): Promise<(DeletedRow & { table: TrashTable })[]> {
  if (tables.length === 0) return [];
  const parts = tables.map((t, i) =>
    QUERIES[t](db, regionId, since).select(sql<number>`${sql.lit(i)}`.as("kind")),
  );
  const { rows } = await sql<{
    id: string;
    title: string;
    // Never null: every part keeps the rows deleted at or after `since`.
    deletedAt: Date | string;
    deletedByName: string | null;
    kind: number;
  }>`select * from (${sql.join(parts, sql` union all `)}) as deleted
    order by date_trunc('milliseconds', deleted.deleted_at) desc, deleted.kind, deleted.deleted_at desc, deleted.id`.execute(
    db,
  );
  return rows.map(({ kind, ...r }) => ({ ...toDeletedRow(r), table: tables[Number(kind)] as TrashTable }));
}
