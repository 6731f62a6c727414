import {
  deleteAnnouncementTimelineEntry,
  findAnnouncement,
  findEdition,
  insertAnnouncement,
  softDeleteAtVersion,
  updateAnnouncementAtVersion,
  upsertAnnouncementTimelineEntry,
} from "@kyoso/db";
import {
  type Announcement,
  type AnnouncementCreate,
  type AnnouncementUpdate,
  assertCanPublish,
  DomainError,
} from "@kyoso/domain";
import type { Context } from "../context";
import { type AuditEntry, audited } from "./write";

// Announcements (お知らせ): written as drafts, published when the committee is ready. A published one is also a
// public entry on the region's timeline, kept in step in the same transaction as the change and its audit row.

type Tx = Context["db"];

const notFound = () => new DomainError("NOT_FOUND", "指定されたお知らせが見つかりません。");
const stale = () =>
  new DomainError(
    "CONFLICT",
    "このお知らせは他の人によって更新されています。画面を再読み込みしてから、もう一度操作してください。",
  );

async function requireAnnouncement(tx: Tx, id: string) {
  const found = await findAnnouncement(tx, id);
  if (!found) throw notFound();
  return found;
}

const entry = (
  action: "create" | "update" | "delete",
  regionId: string,
  before: Announcement | null,
  after: Announcement | null,
): AuditEntry => ({
  action,
  recordType: "announcement",
  recordId: (after ?? before)?.id ?? "",
  regionId,
  before,
  after,
});

export async function createAnnouncement(ctx: Context, input: AnnouncementCreate): Promise<Announcement> {
  return audited(ctx, async ({ tx, audit }) => {
    const edition = await findEdition(tx, input.editionId);
    if (!edition) throw new DomainError("NOT_FOUND", "指定されたフォーラムが見つかりません。");
    const created = await insertAnnouncement(tx, input);
    await audit(entry("create", edition.regionId, null, created));
    return created;
  });
}

/** Edits a draft or a published announcement (the public page and the timeline follow at once). */
export async function updateAnnouncement(ctx: Context, input: AnnouncementUpdate): Promise<Announcement> {
  const { id, version, ...patch } = input;
  return audited(ctx, async ({ tx, audit }) => {
    const { announcement: before, regionId } = await requireAnnouncement(tx, id);
    const after = await updateAnnouncementAtVersion(tx, id, version, patch);
    if (!after) throw stale();
    if (after.status === "published") await upsertAnnouncementTimelineEntry(tx, regionId, after);
    await audit(entry("update", regionId, before, after));
    return after;
  });
}

export async function publishAnnouncement(ctx: Context, input: { id: string; version: number }) {
  return audited(ctx, async ({ tx, audit }) => {
    const { announcement: before, regionId, stage } = await requireAnnouncement(tx, input.id);
    if (before.version !== input.version) throw stale();
    if (before.status === "published")
      throw new DomainError("VALIDATION", "このお知らせはすでに公開されています。");
    assertCanPublish(stage);
    const after = await updateAnnouncementAtVersion(tx, input.id, input.version, { status: "published" });
    if (!after) throw stale();
    await upsertAnnouncementTimelineEntry(tx, regionId, after);
    await audit(entry("update", regionId, before, after));
    return after;
  });
}

/** Back to a draft: off the public page, the feed and the timeline. */
export async function unpublishAnnouncement(ctx: Context, input: { id: string; version: number }) {
  return audited(ctx, async ({ tx, audit }) => {
    const { announcement: before, regionId } = await requireAnnouncement(tx, input.id);
    if (before.version !== input.version) throw stale();
    if (before.status === "draft") throw new DomainError("VALIDATION", "このお知らせは公開されていません。");
    const after = await updateAnnouncementAtVersion(tx, input.id, input.version, { status: "draft" });
    if (!after) throw stale();
    await deleteAnnouncementTimelineEntry(tx, input.id);
    await audit(entry("update", regionId, before, after));
    return after;
  });
}

/** Deletes softly: off the lists, the public page, the feed and the timeline at once; restorable from 削除済み. */
export async function deleteAnnouncement(ctx: Context, input: { id: string; version: number }) {
  return audited(ctx, async ({ tx, actorId, audit }) => {
    const { announcement: before, regionId } = await requireAnnouncement(tx, input.id);
    const deletedAt = await softDeleteAtVersion(tx, "announcement", input.id, input.version, actorId);
    if (!deletedAt) throw stale();
    await deleteAnnouncementTimelineEntry(tx, input.id);
    await audit(entry("delete", regionId, before, null));
    return { id: input.id, recordType: "announcement" as const, deletedAt: deletedAt.toISOString() };
  });
}
