import type { Actor, FeedTokenInfo } from "@kyoso/domain";
import { type Kysely, sql } from "kysely";
import type { Database } from "../schema";

// Private calendar feed links. The hash never leaves this file except as the key a lookup is made by.

const infoColumns = ["id", "label", "createdAt", "lastUsedAt", "revokedAt"] as const;

const iso = (value: Date | null) => (value ? new Date(value).toISOString() : null);
const toInfo = (row: {
  id: string;
  label: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}): FeedTokenInfo => ({
  id: row.id,
  label: row.label,
  createdAt: new Date(row.createdAt).toISOString(),
  lastUsedAt: iso(row.lastUsedAt),
  revokedAt: iso(row.revokedAt),
});

export async function insertFeedToken(
  db: Kysely<Database>,
  value: { tokenHash: string; userId: string; label: string; now: Date },
): Promise<FeedTokenInfo> {
  const { now, ...rest } = value;
  const row = await db
    .insertInto("feedToken")
    .values({ ...rest, createdAt: now })
    .returning(infoColumns)
    .executeTakeFirstOrThrow();
  return toInfo(row);
}

/** A user's links, live ones first, newest first. */
export async function listFeedTokens(db: Kysely<Database>, userId: string): Promise<FeedTokenInfo[]> {
  const rows = await db
    .selectFrom("feedToken")
    .select(infoColumns)
    .where("userId", "=", userId)
    .orderBy(sql`revoked_at is null`, "desc")
    .orderBy("createdAt", "desc")
    .orderBy("id")
    .execute();
  return rows.map(toInfo);
}

export async function countLiveFeedTokens(db: Kysely<Database>, userId: string): Promise<number> {
  const row = await db
    .selectFrom("feedToken")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("userId", "=", userId)
    .where("revokedAt", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Revokes one of the user's own live links; undefined when it is not theirs, unknown or already revoked. */
export async function revokeFeedToken(
  db: Kysely<Database>,
  userId: string,
  id: string,
  now: Date,
): Promise<FeedTokenInfo | undefined> {
  const row = await db
    .updateTable("feedToken")
    .set({ revokedAt: now })
    .where("id", "=", id)
    .where("userId", "=", userId)
    .where("revokedAt", "is", null)
    .returning(infoColumns)
    .executeTakeFirst();
  return row && toInfo(row);
}

/**
 * The actor behind a live link of an enabled user, as the permission rules see them today (roles and regions
 * are read now, not when the link was made). Marks the link used, at most once every ten minutes.
 */
export async function findFeedTokenActor(
  db: Kysely<Database>,
  tokenHash: string,
  now: Date,
): Promise<Actor | undefined> {
  const row = await db
    .selectFrom("feedToken")
    .innerJoin("appUser", "appUser.id", "feedToken.userId")
    .leftJoin("forumEdition", "forumEdition.id", "appUser.partnerEditionId")
    .select([
      "feedToken.id as tokenId",
      "feedToken.lastUsedAt",
      "appUser.id",
      "appUser.role",
      "appUser.partnerEditionId",
      "forumEdition.regionId as partnerRegionId",
      sql<
        string[]
      >`(select coalesce(array_agg(ur.region_id::text order by ur.region_id), '{}') from user_region ur where ur.user_id = app_user.id)`.as(
        "regionIds",
      ),
    ])
    .where("feedToken.tokenHash", "=", tokenHash)
    .where("feedToken.revokedAt", "is", null)
    .where("appUser.disabledAt", "is", null)
    .executeTakeFirst();
  if (!row) return undefined;
  if (!row.lastUsedAt || now.getTime() - new Date(row.lastUsedAt).getTime() > 10 * 60_000) {
    await db.updateTable("feedToken").set({ lastUsedAt: now }).where("id", "=", row.tokenId).execute();
  }
  return {
    id: row.id,
    role: row.role,
    regionIds: row.regionIds ?? [],
    partnerEditionId: row.partnerEditionId,
    partnerRegionId: row.partnerRegionId,
  };
}
