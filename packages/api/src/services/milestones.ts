import {
  findEdition,
  findEditionMilestoneInputs,
  findTemplateItem,
  insertTemplateItem,
  listEditionMilestoneOverrides,
  listMilestoneTemplate,
  saveEditionMilestoneAtVersion,
  updateTemplateItemAtVersion,
} from "@kyoso/db";
import { DomainError, editionMilestones, todayInTokyo } from "@kyoso/domain";
import type { Context } from "../context";
import { audited } from "./write";

/** An edition's milestones with due dates and status as of today in Japan. */
export async function milestonesOfEdition(ctx: Context, editionId: string) {
  const found = await findEditionMilestoneInputs(ctx.db, editionId);
  if (!found) throw new DomainError("NOT_FOUND", "指定されたフォーラムが見つかりません。");
  return editionMilestones(found.template, found.heldOn, found.overrides, todayInTokyo(ctx.now()));
}

export async function setEditionMilestone(
  ctx: Context,
  input: { editionId: string; key: string; shiftDays: number; doneOn: string | null; version: number },
) {
  return audited(ctx, async ({ tx, audit }) => {
    const edition = await findEdition(tx, input.editionId);
    if (!edition) throw new DomainError("NOT_FOUND", "指定されたフォーラムが見つかりません。");
    if (!(await findTemplateItem(tx, input.key)))
      throw new DomainError("NOT_FOUND", "指定されたマイルストーンが見つかりません。");
    const before =
      (await listEditionMilestoneOverrides(tx, input.editionId)).find((o) => o.key === input.key) ?? null;
    const saved = await saveEditionMilestoneAtVersion(tx, {
      editionId: input.editionId,
      templateKey: input.key,
      shiftDays: input.shiftDays,
      doneOn: input.doneOn,
      version: input.version,
    });
    if (!saved) {
      throw new DomainError(
        "CONFLICT",
        "このマイルストーンは他の人によって更新されています。画面を再読み込みしてから、もう一度編集してください。",
      );
    }
    await audit({
      action: before ? "update" : "create",
      recordType: "edition_milestone",
      recordId: `${input.editionId}:${input.key}`,
      regionId: edition.regionId,
      before,
      after: { key: input.key, shiftDays: input.shiftDays, doneOn: input.doneOn },
    });
    const [template, overrides] = await Promise.all([
      listMilestoneTemplate(tx),
      listEditionMilestoneOverrides(tx, input.editionId),
    ]);
    return editionMilestones(template, edition.heldOn, overrides, todayInTokyo(ctx.now()));
  });
}

export async function addTemplateItem(
  ctx: Context,
  item: { key: string; labelJa: string; labelEn: string; offsetDays: number },
) {
  return audited(ctx, async ({ tx, audit }) => {
    if (await findTemplateItem(tx, item.key))
      throw new DomainError("DUPLICATE", "同じキーのマイルストーンがすでにあります。");
    await insertTemplateItem(tx, item);
    await audit({
      action: "create",
      recordType: "milestone_template",
      recordId: item.key,
      regionId: null,
      before: null,
      after: item,
    });
    return listMilestoneTemplate(tx);
  });
}

export async function updateTemplateItem(
  ctx: Context,
  input: { key: string; version: number; labelJa: string; labelEn: string; offsetDays: number },
) {
  const { key, version, ...patch } = input;
  return audited(ctx, async ({ tx, audit }) => {
    const before = await findTemplateItem(tx, key);
    if (!before) throw new DomainError("NOT_FOUND", "指定されたマイルストーンが見つかりません。");
    if (!(await updateTemplateItemAtVersion(tx, key, version, patch))) {
      throw new DomainError(
        "CONFLICT",
        "このマイルストーンは他の人によって更新されています。画面を再読み込みしてから、もう一度編集してください。",
      );
    }
    await audit({
      action: "update",
      recordType: "milestone_template",
      recordId: key,
      regionId: null,
      before,
      after: { ...before, ...patch },
    });
    return listMilestoneTemplate(tx);
  });
}
