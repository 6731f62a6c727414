import {
  findEditionForUpdate,
  findRetrospective,
  insertTimelineEntry,
  saveRetrospectiveAtVersion,
  updateEditionAtVersion,
} from "@kyoso/db";
import {
  assertRetrospectiveAllowed,
  assertTransition,
  DomainError,
  type ForumEdition,
  type Retrospective,
  type RetrospectiveSave,
  STAGE_LABELS_JA,
  todayInTokyo,
} from "@kyoso/domain";
import type { Context, ScopedContext } from "../context";
import { audited } from "./write";

/** The edition is the one the permission check found (`ctx.scope`): none means there is no such edition. */
export async function retrospectiveOfEdition(ctx: ScopedContext): Promise<Retrospective | null> {
  const { editionId } = ctx.scope;
  if (!editionId) throw new DomainError("NOT_FOUND", "指定されたフォーラムが見つかりません。");
  return (await findRetrospective(ctx.db, editionId)) ?? null;
}

/**
 * Saves the retrospective of a held forum. The first save of an edition at 開催済 moves it on to 振り返り, along
 * the stage path (assertTransition), logged on the timeline like any stage change; all in one transaction.
 */
export async function saveRetrospective(
  ctx: Context,
  input: RetrospectiveSave,
): Promise<{ retrospective: Retrospective; edition: ForumEdition }> {
  const { editionId, version, ...values } = input;
  return audited(ctx, async ({ tx, audit }) => {
    const edition = await findEditionForUpdate(tx, editionId);
    if (!edition) throw new DomainError("NOT_FOUND", "指定されたフォーラムが見つかりません。");
    assertRetrospectiveAllowed(edition.stage);
    const before = (await findRetrospective(tx, editionId)) ?? null;
    const saved = await saveRetrospectiveAtVersion(tx, editionId, version, values);
    if (!saved) {
      throw new DomainError(
        "CONFLICT",
        "振り返りは他の人によって更新されています。画面を再読み込みしてから、もう一度編集してください。",
      );
    }
    await audit({
      action: before ? "update" : "create",
      recordType: "edition_retrospective",
      recordId: editionId,
      regionId: edition.regionId,
      before,
      after: saved,
    });
    if (edition.stage !== "held") return { retrospective: saved, edition };

    assertTransition(edition.stage, "retrospective");
    const moved = await updateEditionAtVersion(tx, editionId, edition.version, { stage: "retrospective" });
    if (!moved) throw new DomainError("CONFLICT", "フォーラムが他の人によって更新されています。");
    await audit({
      action: "update",
      recordType: "forum_edition",
      recordId: editionId,
      regionId: edition.regionId,
      before: edition,
      after: moved,
    });
    await insertTimelineEntry(tx, {
      regionId: edition.regionId,
      occurredOn: todayInTokyo(ctx.now()),
      kind: "edition",
      title: `ステージを「${STAGE_LABELS_JA.held}」から「${STAGE_LABELS_JA.retrospective}」に変更しました`,
      sourceType: "forum_edition",
      sourceId: editionId,
    });
    return { retrospective: saved, edition: moved };
  });
}
