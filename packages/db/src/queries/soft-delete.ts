import { type Kysely, type RawBuilder, sql, type Updateable } from "kysely";
import type { Database } from "../schema";

// Soft deletion, written once for every table that has it. A deleted row keeps who deleted it and when; every
// list leaves it out (`deleted_at is null`); it can be restored or purged. A meeting's or hearing's own timeline
// entry follows its record: deleted, restored and purged with it.

/** The tables whose rows are deleted softly (each has id, version, deleted_at and deleted_by). */
export type SoftDeleteTable =
  | "meeting"
  | "hearing"
  | "timelineEntry"
  | "task"
  | "taskComment"
  | "cohostAgreement"
  | "organization"
  | "survey"
  | "announcement"
  | "forumSession"
  | "sessionSpeaker";

/** The meeting's, hearing's and timeline note's tables (the 記録 of a region). */
export type SoftDeletable = "meeting" | "hearing" | "timelineEntry";

/** The tables with a region_id of their own. */
export type RegionTable = "meeting" | "hearing" | "timelineEntry" | "task" | "survey";

// How each table marks a deletion and a restoration, as each did before it was written once here: whether deleting
// bumps the version, and whether deleting and restoring set updated_at.
const MARKS: Record<SoftDeleteTable, { bump: boolean; touchOnDelete: boolean; touchOnRestore: boolean }> = {
  meeting: { bump: true, touchOnDelete: false, touchOnRestore: false },
  hearing: { bump: true, touchOnDelete: false, touchOnRestore: false },
  timelineEntry: { bump: true, touchOnDelete: false, touchOnRestore: false },
  task: { bump: true, touchOnDelete: true, touchOnRestore: true },
  taskComment: { bump: true, touchOnDelete: false, touchOnRestore: false },
  cohostAgreement: { bump: true, touchOnDelete: true, touchOnRestore: true },
  organization: { bump: true, touchOnDelete: true, touchOnRestore: true },
  survey: { bump: false, touchOnDelete: false, touchOnRestore: true },
  announcement: { bump: false, touchOnDelete: false, touchOnRestore: true },
  forumSession: { bump: false, touchOnDelete: false, touchOnRestore: false },
  sessionSpeaker: { bump: false, touchOnDelete: false, touchOnRestore: false },
};

// The tables share the columns used here; Kysely is told it is the task table (which has all of them). The cast
// stays in this module: callers name their table from `SoftDeleteTable`.
const table = (t: SoftDeleteTable) => t as "task";
const aliased = (t: SoftDeleteTable) => `${t} as r` as "task as r";

/**
 * Marks a row deleted if it is still at `version` and not deleted yet (at `at`, or the database's now); the time
 * of deletion, or undefined when it is gone, deleted or changed meanwhile.
 */
export async function softDeleteAtVersion(
  db: Kysely<Database>,
  t: SoftDeleteTable,
  id: string,
  version: number,
  by: string | null,
  at?: Date,
): Promise<Date | undefined> {
  const marks = MARKS[t];
  const row = await db
    .updateTable(table(t))
    .set({
      deletedAt: at ?? sql`now()`,
      deletedBy: by,
      ...(marks.bump ? { version: sql`version + 1` } : {}),
      ...(marks.touchOnDelete ? { updatedAt: sql`now()` } : {}),
    })
    .where("id", "=", id)
    .where("version", "=", version)
    .where("deletedAt", "is", null)
    .returning("deletedAt")
    .executeTakeFirst();
  return row?.deletedAt ?? undefined;
}

/**
 * Applies `values` to a live row if it is still at `version`, bumping the version (and setting updated_at when
 * `touch`); false when it is gone, deleted or changed meanwhile.
 */
export async function updateLiveAtVersion<T extends SoftDeleteTable>(
  db: Kysely<Database>,
  t: T,
  id: string,
  version: number,
  values: Updateable<Database[T]>,
  { touch }: { touch: boolean },
): Promise<boolean> {
  const row = await db
    .updateTable(table(t))
    .set({
      ...(values as Updateable<Database["task"]>),
      version: sql`version + 1`,
      ...(touch ? { updatedAt: sql`now()` } : {}),
    })
    .where("id", "=", id)
    .where("version", "=", version)
    .where("deletedAt", "is", null)
    .returning("id")
    .executeTakeFirst();
  return row !== undefined;
}

/** Brings a deleted row back; false when it is not deleted (or does not exist). */
export async function restoreDeleted(db: Kysely<Database>, t: SoftDeleteTable, id: string): Promise<boolean> {
  const row = await db
    .updateTable(table(t))
    .set({
      deletedAt: null,
      deletedBy: null,
      version: sql`version + 1`,
      ...(MARKS[t].touchOnRestore ? { updatedAt: sql`now()` } : {}),
    })
    .where("id", "=", id)
    .where("deletedAt", "is not", null)
    .returning("id")
    .executeTakeFirst();
  return row !== undefined;
}

/** Removes a deleted row for good (what hangs on it goes by cascade); false when it is not deleted. */
export async function purgeDeleted(db: Kysely<Database>, t: SoftDeleteTable, id: string): Promise<boolean> {
  const row = await db
    .deleteFrom(table(t))
    .where("id", "=", id)
    .where("deletedAt", "is not", null)
    .returning("id")
    .executeTakeFirst();
  return row !== undefined;
}

/** The region of a row, deleted or not. */
export async function findRegionOfRecord(
  db: Kysely<Database>,
  t: RegionTable,
  id: string,
): Promise<string | undefined> {
  const row = await db.selectFrom(table(t)).select("regionId").where("id", "=", id).executeTakeFirst();
  return row?.regionId;
}

/** The timeline entry a meeting or hearing stands on the region's log with, deleted along with its record. */
export async function setSourceEntryDeleted(
  db: Kysely<Database>,
  source: { sourceType: "meeting" | "hearing"; sourceId: string },
  deleted: { at: Date; by: string | null } | null,
): Promise<void> {
  await db
    .updateTable("timelineEntry")
    .set({ deletedAt: deleted?.at ?? null, deletedBy: deleted?.by ?? null, version: sql`version + 1` })
    .where("sourceType", "=", source.sourceType)
    .where("sourceId", "=", source.sourceId)
    .execute();
}

export async function purgeSourceEntries(
  db: Kysely<Database>,
  source: { sourceType: "meeting" | "hearing"; sourceId: string },
): Promise<void> {
  await db
    .deleteFrom("timelineEntry")
    .where("sourceType", "=", source.sourceType)
    .where("sourceId", "=", source.sourceId)
    .execute();
}

/** A deleted row as the 削除済み view lists it. */
export interface DeletedRow {
  id: string;
  title: string;
  /** ISO timestamp. */
  deletedAt: string;
  deletedByName: string | null;
}

/** The tables `listDeletedRecords` lists (agreements, organizations and survey answers have lists of their own). */
export type ListedTable = Exclude<SoftDeleteTable, "cohostAgreement" | "organization">;

// Each table's list in SQL, the row being `r`: its region (default r.region_id), its title (default r.title) and
// which deleted rows are listed on their own (default all).
const editionRegion = sql<string>`(select e.region_id from forum_edition e where e.id = r.edition_id)`;
const LISTS: Record<
  ListedTable,
  { region?: RawBuilder<string>; title?: RawBuilder<string>; where?: RawBuilder<boolean> }
> = {
  meeting: {},
  hearing: {
    title: sql`(select o.name from organization o where o.id = r.organization_id)
        || 'へのヒアリング (' || to_char(r.held_on, 'YYYY-MM-DD') || ')'`,
  },
  // The notes only: a meeting's or hearing's entry is listed as its record.
  timelineEntry: { where: sql`r.source_type is null` },
  task: {},
  // Comments deleted on their own, not those gone with their task.
  taskComment: {
    region: sql`(select t.region_id from task t where t.id = r.task_id)`,
    title: sql`'「' || (select t.title from task t where t.id = r.task_id) || '」へのコメント'`,
    where: sql`exists (select 1 from task t where t.id = r.task_id and t.deleted_at is null)`,
  },
  survey: {},
  announcement: { region: editionRegion },
  forumSession: { region: editionRegion },
  // Speakers deleted on their own show their session (those gone with their session are not marked).
  sessionSpeaker: {
    region: sql`(select e.region_id from forum_session s join forum_edition e on e.id = s.edition_id
        where s.id = r.session_id)`,
    title: sql`r.name || '（' || (select s.title from forum_session s where s.id = r.session_id) || '）'`,
  },
};

/** A region's rows of one table deleted at or after `since`, as the 削除済み view lists them (unordered). */
export function deletedRecordsQuery(db: Kysely<Database>, t: ListedTable, regionId: string, since: Date) {
  const list = LISTS[t];
  const where = list.where;
  return db
    .selectFrom(aliased(t))
    .leftJoin("appUser", "appUser.id", "r.deletedBy")
    .select([
      "r.id",
      (list.title ?? sql<string>`r.title`).as("title"),
      "r.deletedAt",
      "appUser.displayName as deletedByName",
    ])
    .where(list.region ?? sql<string>`r.region_id`, "=", regionId)
    .where("r.deletedAt", ">=", since)
    .$if(where !== undefined, (q) => q.where(where ?? sql<boolean>`true`));
}

/** A region's rows of one table deleted at or after `since`, newest first. */
export async function listDeletedRecords(
  db: Kysely<Database>,
  t: ListedTable,
  regionId: string,
  since: Date,
): Promise<DeletedRow[]> {
  const rows = await deletedRecordsQuery(db, t, regionId, since)
    .orderBy("r.deletedAt", "desc")
    .orderBy("r.id")
    .execute();
  return toDeletedRows(rows);
}

/** Listed deleted rows as DeletedRows (a row's deleted_at is set by the query's condition). */
export function toDeletedRows(
  rows: readonly {
    id: string;
    title: string;
    deletedAt: Date | string | null;
    deletedByName: string | null;
  }[],
): DeletedRow[] {
  return rows.flatMap((r) => (r.deletedAt ? [toDeletedRow({ ...r, deletedAt: r.deletedAt })] : []));
}

/** A listed deleted row with its time as an ISO timestamp (PGlite and PostgreSQL hand timestamps back alike). */
export function toDeletedRow(row: {
  id: string;
  title: string;
  deletedAt: Date | string;
  deletedByName: string | null;
}): DeletedRow {
  return {
    id: row.id,
    title: row.title,
    deletedAt: new Date(row.deletedAt).toISOString(),
    deletedByName: row.deletedByName,
  };
}
