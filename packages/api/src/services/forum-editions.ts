import {
  editionExistsForYear,
  findEditionForUpdate,
  findRegionById,
  insertEdition,
  insertTimelineEntry,
  isUniqueViolation,
  updateEditionAtVersion,
} from "@kyoso/db";
import {
  assertEditionConsistent,
  assertTransition,
  DomainError,
  type ForumEdition,
  type ForumEditionCreate,
  type ForumEditionUpdate,
  STAGE_LABELS_JA,
  todayInTokyo,
  venueFullSwitch,
} from "@kyoso/domain";
import type { Context } from "../context";
import { recordVenueFull, withVenueSwitch } from "./capacity";
import { audited } from "./write";

const duplicateYear = (year: number) =>
  new DomainError("DUPLICATE", `この地域には${year}年のフォーラムがすでに登録されています。`);

/** Creates an edition with its audit row and timeline entry, all in one transaction. */
export async function createForumEdition(ctx: Context, input: ForumEditionCreate): Promise<ForumEdition> {
  try {
    return await audited(ctx, async (write) => {
      const { tx, audit } = write;
      const region = await findRegionById(tx, input.regionId);
      if (!region) throw new DomainError("NOT_FOUND", "指定された地域が見つかりません。");
      if (await editionExistsForYear(tx, input.regionId, input.year)) throw duplicateYear(input.year);
      const venue = venueFullSwitch(input, todayInTokyo(ctx.now()));
      const edition = await insertEdition(tx, { ...input, venueFullFrom: venue.venueFullFrom });
      await audit({
        action: "create",
        recordType: "forum_edition",
        recordId: edition.id,
        regionId: edition.regionId,
        before: null,
        after: edition,
      });
      await insertTimelineEntry(tx, {
        regionId: edition.regionId,
        occurredOn: todayInTokyo(ctx.now()),
        kind: "edition",
        title: `「${edition.title}」を登録しました（${STAGE_LABELS_JA[edition.stage]}）`,
        sourceType: "forum_edition",
        sourceId: edition.id,
      });
      await recordVenueFull(write, edition, venue);
      return edition;
    });
  } catch (error) {
    // Two people creating the same year at once: the unique key decides, the loser gets the same message.
    if (isUniqueViolation(error)) throw duplicateYear(input.year);
    throw error;
  }
}

const staleVersion = () =>
  new DomainError(
    "CONFLICT",
    "このフォーラムは他の人によって更新されています。画面を再読み込みしてから、もう一度編集してください。",
  );

/**
 * Applies an edit made on `input.version`. A stale version fails with CONFLICT and changes nothing; a stage
 * change must follow the preparation path and is logged on the region's timeline.
 */
export async function updateForumEdition(ctx: Context, input: ForumEditionUpdate): Promise<ForumEdition> {
  const { id, version, ...edit } = input;
  return audited(ctx, async (write) => {
    const { tx, audit } = write;
    const current = await findEditionForUpdate(tx, id);
    if (!current) throw new DomainError("NOT_FOUND", "指定されたフォーラムが見つかりません。");
    if (current.version !== version) throw staleVersion();
    // Capacity or counts edited here fill the venue just as entering them on their own does.
    const { patch, venue } = withVenueSwitch(current, edit, todayInTokyo(ctx.now()));
    const merged = { ...current, ...patch };
    if (patch.stage) assertTransition(current.stage, patch.stage);
    assertEditionConsistent(merged);

    const updated = await updateEditionAtVersion(tx, id, version, patch);
    if (!updated) throw staleVersion();
    await audit({
      action: "update",
      recordType: "forum_edition",
      recordId: id,
      regionId: current.regionId,
      before: current,
      after: updated,
    });
    await recordVenueFull(write, updated, venue);
    if (updated.stage !== current.stage) {
      await insertTimelineEntry(tx, {
        regionId: current.regionId,
        occurredOn: todayInTokyo(ctx.now()),
        kind: "edition",
        title: `ステージを「${STAGE_LABELS_JA[current.stage]}」から「${STAGE_LABELS_JA[updated.stage]}」に変更しました`,
        sourceType: "forum_edition",
        sourceId: id,
      });
    }
    return updated;
  });
}
