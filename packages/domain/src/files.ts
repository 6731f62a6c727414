import { z } from "zod";
import type { Permission } from "./permissions";
import { idSchema, safeString } from "./text";

// File attachments (flyers, handouts, signed agreements) on meetings, hearings, forum editions and tasks. A file
// is seen by exactly those who may see its record and changed by those who may change it: the record kind names
// the permissions, which are the ones the record's own procedures declare.

export const FILE_RECORD_TYPES = ["meeting", "hearing", "forum_edition", "task"] as const;
export type FileRecordType = (typeof FILE_RECORD_TYPES)[number];

/** The permissions that read and change a record of each kind (as its own tRPC procedures declare them). */
export const FILE_PERMISSIONS: Record<FileRecordType, { read: Permission; write: Permission }> = {
  meeting: { read: "region.read", write: "region.write" },
  hearing: { read: "region.read", write: "region.write" },
  forum_edition: { read: "edition.read", write: "edition.write" },
  task: { read: "task.read", write: "task.write" },
};

/** The largest file one upload takes. */
export const FILE_MAX_BYTES = 20 * 1024 * 1024;
/** The most all live files of one region may hold together. */
export const REGION_FILES_MAX_BYTES = 1024 * 1024 * 1024;
/** Files are stored in rows of this size (bytea), so no step holds a whole file in memory. */
export const FILE_CHUNK_BYTES = 256 * 1024;

export const FILE_TOO_LARGE_MESSAGE = "ファイルが大きすぎます。1つのファイルは20MBまでです。";
export const REGION_FILES_FULL_MESSAGE =
  "この地域のファイルの保存容量 (1GB) を超えます。不要なファイルを削除してから、もう一度お試しください。";
export const FILE_TYPE_MESSAGE =
  "この形式のファイルは添付できません。PDF、画像 (PNG・JPEG・GIF・WebP)、Word・Excel・PowerPoint、CSV・テキストを選んでください。";

/**
 * What may be attached, by the type the content itself shows (magic bytes), never the browser's claim: the
 * MIME type served back, and the file name endings that go with it.
 */
export const ALLOWED_FILE_TYPES: Record<string, readonly string[]> = {
  "application/pdf": ["pdf"],
  "image/png": ["png"],
  "image/jpeg": ["jpg", "jpeg"],
  "image/gif": ["gif"],
  "image/webp": ["webp"],
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ["docx"],
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ["xlsx"],
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": ["pptx"],
  "text/csv": ["csv"],
  "text/plain": ["txt"],
};

/** A text file's type by its name (text has no magic bytes): CSV or plain text, else none. */
export function textTypeOfName(name: string): "text/csv" | "text/plain" | undefined {
  const ending = name.toLowerCase().split(".").pop();
  if (ending === "csv") return "text/csv";
  if (ending === "txt") return "text/plain";
  return undefined;
}

/**
 * A file name as stored and offered back: the last path segment, without control characters, at most 200
 * characters; empty input becomes 「ファイル」.
 */
export function cleanFileName(raw: string): string {
  const last = raw.split(/[\\/]/).pop() ?? "";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed here
  const cleaned = last.replace(/[\u0000-\u001f\u007f"]/g, "").trim();
  return Array.from(cleaned || "ファイル")
    .slice(0, 200)
    .join("");
}

export const fileNameSchema = safeString().min(1).max(1000);

export const meetingFilesSchema = z.object({ meetingId: idSchema });
export const hearingFilesSchema = z.object({ hearingId: idSchema });
export const editionFilesSchema = z.object({ editionId: idSchema });
export const taskFilesSchema = z.object({ taskId: idSchema });

export const meetingFileSchema = z.object({ meetingId: idSchema, id: idSchema });
export const hearingFileSchema = z.object({ hearingId: idSchema, id: idSchema });
export const editionFileSchema = z.object({ editionId: idSchema, id: idSchema });
export const taskFileSchema = z.object({ taskId: idSchema, id: idSchema });
export const editionFlyerSchema = z.object({ editionId: idSchema, id: idSchema, publicFlyer: z.boolean() });

/** One attachment as lists show it. */
export interface FileItem {
  id: string;
  name: string;
  contentType: string;
  sizeBytes: number;
  uploadedByName: string | null;
  /** ISO timestamp. */
  createdAt: string;
  /** An edition's file offered on the public forum page (「チラシとして公開」). */
  publicFlyer: boolean;
}
