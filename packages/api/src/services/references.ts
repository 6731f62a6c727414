import {
  type DB,
  findExistingIds,
  findOrganizationsForRegion,
  findReferencedRegionId,
  findReferencedUsers,
  findRegionIdsForPrefecture,
} from "@kyoso/db";
import { type Actor, can, DomainError, mayBeAssignedIn } from "@kyoso/domain";

// Every id an input refers to is checked against the record being written, in the writing transaction: an
// unknown id is NOT_FOUND, an id of another region (or a user who may not work there) is a VALIDATION error
// naming the field. The record's own region was already checked against the caller's permission, so a
// reference in that region is within the caller's scope too.

const mismatch = (field: string, message: string) =>
  new DomainError("VALIDATION", message, { [field]: [message] });

export async function requireRegions(db: DB, regionIds: readonly string[]): Promise<void> {
  const unique = [...new Set(regionIds)];
  const found = await findExistingIds(db, "region", unique);
  if (found.size !== unique.length) throw new DomainError("NOT_FOUND", "指定された地域が見つかりません。");
}

export async function checkEditionInRegion(
  db: DB,
  regionId: string,
  editionId: string | null | undefined,
  field = "editionId",
): Promise<void> {
  if (!editionId) return;
  const editionRegion = await findReferencedRegionId(db, "forumEdition", editionId);
  if (!editionRegion) throw new DomainError("NOT_FOUND", "指定されたフォーラムが見つかりません。");
  if (editionRegion !== regionId) throw mismatch(field, "この地域のフォーラムを選んでください。");
}

export async function checkMeetingInRegion(
  db: DB,
  regionId: string,
  meetingId: string | null | undefined,
): Promise<void> {
  if (!meetingId) return;
  const meetingRegion = await findReferencedRegionId(db, "meeting", meetingId);
  if (!meetingRegion) throw new DomainError("NOT_FOUND", "指定された会議が見つかりません。");
  if (meetingRegion !== regionId) throw mismatch("meetingId", "この地域の会議を選んでください。");
}

/** Organizations a region's record names (a hearing's, a meeting's, an agreement's): in the region's prefectures. */
export async function checkOrganizationsInRegion(
  db: DB,
  regionId: string,
  organizationIds: readonly string[],
  field: string,
): Promise<void> {
  const unique = [...new Set(organizationIds)];
  const found = await findOrganizationsForRegion(db, regionId, unique);
  if (found.length !== unique.length) throw new DomainError("NOT_FOUND", "指定された団体が見つかりません。");
  if (found.some((o) => !o.covered))
    throw mismatch(field, "この地域に含まれる都道府県の団体を選んでください。");
}

/** Assignees of a region's tasks: users who may work in that region (see mayBeAssignedIn). */
export async function checkAssigneesForRegion(
  db: DB,
  regionId: string,
  assigneeIds: readonly (string | null | undefined)[],
  field = "assigneeId",
): Promise<void> {
  const unique = [...new Set(assigneeIds.filter((id): id is string => Boolean(id)))];
  const users = await findReferencedUsers(db, unique);
  if (users.length !== unique.length)
    throw new DomainError("NOT_FOUND", "指定された担当者が見つかりません。");
  if (users.some((u) => !mayBeAssignedIn(u, regionId)))
    throw mismatch(field, "この地域で活動している人を担当者に選んでください。");
}

export async function requireThemes(db: DB, themeIds: readonly string[]): Promise<void> {
  const unique = [...new Set(themeIds)];
  const found = await findExistingIds(db, "hearingTheme", unique);
  if (found.size !== unique.length) throw new DomainError("NOT_FOUND", "指定されたテーマが見つかりません。");
}

/**
 * An organization's prefecture decides which regions may work with it: the caller must be able to write in
 * one region covering the new prefecture, or they could move a record out of their own reach (or into
 * another region's list).
 */
export async function checkPrefectureWritable(
  db: DB,
  actor: Actor | null,
  prefectureCode: string | null,
): Promise<void> {
  const regionIds = await findRegionIdsForPrefecture(db, prefectureCode);
  const writable =
    can(actor, "region.write") || regionIds.some((regionId) => can(actor, "region.write", { regionId }));
  if (!writable) throw mismatch("prefectureCode", "担当している地域に含まれる都道府県を選んでください。");
}
