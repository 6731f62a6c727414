import {
  findActivePrefectureRegion,
  findManagedRegion,
  findRegionBySlug,
  insertRegion,
  isUniqueViolation,
  updateRegionAtVersion,
} from "@kyoso/db";
import {
  DomainError,
  type ManagedRegion,
  PREFECTURES,
  type RegionArchive,
  type RegionCreate,
  type RegionRename,
} from "@kyoso/domain";
import type { Context } from "../context";
import { audited } from "./write";

const duplicateSlug = () =>
  new DomainError(
    "DUPLICATE",
    "このアドレス（英字の識別名）の地域はすでにあります。別の名前にしてください。",
    {
      slug: ["このアドレスはすでに使われています。"],
    },
  );
const notFound = () => new DomainError("NOT_FOUND", "指定された地域が見つかりません。");
const stale = () =>
  new DomainError(
    "CONFLICT",
    "この地域は他の人によって更新されています。画面を再読み込みしてから、もう一度操作してください。",
  );

/**
 * A new region for one prefecture or a named area of several. A prefecture already served by an active
 * single-prefecture region cannot get a second one (an area may overlap: 首都圏 and 千葉県 both serve 千葉).
 */
export async function createRegion(ctx: Context, input: RegionCreate): Promise<ManagedRegion> {
  return audited(ctx, async ({ tx, audit }) => {
    if (await findRegionBySlug(tx, input.slug)) throw duplicateSlug();
    if (input.kind === "prefecture") {
      const taken = await findActivePrefectureRegion(tx, input.prefectureCodes);
      if (taken) {
        const name = PREFECTURES.find((p) => p.code === taken.prefectureCode)?.nameJa ?? taken.prefectureCode;
        const message = `${name}の地域「${taken.nameJa}」はすでにあります。`;
        throw new DomainError("DUPLICATE", message, { prefectureCodes: [message] });
      }
    }
    let id: string;
    try {
      id = await insertRegion(
        tx,
        { slug: input.slug, nameJa: input.nameJa, nameEn: input.nameEn, kind: input.kind },
        input.prefectureCodes,
      );
    } catch (error) {
      // Two creations of one slug at once both pass the check; the unique index refuses the second.
      if (isUniqueViolation(error)) throw duplicateSlug();
      throw error;
    }
    const region = await findManagedRegion(tx, id);
    if (!region) throw notFound();
    await audit({
      action: "create",
      recordType: "region",
      recordId: id,
      regionId: id,
      before: null,
      after: region,
    });
    return region;
  });
}

async function changeRegion(
  ctx: Context,
  id: string,
  version: number,
  patch: { nameJa?: string; nameEn?: string; archivedAt?: Date | null },
): Promise<ManagedRegion> {
  return audited(ctx, async ({ tx, audit }) => {
    const before = await findManagedRegion(tx, id);
    if (!before) throw notFound();
    if (!(await updateRegionAtVersion(tx, id, version, patch))) throw stale();
    const after = await findManagedRegion(tx, id);
    if (!after) throw notFound();
    await audit({ action: "update", recordType: "region", recordId: id, regionId: id, before, after });
    return after;
  });
}

/** New names; the slug (the region's address) stays. */
export function renameRegion(ctx: Context, input: RegionRename): Promise<ManagedRegion> {
  return changeRegion(ctx, input.id, input.version, { nameJa: input.nameJa, nameEn: input.nameEn });
}

/** Archives or brings back a region: its meetings, tasks and timeline stay as they are either way. */
export function setRegionArchived(ctx: Context, input: RegionArchive): Promise<ManagedRegion> {
  return changeRegion(ctx, input.id, input.version, { archivedAt: input.archived ? ctx.now() : null });
}
