import { type Kysely, sql } from "kysely";
import type { Database } from "../schema";

// Soft deletion of a region's preparation records: meetings, hearings and timeline entries. A deleted row keeps
// who deleted it and when; every list leaves it out (`deleted_at is null`); it can be restored or purged. A
// meeting's or hearing's own timeline entry follows its record: deleted, restored and purged with it.

export type SoftDeletable = "meeting" | "hearing" | "timelineEntry";

// The three tables share the columns used here; Kysely is told it is one of them.
const table = (t: SoftDeletable) => t as "meeting";

/** Marks a record deleted if it is still at `version` and not deleted yet; its row after, or undefined. */
export async function softDeleteAtVersion(
  db: Kysely<Database>,
  t: SoftDeletable,
  id: string,
  version: number,
  by: string | null,
  at: Date,
): Promise<{ id: string; deletedAt: Date } | undefined> {
  const row = await db
    .updateTable(table(t))
    .set({ deletedAt: at, deletedBy: by, version: sql`version + 1` })
    .where("id", "=", id)
    .where("version", "=", version)
    .where("deletedAt", "is", null)
    .returning(["id", "deletedAt"])
    .executeTakeFirst();
  return row?.deletedAt ? { id: row.id, deletedAt: row.deletedAt } : undefined;
}

/** Brings a deleted record back; false when it is not deleted (or does not exist). */
export async function restoreDeleted(db: Kysely<Database>, t: SoftDeletable, id: string): Promise<boolean> {
  const row = await db
    .updateTable(table(t))
    .set({ deletedAt: null, deletedBy: null, version: sql`version + 1` })
    .where("id", "=", id)
    .where("deletedAt", "is not", null)
    .returning("id")
    .executeTakeFirst();
  return row !== undefined;
}

/** Removes a deleted record for good (its findings, attendance rows go with it by cascade); false when not deleted. */
export async function purgeDeleted(db: Kysely<Database>, t: SoftDeletable, id: string): Promise<boolean> {
  const row = await db
    .deleteFrom(table(t))
    .where("id", "=", id)
    .where("deletedAt", "is not", null)
    .returning("id")
    .executeTakeFirst();
  return row !== undefined;
}

/** The region of a record, deleted or not. */
export async function findRegionOfRecord(
  db: Kysely<Database>,
  t: SoftDeletable,
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

export interface DeletedRow {
  id: string;
  title: string;
  deletedAt: Date;
  deletedByName: string | null;
}

/**
 * A region's records of one kind deleted at or after `since`, newest first. Hearings are named after the
 * organization heard; timeline entries are the notes only (a meeting's or hearing's entry is listed as its record).
 */
export async function listDeletedRecords(
  db: Kysely<Database>,
  t: SoftDeletable,
  regionId: string,
  since: Date,
): Promise<DeletedRow[]> {
  const rows =
    t === "hearing"
      ? await db
          .selectFrom("hearing")
          .innerJoin("organization", "organization.id", "hearing.organizationId")
          .leftJoin("appUser", "appUser.id", "hearing.deletedBy")
          .select([
            "hearing.id",
            sql<string>`organization.name || 'へのヒアリング (' || to_char(hearing.held_on, 'YYYY-MM-DD') || ')'`.as(
              "title",
            ),
            "hearing.deletedAt",
            "appUser.displayName as deletedByName",
          ])
          .where("hearing.regionId", "=", regionId)
          .where("hearing.deletedAt", ">=", since)
          .orderBy("hearing.deletedAt", "desc")
          .execute()
      : t === "meeting"
        ? await db
            .selectFrom("meeting")
            .leftJoin("appUser", "appUser.id", "meeting.deletedBy")
            .select([
              "meeting.id",
              "meeting.title",
              "meeting.deletedAt",
              "appUser.displayName as deletedByName",
            ])
            .where("meeting.regionId", "=", regionId)
            .where("meeting.deletedAt", ">=", since)
            .orderBy("meeting.deletedAt", "desc")
            .execute()
        : await db
            .selectFrom("timelineEntry")
            .leftJoin("appUser", "appUser.id", "timelineEntry.deletedBy")
            .select([
              "timelineEntry.id",
              "timelineEntry.title",
              "timelineEntry.deletedAt",
              "appUser.displayName as deletedByName",
            ])
            .where("timelineEntry.regionId", "=", regionId)
            .where("timelineEntry.deletedAt", ">=", since)
            .where("timelineEntry.sourceType", "is", null)
            .orderBy("timelineEntry.deletedAt", "desc")
            .execute();
  return rows.flatMap((r) => (r.deletedAt ? [{ ...r, deletedAt: new Date(r.deletedAt) }] : []));
}
