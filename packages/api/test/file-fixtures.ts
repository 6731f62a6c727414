import type { DB } from "@kyoso/db";
import type { FileRecordType } from "@kyoso/domain";

// A complete one-chunk PDF attachment written straight into the tables, for tests that need a file to exist
// (the authorization matrix); uploads themselves are tested over HTTP (apps/server/test/files-http.test.ts).

const COLUMN = {
  meeting: "meetingId",
  hearing: "hearingId",
  forum_edition: "editionId",
  task: "taskId",
} as const;

export async function newFile(db: DB, recordType: FileRecordType, recordId: string, regionId: string) {
  const data = Buffer.from("%PDF-1.4\n%%EOF\n");
  const row = await db
    .insertInto("file")
    .values({
      regionId,
      recordType,
      [COLUMN[recordType]]: recordId,
      name: "資料.pdf",
      contentType: "application/pdf",
      sizeBytes: data.length,
      complete: true,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db.insertInto("fileChunk").values({ fileId: row.id, seq: 0, data }).execute();
  return row.id;
}
