import type { Actor, Role, UserProfile } from "@kyoso/domain";
import { type Kysely, sql } from "kysely";
import type { Database } from "../schema";

// Every select here names its columns: a password hash or token never leaves this file except for
// `findSignInRecord`, whose hash goes straight to the verifier.

const regionIds = sql<
  string[]
>`(select coalesce(array_agg(ur.region_id::text order by ur.region_id), '{}') from user_region ur where ur.user_id = app_user.id)`;

function profileQuery(db: Kysely<Database>) {
  return db
    .selectFrom("appUser")
    .leftJoin("forumEdition", "forumEdition.id", "appUser.partnerEditionId")
    .select((eb) => [
      "appUser.id",
      "appUser.email",
      "appUser.displayName",
      "appUser.role",
      "appUser.partnerEditionId",
      "forumEdition.regionId as partnerRegionId",
      "appUser.version",
      eb("appUser.disabledAt", "is not", null).as("disabled"),
      eb("appUser.passwordHash", "is not", null).as("active"),
      regionIds.as("regionIds"),
    ]);
}

type ProfileRow = Awaited<ReturnType<ReturnType<typeof profileQuery>["executeTakeFirstOrThrow"]>>;
const toProfile = (row: ProfileRow): UserProfile => ({
  ...row,
  disabled: Boolean(row.disabled),
  active: Boolean(row.active),
  regionIds: row.regionIds ?? [],
});

export async function listUsers(db: Kysely<Database>): Promise<UserProfile[]> {
  const rows = await profileQuery(db).orderBy("appUser.role").orderBy("appUser.email").execute();
  return rows.map(toProfile);
}

export async function findUserProfile(db: Kysely<Database>, id: string): Promise<UserProfile | undefined> {
  const row = await profileQuery(db).where("appUser.id", "=", id).executeTakeFirst();
  return row && toProfile(row);
}

export async function findUserIdByEmail(db: Kysely<Database>, email: string): Promise<string | undefined> {
  const row = await db.selectFrom("appUser").select("id").where("email", "=", email).executeTakeFirst();
  return row?.id;
}

/** What sign-in needs to decide, including the hash to verify. */
export async function findSignInRecord(db: Kysely<Database>, email: string) {
  return db
    .selectFrom("appUser")
    .select(["id", "passwordHash", "disabledAt"])
    .where("email", "=", email)
    .executeTakeFirst();
}

export interface NewUser {
  email: string;
  displayName: string;
  role: Role;
  partnerEditionId: string | null;
  passwordHash: string | null;
}

export async function insertUser(
  db: Kysely<Database>,
  user: NewUser,
  regionIds: readonly string[],
): Promise<string> {
  const { id } = await db.insertInto("appUser").values(user).returning("id").executeTakeFirstOrThrow();
  await setUserRegions(db, id, regionIds);
  return id;
}

export async function setUserRegions(
  db: Kysely<Database>,
  userId: string,
  regionIds: readonly string[],
): Promise<void> {
  await db.deleteFrom("userRegion").where("userId", "=", userId).execute();
  if (regionIds.length > 0) {
    await db
      .insertInto("userRegion")
      .values(regionIds.map((regionId) => ({ userId, regionId })))
      .execute();
  }
}

export interface UserPatch {
  displayName?: string;
  role?: Role;
  partnerEditionId?: string | null;
  disabled?: boolean;
}

/** Applies the patch only at `version`; returns false when the user is missing or was changed meanwhile. */
export async function updateUserAtVersion(
  db: Kysely<Database>,
  id: string,
  version: number,
  patch: UserPatch,
): Promise<boolean> {
  const { disabled, ...rest } = patch;
  const result = await db
    .updateTable("appUser")
    .set({
      ...rest,
      ...(disabled === undefined
        ? {}
        : { disabledAt: disabled ? sql<Date>`coalesce(disabled_at, now())` : null }),
      version: sql`version + 1`,
      updatedAt: sql`now()`,
    })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function setPasswordHash(db: Kysely<Database>, id: string, passwordHash: string): Promise<void> {
  await db
    .updateTable("appUser")
    .set({
      passwordHash,
      version: sql`version + 1`,
      updatedAt: sql`now()`,
    })
    .where("id", "=", id)
    .execute();
}

// Sessions ---------------------------------------------------------------------------------------------

export async function insertSession(
  db: Kysely<Database>,
  session: { tokenHash: string; userId: string; now: Date; expiresAt: Date; userAgent?: string | null },
): Promise<void> {
  const { now, userAgent, ...rest } = session;
  await db
    .insertInto("userSession")
    .values({ ...rest, userAgent: userAgent?.slice(0, 400) ?? null, createdAt: now, lastSeenAt: now })
    .execute();
}

/** The actor behind a live session of an enabled user, with when the session was last renewed. */
export async function findSessionActor(db: Kysely<Database>, tokenHash: string, now: Date) {
  const row = await db
    .selectFrom("userSession")
    .innerJoin("appUser", "appUser.id", "userSession.userId")
    .leftJoin("forumEdition", "forumEdition.id", "appUser.partnerEditionId")
    .select([
      "appUser.id",
      "appUser.role",
      "appUser.partnerEditionId",
      "forumEdition.regionId as partnerRegionId",
      "userSession.lastSeenAt",
      "userSession.expiresAt",
    ])
    .select(regionIds.as("regionIds"))
    .where("userSession.tokenHash", "=", tokenHash)
    .where("userSession.expiresAt", ">", now)
    .where("appUser.disabledAt", "is", null)
    .executeTakeFirst();
  if (!row) return undefined;
  const actor: Actor = {
    id: row.id,
    role: row.role,
    regionIds: row.regionIds ?? [],
    partnerEditionId: row.partnerEditionId,
    partnerRegionId: row.partnerRegionId,
  };
  return { actor, lastSeenAt: new Date(row.lastSeenAt), expiresAt: new Date(row.expiresAt) };
}

export async function renewSession(
  db: Kysely<Database>,
  tokenHash: string,
  now: Date,
  expiresAt: Date,
): Promise<void> {
  await db
    .updateTable("userSession")
    .set({ lastSeenAt: now, expiresAt })
    .where("tokenHash", "=", tokenHash)
    .execute();
}

export async function deleteSession(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db.deleteFrom("userSession").where("tokenHash", "=", tokenHash).execute();
}

export async function deleteSessionsOfUser(db: Kysely<Database>, userId: string): Promise<void> {
  await db.deleteFrom("userSession").where("userId", "=", userId).execute();
}

// Invitations ------------------------------------------------------------------------------------------

export async function insertInvitation(
  db: Kysely<Database>,
  invitation: { tokenHash: string; userId: string; createdBy: string | null; expiresAt: Date },
): Promise<void> {
  await db.insertInto("invitation").values(invitation).execute();
}

/** An unused, unexpired invitation, locked until the transaction ends so it is used once. */
export async function findOpenInvitationForUpdate(db: Kysely<Database>, tokenHash: string, now: Date) {
  return db
    .selectFrom("invitation")
    .select(["tokenHash", "userId"])
    .where("tokenHash", "=", tokenHash)
    .where("usedAt", "is", null)
    .where("expiresAt", ">", now)
    .forUpdate()
    .executeTakeFirst();
}

export async function markInvitationUsed(db: Kysely<Database>, tokenHash: string, now: Date): Promise<void> {
  await db.updateTable("invitation").set({ usedAt: now }).where("tokenHash", "=", tokenHash).execute();
}

/** Ends every unused invitation of a user (when a new one is issued). */
export async function expireOpenInvitations(db: Kysely<Database>, userId: string, now: Date): Promise<void> {
  await db
    .updateTable("invitation")
    .set({ expiresAt: now })
    .where("userId", "=", userId)
    .where("usedAt", "is", null)
    .execute();
}
