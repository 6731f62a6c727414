import type { Announcement, AnnouncementOrigin, AnnouncementStatus, Stage } from "@kyoso/domain";
import { type Kysely, sql } from "kysely";
import type { Database } from "../schema";

// Announcements (お知らせ) of a forum edition. A published one also stands on the region's timeline as a
// public entry linked to it (source_type 'announcement'), kept in step here.

const columns = [
  "announcement.id",
  "announcement.editionId",
  "announcement.announcedOn",
  "announcement.title",
  "announcement.body",
  "announcement.status",
  "announcement.origin",
  "announcement.publishedAt",
  "announcement.version",
  "announcement.updatedAt",
] as const;

interface Row {
  id: string;
  editionId: string;
  announcedOn: string;
  title: string;
  body: string;
  status: AnnouncementStatus;
  origin: AnnouncementOrigin | null;
  publishedAt: Date | null;
  version: number;
  updatedAt: Date;
}

function toAnnouncement(row: Row): Announcement {
  return {
    ...row,
    publishedAt: row.publishedAt ? new Date(row.publishedAt).toISOString() : null,
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

/** Drafts and published ones, newest first. */
export async function listEditionAnnouncements(
  db: Kysely<Database>,
  editionId: string,
  options: { publishedOnly?: boolean } = {},
): Promise<Announcement[]> {
  let query = db
    .selectFrom("announcement")
    .select(columns)
    .where("editionId", "=", editionId)
    .where("deletedAt", "is", null);
  if (options.publishedOnly) query = query.where("status", "=", "published");
  const rows = await query
    .orderBy("announcedOn", "desc")
    .orderBy("createdAt", "desc")
    .orderBy("id")
    .execute();
  return rows.map(toAnnouncement);
}

/**
 * The announcement with its edition's region and stage, which its writes check. A deleted one is not found,
 * unless asked for (the trash restores it).
 */
export async function findAnnouncement(
  db: Kysely<Database>,
  id: string,
  options: { deleted?: boolean } = {},
) {
  const row = await db
    .selectFrom("announcement")
    .innerJoin("forumEdition", "forumEdition.id", "announcement.editionId")
    .select([...columns, "forumEdition.regionId", "forumEdition.stage"])
    .where("announcement.id", "=", id)
    .where("announcement.deletedAt", options.deleted ? "is not" : "is", null)
    .executeTakeFirst();
  if (!row) return undefined;
  const { regionId, stage, ...announcement } = row;
  return { announcement: toAnnouncement(announcement), regionId, stage: stage as Stage };
}

export async function findAnnouncementScope(db: Kysely<Database>, id: string) {
  return db
    .selectFrom("announcement")
    .innerJoin("forumEdition", "forumEdition.id", "announcement.editionId")
    .select(["forumEdition.regionId", "forumEdition.id as editionId"])
    .where("announcement.id", "=", id)
    .executeTakeFirst();
}

export interface NewAnnouncement {
  editionId: string;
  announcedOn: string;
  title: string;
  body: string;
}

export async function insertAnnouncement(
  db: Kysely<Database>,
  value: NewAnnouncement,
): Promise<Announcement> {
  const row = await db.insertInto("announcement").values(value).returning(columns).executeTakeFirstOrThrow();
  return toAnnouncement(row);
}

/**
 * The draft written when the venue fills up: at most one per edition (a unique index decides between two
 * writes at once). Undefined when the edition already has one.
 */
export async function insertVenueFullAnnouncement(
  db: Kysely<Database>,
  value: NewAnnouncement,
): Promise<Announcement | undefined> {
  const row = await db
    .insertInto("announcement")
    .values({ ...value, origin: "venue_full" })
    // A literal predicate: PostgreSQL infers the partial unique index only from one it can compare.
    .onConflict((oc) => oc.column("editionId").where(sql<boolean>`origin = 'venue_full'`).doNothing())
    .returning(columns)
    .executeTakeFirst();
  return row && toAnnouncement(row);
}

/** Applies the patch only at `version`, bumping it; undefined when gone or changed meanwhile. */
export async function updateAnnouncementAtVersion(
  db: Kysely<Database>,
  id: string,
  version: number,
  patch: Partial<Pick<Announcement, "announcedOn" | "title" | "body" | "status">>,
): Promise<Announcement | undefined> {
  const publishedAt =
    patch.status === undefined ? {} : { publishedAt: patch.status === "published" ? sql<Date>`now()` : null };
  const row = await db
    .updateTable("announcement")
    .set({ ...patch, ...publishedAt, version: sql`version + 1`, updatedAt: sql`now()` })
    .where("id", "=", id)
    .where("version", "=", version)
    .where("deletedAt", "is", null)
    .returning(columns)
    .executeTakeFirst();
  return row && toAnnouncement(row);
}

/** Puts a published announcement on the region's timeline as a public entry, or updates the one there. */
export async function upsertAnnouncementTimelineEntry(
  db: Kysely<Database>,
  regionId: string,
  announcement: Pick<Announcement, "id" | "announcedOn" | "title" | "body">,
): Promise<void> {
  const values = {
    occurredOn: announcement.announcedOn,
    title: announcement.title,
    body: announcement.body,
  };
  const updated = await db
    .updateTable("timelineEntry")
    .set(values)
    .where("sourceType", "=", "announcement")
    .where("sourceId", "=", announcement.id)
    .executeTakeFirst();
  if (updated.numUpdatedRows > 0n) return;
  await db
    .insertInto("timelineEntry")
    .values({
      ...values,
      regionId,
      kind: "announcement",
      isPublic: true,
      sourceType: "announcement",
      sourceId: announcement.id,
    })
    .execute();
}

/** Takes an unpublished or deleted announcement off the timeline. */
export async function deleteAnnouncementTimelineEntry(db: Kysely<Database>, id: string): Promise<void> {
  await db
    .deleteFrom("timelineEntry")
    .where("sourceType", "=", "announcement")
    .where("sourceId", "=", id)
    .execute();
}
