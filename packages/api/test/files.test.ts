import { findUserIdByEmail } from "@kyoso/db";
import { FILE_CHUNK_BYTES, REGION_FILES_MAX_BYTES } from "@kyoso/domain";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { createSession, resolveSession } from "../src/auth/sessions";
import { createContextInner } from "../src/index";
import { openDownload, uploadFile } from "../src/services/files";
import { newFile } from "./file-fixtures";
import { DEMO_EMAILS, type DemoUserKey, useTestApi } from "./helpers";

// Attachments below HTTP: stored in chunks, counted against the region's quota, and going, coming back and being
// purged with their record or on their own (the 削除済み view). Over HTTP: apps/server/test/files-http.test.ts.

const NOW = new Date("2026-11-25T03:00:00Z");
const api = useTestApi(NOW);

async function contextAs(user: DemoUserKey) {
  const db = api.handle.db;
  const userId = await findUserIdByEmail(db, DEMO_EMAILS[user]);
  if (!userId) throw new Error(`demo user ${user}`);
  const { token } = await createSession(db, userId, NOW);
  const session = await resolveSession(db, token, NOW);
  return createContextInner({ db, engine: api.handle.engine, actor: session?.actor ?? null, now: () => NOW });
}

async function* pieces(bytes: Buffer, size = 10_000) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

const pdf = (length: number) => {
  const bytes = Buffer.alloc(length, 0x20);
  bytes.write("%PDF-1.4\n");
  return bytes;
};

async function saitamaMeeting() {
  const page = await api.caller.meeting.forRegion({ slug: "saitama", page: 1, pageSize: 1 });
  const id = page.rows[0]?.id ?? "";
  const meeting = await api.caller.meeting.byId({ id });
  return { id, version: meeting.version, regionId: meeting.regionId };
}

const chunkCount = async (fileId: string) =>
  Number(
    (
      await sql<{ n: string }>`select count(*)::text as n from file_chunk where file_id = ${fileId}`.execute(
        api.handle.db,
      )
    ).rows[0]?.n,
  );

describe("an upload", () => {
  it("is stored in chunks of 256 KB, read back whole, and audited", async () => {
    const meeting = await saitamaMeeting();
    const bytes = pdf(2 * FILE_CHUNK_BYTES + 1000);
    const ctx = await contextAs("saitama");
    const stored = await uploadFile(ctx, {
      recordType: "meeting",
      recordId: meeting.id,
      name: "../資料.pdf",
      declaredBytes: null,
      body: pieces(bytes),
    });
    expect(stored).toMatchObject({
      name: "資料.pdf",
      contentType: "application/pdf",
      sizeBytes: bytes.length,
    });
    expect(await chunkCount(stored.id)).toBe(3);
    const download = await openDownload(ctx, stored.id);
    const parts: Uint8Array[] = [];
    for await (const part of download.content) parts.push(part);
    expect(Buffer.concat(parts).equals(bytes)).toBe(true);
    const audit = await api.caller.audit.list({ recordType: "file" });
    expect(audit.rows.some((r) => r.recordId === stored.id && r.action === "create")).toBe(true);
  });

  it("is refused once the region's files would pass 1 GB, and leaves nothing behind", async () => {
    const meeting = await saitamaMeeting();
    const big = await newFile(api.handle.db, "meeting", meeting.id, meeting.regionId);
    await api.handle.db
      .updateTable("file")
      .set({ sizeBytes: REGION_FILES_MAX_BYTES - 100 })
      .where("id", "=", big)
      .execute();
    const ctx = await contextAs("saitama");
    const refused = await uploadFile(ctx, {
      recordType: "meeting",
      recordId: meeting.id,
      name: "one-more.pdf",
      declaredBytes: null,
      body: pieces(pdf(1000)),
    }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "TOO_LARGE" });
    expect((refused as Error).message).toContain("1GB");
    const left = await api.handle.db.selectFrom("file").select("id").where("complete", "=", false).execute();
    expect(left).toEqual([]);
  });
});

describe("files go with their record", () => {
  it("leave the list with a deleted meeting, come back with it, and are removed with their content by a purge", async () => {
    const meeting = await saitamaMeeting();
    const fileId = await newFile(api.handle.db, "meeting", meeting.id, meeting.regionId);
    const listed = () => api.caller.file.meetingFiles({ meetingId: meeting.id });
    expect((await listed()).map((f) => f.id)).toEqual([fileId]);

    await api.caller.meeting.delete({ id: meeting.id, version: meeting.version });
    expect(await listed()).toEqual([]);
    await api.caller.trash.restore({ recordType: "meeting", id: meeting.id });
    expect((await listed()).map((f) => f.id)).toEqual([fileId]);

    const again = await api.caller.meeting.byId({ id: meeting.id });
    await api.caller.meeting.delete({ id: meeting.id, version: again.version });
    await api.caller.trash.purge({ recordType: "meeting", id: meeting.id });
    expect(await api.handle.db.selectFrom("file").select("id").where("id", "=", fileId).execute()).toEqual(
      [],
    );
    expect(await chunkCount(fileId)).toBe(0);
  });

  it("a file deleted on its own waits in 削除済み, is restored from there, and a purge removes its content", async () => {
    const meeting = await saitamaMeeting();
    const fileId = await newFile(api.handle.db, "meeting", meeting.id, meeting.regionId);
    await api.caller.file.deleteMeetingFile({ meetingId: meeting.id, id: fileId });
    const trash = await api.caller.trash.list({ regionSlug: "saitama" });
    expect(trash.find((r) => r.id === fileId)).toMatchObject({ recordType: "file", title: "資料.pdf" });
    await api.caller.trash.restore({ recordType: "file", id: fileId });
    expect((await api.caller.file.meetingFiles({ meetingId: meeting.id })).map((f) => f.id)).toEqual([
      fileId,
    ]);
    await api.caller.file.deleteMeetingFile({ meetingId: meeting.id, id: fileId });
    await api.caller.trash.purge({ recordType: "file", id: fileId });
    expect(await chunkCount(fileId)).toBe(0);
  });
});
