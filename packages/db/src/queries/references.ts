import type { Role } from "@kyoso/domain";
import { type Kysely, sql } from "kysely";
import type { Database } from "../schema";

// Look-ups of the records an input only refers to (a task's meeting, a hearing's organization, an assignee),
// so a service can check each one belongs where the record it writes belongs. Unknown ids are simply absent.

export interface ReferencedUser {
  id: string;
  role: Role;
  disabled: boolean;
  regionIds: string[];
}

export async function findReferencedUsers(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<ReferencedUser[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("appUser")
    .select((eb) => [
      "appUser.id",
      "appUser.role",
      eb("appUser.disabledAt", "is not", null).as("disabled"),
      sql<
        string[] | null
      >`(select array_agg(ur.region_id::text) from user_region ur where ur.user_id = app_user.id)`.as(
        "regionIds",
      ),
    ])
    .where("appUser.id", "in", [...ids])
    .execute();
  return rows.map((r) => ({ ...r, disabled: Boolean(r.disabled), regionIds: r.regionIds ?? [] }));
}

/** Each organization's prefecture and whether the region covers it. */
export async function findOrganizationsForRegion(
  db: Kysely<Database>,
  regionId: string,
  ids: readonly string[],
): Promise<{ id: string; covered: boolean }[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("organization")
    .leftJoin("regionPrefecture", (join) =>
      join
        .onRef("regionPrefecture.prefectureCode", "=", "organization.prefectureCode")
        .on("regionPrefecture.regionId", "=", regionId),
    )
    .select(["organization.id", "regionPrefecture.regionId"])
    .where("organization.id", "in", [...ids])
    .where("organization.deletedAt", "is", null)
    .execute();
  return rows.map((r) => ({ id: r.id, covered: r.regionId !== null }));
}

/** The regions covering a prefecture (none for an unknown code or null). */
export async function findRegionIdsForPrefecture(
  db: Kysely<Database>,
  prefectureCode: string | null,
): Promise<string[]> {
  if (!prefectureCode) return [];
  const rows = await db
    .selectFrom("regionPrefecture")
    .select("regionId")
    .where("prefectureCode", "=", prefectureCode)
    .execute();
  return rows.map((r) => r.regionId);
}

export async function findExistingIds(
  db: Kysely<Database>,
  table: "region" | "hearingTheme" | "forumEdition",
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom(table)
    .select("id")
    .where("id", "in", [...ids])
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** The region a record belongs to, or undefined when there is no such record. */
export async function findReferencedRegionId(
  db: Kysely<Database>,
  table: "meeting" | "forumEdition",
  id: string,
): Promise<string | undefined> {
  // A deleted meeting is no longer there to refer to (a new task cannot link to it).
  const row =
    table === "meeting"
      ? await db
          .selectFrom("meeting")
          .select("regionId")
          .where("id", "=", id)
          .where("deletedAt", "is", null)
          .executeTakeFirst()
      : await db.selectFrom(table).select("regionId").where("id", "=", id).executeTakeFirst();
  return row?.regionId;
}
