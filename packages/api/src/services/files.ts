import { createHash } from "node:crypto";
import {
  completeFile,
  findAttachableRecord,
  findLiveFile,
  insertPendingFile,
  listFiles,
  lockRegionForFiles,
  regionFileBytes,
  removeFileRow,
  type StoredFile,
  setFilePublicFlyer,
  softDeleteFile,
} from "@kyoso/db";
import {
  ALLOWED_FILE_TYPES,
  can,
  cleanFileName,
  DomainError,
  FILE_CHUNK_BYTES,
  FILE_MAX_BYTES,
  FILE_PERMISSIONS,
  FILE_TOO_LARGE_MESSAGE,
  FILE_TYPE_MESSAGE,
  type FileItem,
  type FileRecordType,
  REGION_FILES_FULL_MESSAGE,
  REGION_FILES_MAX_BYTES,
  textTypeOfName,
} from "@kyoso/domain";
import { fileTypeFromBuffer } from "file-type";
import type { Context } from "../context";
import { databaseFileStorage, type FileStorage, readChunks, rechunk } from "./file-storage";
import { audited } from "./write";

// Attachments on meetings, hearings, forum editions and tasks. The procedures (routers/file.ts) list and delete;
// the server's plain routes stream uploads in and downloads out through `uploadFile` and `openDownload`, which
// check the session's actor with the same permission rule the record's own procedures use.

const notFound = () => new DomainError("NOT_FOUND", "ファイルが見つかりません。削除された可能性があります。");
const recordNotFound = () =>
  new DomainError("NOT_FOUND", "添付先の記録が見つかりません。削除された可能性があります。");

/** What the audit log keeps of a file (never its content). */
const auditView = (
  f: Pick<StoredFile, "name" | "contentType" | "sizeBytes" | "recordType" | "recordId">,
) => ({
  name: f.name,
  contentType: f.contentType,
  sizeBytes: f.sizeBytes,
  recordType: f.recordType,
  recordId: f.recordId,
});

export function listRecordFiles(
  ctx: Context,
  recordType: FileRecordType,
  recordId: string,
): Promise<FileItem[]> {
  return listFiles(ctx.db, recordType, recordId);
}

/** The record's live file, or NOT_FOUND (a file of another record is not found here either). */
async function fileOfRecord(ctx: Context, recordType: FileRecordType, recordId: string, id: string) {
  const file = await findLiveFile(ctx.db, id);
  if (!file || file.recordType !== recordType || file.recordId !== recordId) throw notFound();
  return file;
}

export async function deleteFile(ctx: Context, recordType: FileRecordType, recordId: string, id: string) {
  const file = await fileOfRecord(ctx, recordType, recordId, id);
  await audited(ctx, async ({ tx, actorId, audit }) => {
    if (!(await softDeleteFile(tx, id, actorId))) throw notFound();
    await audit({
      action: "delete",
      recordType: "file",
      recordId: id,
      regionId: file.regionId,
      before: { ...auditView(file), publicFlyer: file.publicFlyer },
      after: null,
    });
  });
  return { id };
}

/** Offers an edition's file on its public forum page (「チラシとして公開」), or takes it back. */
export async function setPublicFlyer(ctx: Context, editionId: string, id: string, publicFlyer: boolean) {
  const file = await fileOfRecord(ctx, "forum_edition", editionId, id);
  await audited(ctx, async ({ tx, audit }) => {
    await setFilePublicFlyer(tx, id, publicFlyer);
    await audit({
      action: "update",
      recordType: "file",
      recordId: id,
      regionId: file.regionId,
      before: { ...auditView(file), publicFlyer: file.publicFlyer },
      after: { ...auditView(file), publicFlyer },
    });
  });
  return { id, publicFlyer };
}

/** The record a file goes with, if the actor may see it (else NOT_FOUND: its existence is not told either). */
async function visibleRecord(ctx: Context, recordType: FileRecordType, recordId: string) {
  const record = await findAttachableRecord(ctx.db, recordType, recordId);
  if (!record || !can(ctx.actor, FILE_PERMISSIONS[recordType].read, record)) throw recordNotFound();
  return record;
}

/**
 * The type the content shows (magic bytes), if it is one we take. Text has no magic bytes: a file named .csv or
 * .txt whose start holds no NUL byte is taken as text.
 */
async function detectType(first: Uint8Array, name: string): Promise<string> {
  const detected = await fileTypeFromBuffer(first);
  if (detected) {
    if (detected.mime in ALLOWED_FILE_TYPES) return detected.mime;
    throw new DomainError("UNSUPPORTED_TYPE", FILE_TYPE_MESSAGE);
  }
  const text = textTypeOfName(name);
  if (text && !first.includes(0)) return text;
  throw new DomainError("UNSUPPORTED_TYPE", FILE_TYPE_MESSAGE);
}

export interface Upload {
  recordType: FileRecordType;
  recordId: string;
  name: string;
  /** The body's declared length, when the client sent one: refused at once when over a limit. */
  declaredBytes: number | null;
  body: AsyncIterable<Uint8Array>;
}

/**
 * Stores an uploaded file. Checked before the content is read: the actor may change the record, the declared
 * size fits the limits. Then the content streams into chunks (each written as it arrives, so memory holds one
 * chunk) while its size is counted and hashed; the first chunk's magic bytes decide its type. The file appears,
 * with its audit row, in one transaction at the end that checks the region's quota again under a lock; an
 * upload refused or cut short midway leaves nothing behind.
 */
export async function uploadFile(
  ctx: Context,
  upload: Upload,
  storage: FileStorage = databaseFileStorage(ctx.db),
): Promise<FileItem> {
  const { recordType, recordId } = upload;
  const record = await visibleRecord(ctx, recordType, recordId);
  if (!can(ctx.actor, FILE_PERMISSIONS[recordType].write, record))
    throw new DomainError("FORBIDDEN", "この記録にファイルを添付する権限がありません。");
  if (upload.declaredBytes !== null && upload.declaredBytes > FILE_MAX_BYTES)
    throw new DomainError("TOO_LARGE", FILE_TOO_LARGE_MESSAGE);
  const used = await regionFileBytes(ctx.db, record.regionId);
  if (used + (upload.declaredBytes ?? 0) > REGION_FILES_MAX_BYTES)
    throw new DomainError("TOO_LARGE", REGION_FILES_FULL_MESSAGE);

  const name = cleanFileName(upload.name);
  const chunks = rechunk(upload.body, FILE_CHUNK_BYTES);
  const first = await chunks.next();
  if (first.done) throw new DomainError("VALIDATION", "空のファイルは添付できません。");
  const contentType = await detectType(first.value, name);

  const id = await insertPendingFile(ctx.db, {
    regionId: record.regionId,
    recordType,
    recordId,
    name,
    contentType,
    uploadedBy: ctx.actor?.id ?? null,
  });
  try {
    const hash = createHash("sha256");
    let sizeBytes = 0;
    let seq = 0;
    const store = async (chunk: Uint8Array) => {
      sizeBytes += chunk.byteLength;
      if (sizeBytes > FILE_MAX_BYTES) throw new DomainError("TOO_LARGE", FILE_TOO_LARGE_MESSAGE);
      hash.update(chunk);
      await storage.putChunk(id, seq, chunk);
      seq += 1;
    };
    await store(first.value);
    for await (const chunk of chunks) await store(chunk);
    const sha256 = hash.digest("hex");
    await audited(ctx, async ({ tx, audit }) => {
      await lockRegionForFiles(tx, record.regionId);
      if (!(await findAttachableRecord(tx, recordType, recordId))) throw recordNotFound();
      if ((await regionFileBytes(tx, record.regionId)) + sizeBytes > REGION_FILES_MAX_BYTES)
        throw new DomainError("TOO_LARGE", REGION_FILES_FULL_MESSAGE);
      if (!(await completeFile(tx, id, { sizeBytes, sha256 }))) throw notFound();
      await audit({
        action: "create",
        recordType: "file",
        recordId: id,
        regionId: record.regionId,
        before: null,
        after: { ...auditView({ name, contentType, sizeBytes, recordType, recordId }), sha256 },
      });
    });
    const stored = await findLiveFile(ctx.db, id);
    if (!stored) throw notFound();
    return {
      id,
      name,
      contentType,
      sizeBytes,
      uploadedByName: null,
      createdAt: stored.createdAt,
      publicFlyer: false,
    };
  } catch (error) {
    // Nothing of a refused or broken upload stays (its chunks go with the row).
    await removeFileRow(ctx.db, id).catch(() => undefined);
    throw error;
  }
}

export interface Download {
  file: StoredFile;
  content: AsyncGenerator<Uint8Array>;
}

/** A file the actor may read (the record's own read permission), with its content as a stream of chunks. */
export async function openDownload(
  ctx: Context,
  id: string,
  storage: FileStorage = databaseFileStorage(ctx.db),
): Promise<Download> {
  const file = await findLiveFile(ctx.db, id);
  if (!file) throw notFound();
  const record = await findAttachableRecord(ctx.db, file.recordType, file.recordId);
  if (!record || !can(ctx.actor, FILE_PERMISSIONS[file.recordType].read, record)) throw notFound();
  return { file, content: readChunks(storage, id) };
}

/** An edition's file its committee offered on the public forum page; anyone may download it. */
export async function openPublicFlyer(
  ctx: Pick<Context, "db">,
  id: string,
  storage: FileStorage = databaseFileStorage(ctx.db),
): Promise<Download> {
  const file = await findLiveFile(ctx.db, id);
  if (!file?.publicFlyer || file.recordType !== "forum_edition") throw notFound();
  return { file, content: readChunks(storage, id) };
}
