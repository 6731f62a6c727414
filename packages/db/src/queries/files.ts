import type { FileItem, FileRecordType } from "@kyoso/domain";
import { type Kysely, sql } from "kysely";
import type { Database } from "../schema";
import { type DeletedRow, toDeletedRows } from "./soft-delete";

// File attachments: the file rows lists show and the chunks that hold their content (see the migration
// 2026-12-02T16-00_files). A file is listed and served only while it is complete, not deleted, and its record
// is not deleted either: a deleted meeting's files leave every list with it and come back with it.

const RECORD_COLUMN = {
  meeting: "meetingId",
  hearing: "hearingId",
  forum_edition: "editionId",
  task: "taskId",
} as const satisfies Record<FileRecordType, string>;

/** Where a live record of an attachable kind belongs, as its permission is checked; undefined when gone. */
export interface AttachableRecord {
  regionId: string;
  editionId?: string;
  assigneeId?: string | null;
}

export async function findAttachableRecord(
  db: Kysely<Database>,
  recordType: FileRecordType,
  id: string,
): Promise<AttachableRecord | undefined> {
  switch (recordType) {
    case "meeting":
    case "hearing": {
      const row = await db
        .selectFrom(recordType)
        .select("regionId")
        .where("id", "=", id)
        .where("deletedAt", "is", null)
        .executeTakeFirst();
      return row ? { regionId: row.regionId } : undefined;
    }
    case "forum_edition": {
      const row = await db
        .selectFrom("forumEdition")
        .select("regionId")
        .where("id", "=", id)
        .executeTakeFirst();
      return row ? { regionId: row.regionId, editionId: id } : undefined;
    }
    case "task": {
      const row = await db
        .selectFrom("task")
        .select(["regionId", "assigneeId"])
        .where("id", "=", id)
        .where("deletedAt", "is", null)
        .executeTakeFirst();
      return row ? { regionId: row.regionId, assigneeId: row.assigneeId } : undefined;
    }
  }
}

/** A file being uploaded: not listed or served until `completeFile`. */
export async function insertPendingFile(
  db: Kysely<Database>,
  file: {
    regionId: string;
    recordType: FileRecordType;
    recordId: string;
    name: string;
    contentType: string;
    uploadedBy: string | null;
  },
): Promise<string> {
  const { recordId, ...rest } = file;
  const row = await db
    .insertInto("file")
    .values({ ...rest, [RECORD_COLUMN[file.recordType]]: recordId })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertFileChunk(
  db: Kysely<Database>,
  fileId: string,
  seq: number,
  data: Uint8Array,
): Promise<void> {
  await db.insertInto("fileChunk").values({ fileId, seq, data }).execute();
}

/** Marks an upload complete with its size and digest; false when it is gone (removed meanwhile). */
export async function completeFile(
  db: Kysely<Database>,
  id: string,
  done: { sizeBytes: number; sha256: string },
): Promise<boolean> {
  const row = await db
    .updateTable("file")
    .set({ ...done, complete: true })
    .where("id", "=", id)
    .where("complete", "=", false)
    .returning("id")
    .executeTakeFirst();
  return row !== undefined;
}

/** Removes a file and its content for good (an upload cut short, a purge). */
export async function removeFileRow(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom("file").where("id", "=", id).execute();
}

/** Locks the region's row so that two uploads finishing at once count against its quota one after the other. */
export async function lockRegionForFiles(db: Kysely<Database>, regionId: string): Promise<void> {
  await sql`select id from region where id = ${regionId} for update`.execute(db);
}

/** The bytes a region's live (not deleted) files hold together, uploads under way excluded. */
export async function regionFileBytes(db: Kysely<Database>, regionId: string): Promise<number> {
  const row = await db
    .selectFrom("file")
    .select(sql<string>`coalesce(sum(size_bytes), 0)::text`.as("total"))
    .where("regionId", "=", regionId)
    .where("deletedAt", "is", null)
    .where("complete", "=", true)
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

const recordLive = sql<boolean>`(
  (f.meeting_id is null or exists (select 1 from meeting m where m.id = f.meeting_id and m.deleted_at is null))
  and (f.hearing_id is null or exists (select 1 from hearing h where h.id = f.hearing_id and h.deleted_at is null))
  and (f.task_id is null or exists (select 1 from task t where t.id = f.task_id and t.deleted_at is null))
)`;

/** A record's live files, oldest first. */
export async function listFiles(
  db: Kysely<Database>,
  recordType: FileRecordType,
  recordId: string,
): Promise<FileItem[]> {
  const rows = await db
    .selectFrom("file as f")
    .leftJoin("appUser as u", "u.id", "f.uploadedBy")
    .select([
      "f.id",
      "f.name",
      "f.contentType",
      "f.sizeBytes",
      "f.createdAt",
      "f.publicFlyer",
      "u.displayName as uploadedByName",
    ])
    .where(`f.${RECORD_COLUMN[recordType]}`, "=", recordId)
    .where("f.complete", "=", true)
    .where("f.deletedAt", "is", null)
    .where(recordLive)
    .orderBy("f.createdAt")
    .orderBy("f.id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    contentType: r.contentType,
    sizeBytes: Number(r.sizeBytes),
    uploadedByName: r.uploadedByName,
    createdAt: new Date(r.createdAt).toISOString(),
    publicFlyer: r.publicFlyer,
  }));
}

/** A served file: what the download needs and the record it belongs to. */
export interface StoredFile {
  id: string;
  regionId: string;
  recordType: FileRecordType;
  recordId: string;
  name: string;
  contentType: string;
  sizeBytes: number;
  sha256: string | null;
  publicFlyer: boolean;
  uploadedBy: string | null;
  createdAt: string;
}

/** A complete, live file of a live record; undefined otherwise. */
export async function findLiveFile(db: Kysely<Database>, id: string): Promise<StoredFile | undefined> {
  const row = await db
    .selectFrom("file as f")
    .selectAll("f")
    .where("f.id", "=", id)
    .where("f.complete", "=", true)
    .where("f.deletedAt", "is", null)
    .where(recordLive)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    regionId: row.regionId,
    recordType: row.recordType,
    recordId: (row.meetingId ?? row.hearingId ?? row.editionId ?? row.taskId) as string,
    name: row.name,
    contentType: row.contentType,
    sizeBytes: Number(row.sizeBytes),
    sha256: row.sha256,
    publicFlyer: row.publicFlyer,
    uploadedBy: row.uploadedBy,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}

/** One chunk of a file's content (seq from 0), or undefined past its end. */
export async function readFileChunk(
  db: Kysely<Database>,
  fileId: string,
  seq: number,
): Promise<Uint8Array | undefined> {
  const row = await db
    .selectFrom("fileChunk")
    .select("data")
    .where("fileId", "=", fileId)
    .where("seq", "=", seq)
    .executeTakeFirst();
  return row?.data;
}

/** Marks a live file deleted; false when it is already gone. */
export async function softDeleteFile(db: Kysely<Database>, id: string, by: string | null): Promise<boolean> {
  const row = await db
    .updateTable("file")
    .set({ deletedAt: sql`now()`, deletedBy: by })
    .where("id", "=", id)
    .where("deletedAt", "is", null)
    .returning("id")
    .executeTakeFirst();
  return row !== undefined;
}

export async function setFilePublicFlyer(
  db: Kysely<Database>,
  id: string,
  publicFlyer: boolean,
): Promise<void> {
  await db.updateTable("file").set({ publicFlyer }).where("id", "=", id).execute();
}

/** An edition's files offered on its public page (「チラシとして公開」), oldest first. */
export async function listPublicFlyers(
  db: Kysely<Database>,
  editionId: string,
): Promise<{ id: string; name: string; contentType: string; sizeBytes: number }[]> {
  const rows = await db
    .selectFrom("file")
    .select(["id", "name", "contentType", "sizeBytes"])
    .where("editionId", "=", editionId)
    .where("publicFlyer", "=", true)
    .where("complete", "=", true)
    .where("deletedAt", "is", null)
    .orderBy("createdAt")
    .execute();
  return rows.map((r) => ({ ...r, sizeBytes: Number(r.sizeBytes) }));
}

/** Uploads left incomplete before `before` (a server stopped mid-upload): removed by the hourly sweep. */
export async function removeStaleUploads(db: Kysely<Database>, before: Date): Promise<number> {
  const rows = await db
    .deleteFrom("file")
    .where("complete", "=", false)
    .where("createdAt", "<", before)
    .returning("id")
    .execute();
  return rows.length;
}

/** The public flyers of a region's edition of a year, by the public page's address (slug and year). */
export async function listPublicFlyersOfForum(
  db: Kysely<Database>,
  slug: string,
  year: number,
): Promise<{ id: string; name: string; contentType: string; sizeBytes: number }[]> {
  const edition = await db
    .selectFrom("forumEdition as e")
    .innerJoin("region as r", "r.id", "e.regionId")
    .select("e.id")
    .where("r.slug", "=", slug)
    .where("e.year", "=", year)
    .executeTakeFirst();
  return edition ? listPublicFlyers(db, edition.id) : [];
}

// The 削除済み view: a file deleted on its own (not with its record) waits there like any record.

/** The region a file belongs to, deleted or not. */
export async function fileRegionId(db: Kysely<Database>, id: string): Promise<string | undefined> {
  const row = await db.selectFrom("file").select("regionId").where("id", "=", id).executeTakeFirst();
  return row?.regionId;
}

export async function listDeletedFiles(
  db: Kysely<Database>,
  regionId: string,
  since: Date,
): Promise<DeletedRow[]> {
  const rows = await deletedFilesQuery(db, regionId, since)
    .orderBy("file.deletedAt", "desc")
    .orderBy("file.id")
    .execute();
  return toDeletedRows(rows);
}

/** The rows `listDeletedFiles` lists, unordered. */
export function deletedFilesQuery(db: Kysely<Database>, regionId: string, since: Date) {
  return db
    .selectFrom("file")
    .leftJoin("appUser", "appUser.id", "file.deletedBy")
    .select(["file.id", "file.name as title", "file.deletedAt", "appUser.displayName as deletedByName"])
    .where("file.regionId", "=", regionId)
    .where("file.complete", "=", true)
    .where("file.deletedAt", ">=", since);
}

/** A deleted file as its audit rows show it (never its content). */
export async function findDeletedFile(db: Kysely<Database>, id: string) {
  return db
    .selectFrom("file")
    .select(["id", "regionId", "recordType", "name", "contentType", "sizeBytes", "publicFlyer"])
    .where("id", "=", id)
    .where("deletedAt", "is not", null)
    .executeTakeFirst();
}

export async function restoreDeletedFile(db: Kysely<Database>, id: string): Promise<boolean> {
  const row = await db
    .updateTable("file")
    .set({ deletedAt: null, deletedBy: null })
    .where("id", "=", id)
    .where("deletedAt", "is not", null)
    .returning("id")
    .executeTakeFirst();
  return row !== undefined;
}

/** Removes a deleted file and its content for good. */
export async function purgeDeletedFile(db: Kysely<Database>, id: string): Promise<boolean> {
  const row = await db
    .deleteFrom("file")
    .where("id", "=", id)
    .where("deletedAt", "is not", null)
    .returning("id")
    .executeTakeFirst();
  return row !== undefined;
}
