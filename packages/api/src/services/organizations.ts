import {
  countOrganizationReferences,
  existingOrganizationKeys,
  findOrganization,
  findRegionById,
  findRegionDetail,
  insertOrganization,
  insertOrganizations,
  isUniqueViolation,
  primaryRegionIdForOrganization,
  replaceContacts,
  softDeleteAtVersion,
  updateOrganizationAtVersion,
} from "@kyoso/db";
import {
  DomainError,
  type ImportRejection,
  type OrganizationCreate,
  type OrganizationDraft,
  type OrganizationUpdate,
  type RecordDelete,
  readOrganizationImport,
} from "@kyoso/domain";
import type { Context } from "../context";
import { readCsvUpload } from "./csv";
import { checkPrefectureWritable } from "./references";
import { audited } from "./write";

async function regionPrefectureCodes(ctx: Context, regionId: string): Promise<string[]> {
  const region = await findRegionById(ctx.db, regionId);
  if (!region) throw new DomainError("NOT_FOUND", "指定された地域が見つかりません。");
  const detail = await findRegionDetail(ctx.db, region.slug);
  return detail?.prefectures.map((p) => p.code) ?? [];
}

const outsideRegion = () =>
  new DomainError(
    "VALIDATION",
    "この地域に含まれない都道府県の団体は登録できません。都道府県を確認してください。",
  );

const duplicate = () =>
  new DomainError("DUPLICATE", "同じ都道府県に同じ名前の団体がすでに登録されています。");

export async function createOrganization(ctx: Context, input: OrganizationCreate) {
  const codes = await regionPrefectureCodes(ctx, input.regionId);
  if (!input.prefectureCode || !codes.includes(input.prefectureCode)) throw outsideRegion();
  const { regionId, contacts, ...draft } = input;
  try {
    return await audited(ctx, async ({ tx, audit }) => {
      const id = await insertOrganization(tx, draft);
      await replaceContacts(tx, id, contacts);
      const created = await findOrganization(tx, id);
      await audit({
        action: "create",
        recordType: "organization",
        recordId: id,
        regionId,
        before: null,
        after: created,
      });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate();
    throw error;
  }
}

export async function updateOrganization(ctx: Context, input: OrganizationUpdate) {
  const { id, version, contacts, ...draft } = input;
  try {
    return await audited(ctx, async ({ tx, audit }) => {
      const before = await findOrganization(tx, id);
      if (!before) throw new DomainError("NOT_FOUND", "指定された団体が見つかりません。");
      if (draft.prefectureCode !== before.prefectureCode)
        await checkPrefectureWritable(tx, ctx.actor, draft.prefectureCode);
      if (!(await updateOrganizationAtVersion(tx, id, version, draft))) {
        throw new DomainError(
          "CONFLICT",
          "この団体は他の人によって更新されています。画面を再読み込みしてから、もう一度編集してください。",
        );
      }
      await replaceContacts(tx, id, contacts);
      const after = await findOrganization(tx, id);
      await audit({
        action: "update",
        recordType: "organization",
        recordId: id,
        regionId: null,
        before,
        after,
      });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate();
    throw error;
  }
}

/**
 * Deletes an organization softly (its 削除済み entry lists it under its prefecture's own region). One that
 * co-host agreements, meetings or hearings refer to stays: deleting it would leave those records naming an
 * organization nobody can open, so the message says which records to change first. Deleted records that can
 * still be restored count too, or restoring them would bring back a reference to nothing.
 */
export async function deleteOrganization(ctx: Context, input: RecordDelete) {
  return audited(ctx, async ({ tx, actorId, audit }) => {
    const before = await findOrganization(tx, input.id);
    if (!before) throw new DomainError("NOT_FOUND", "指定された団体が見つかりません。");
    const refs = await countOrganizationReferences(tx, input.id);
    const named = [
      refs.agreements > 0 ? `共催・後援・協力の記録 ${refs.agreements}件` : null,
      refs.meetings > 0 ? `会議 ${refs.meetings}件` : null,
      refs.hearings > 0 ? `ヒアリング ${refs.hearings}件` : null,
    ].filter((x): x is string => x !== null);
    if (named.length > 0) {
      throw new DomainError(
        "VALIDATION",
        `「${before.name}」は${named.join("、")}から参照されているため削除できません（削除済みで復元できる記録を含みます）。先にそれらの記録から外すか、記録を削除して完全に消去してから、もう一度操作してください。`,
      );
    }
    const deletedAt = await softDeleteAtVersion(tx, "organization", input.id, input.version, actorId);
    if (!deletedAt) {
      throw new DomainError(
        "CONFLICT",
        "この団体は他の人によって更新されています。画面を再読み込みしてから、もう一度操作してください。",
      );
    }
    await audit({
      action: "delete",
      recordType: "organization",
      recordId: input.id,
      regionId: (await primaryRegionIdForOrganization(tx, input.id)) ?? null,
      before,
      after: null,
    });
    return {
      id: input.id,
      recordType: "organization" as const,
      deletedAt: new Date(deletedAt).toISOString(),
    };
  });
}

export interface ImportPreview {
  toCreate: (OrganizationDraft & { line: number })[];
  rejected: ImportRejection[];
}

/** Reads the file and sorts its rows into what would be created and what is rejected, writing nothing. */
export async function previewOrganizationImport(
  ctx: Context,
  regionId: string,
  fileBase64: string,
): Promise<ImportPreview> {
  const read = readCsvUpload(fileBase64, readOrganizationImport);
  const codes = await regionPrefectureCodes(ctx, regionId);
  const existing = await existingOrganizationKeys(ctx.db, read.drafts);
  const rejected = [...read.rejected];
  const toCreate = read.drafts.filter((d) => {
    const reasons: string[] = [];
    if (!d.prefectureCode || !codes.includes(d.prefectureCode))
      reasons.push("この地域に含まれない都道府県です。");
    if (existing.has(`${d.prefectureCode ?? ""}:${d.name}`))
      reasons.push("同じ団体がすでに登録されています。");
    if (reasons.length > 0) rejected.push({ line: d.line, name: d.name, reasons });
    return reasons.length === 0;
  });
  rejected.sort((a, b) => a.line - b.line);
  return { toCreate, rejected };
}

/** Creates every row the preview accepted, all in one transaction: all of them or none. */
export async function commitOrganizationImport(ctx: Context, regionId: string, fileBase64: string) {
  const preview = await previewOrganizationImport(ctx, regionId, fileBase64);
  if (preview.toCreate.length === 0) throw new DomainError("VALIDATION", "登録できる行がありません。");
  try {
    return await audited(ctx, async ({ tx, audit }) => {
      const drafts = preview.toCreate.map(({ line: _line, ...d }) => d);
      const ids = await insertOrganizations(tx, drafts);
      await audit(
        ids.map((id, i) => ({
          action: "create" as const,
          recordType: "organization",
          recordId: id,
          regionId,
          before: null,
          after: drafts[i],
        })),
      );
      return { created: ids.length, rejected: preview.rejected.length };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate();
    throw error;
  }
}
