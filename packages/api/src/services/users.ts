import {
  type DB,
  deleteSessionsOfUser,
  expireOpenInvitations,
  findEdition,
  findUserIdByEmail,
  findUserProfile,
  insertInvitation,
  insertUser,
  isUniqueViolation,
  setUserRegions,
  updateUserAtVersion,
} from "@kyoso/db";
import { type Actor, DomainError, type UserInvite, type UserProfile, type UserUpdate } from "@kyoso/domain";
import { hashToken, newToken } from "../auth/tokens";
import type { Context } from "../context";
import { requireRegions } from "./references";
import { audited } from "./write";

const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export interface Invitation {
  user: UserProfile;
  /** The one-time link, relative to the app: shown once, since there is no mail server. */
  invitationPath: string;
  /** The same link, absolute, built from PUBLIC_URL: what the inviter copies. */
  invitationUrl: string;
  expiresAt: string;
}

async function issueInvitation(ctx: Context, db: DB, userId: string, createdBy: string | null) {
  const token = newToken();
  const expiresAt = new Date(ctx.now().getTime() + INVITATION_TTL_MS);
  await insertInvitation(db, { tokenHash: hashToken(token), userId, createdBy, expiresAt });
  const invitationPath = `/invite/${token}`;
  return {
    invitationPath,
    invitationUrl: `${ctx.publicUrl}${invitationPath}`,
    expiresAt: expiresAt.toISOString(),
  };
}

async function assertPartnerEdition(db: DB, editionId: string | null | undefined): Promise<void> {
  if (editionId && !(await findEdition(db, editionId))) {
    throw new DomainError("VALIDATION", "指定されたフォーラムが見つかりません。");
  }
}

/** Creates a user without a password and a one-time link with which they set it. */
export async function inviteUser(ctx: Context, input: UserInvite): Promise<Invitation> {
  const duplicate = () =>
    new DomainError("DUPLICATE", "このメールアドレスのユーザーはすでに登録されています。");
  // Two invitations of one new address at once both pass the check; the unique index refuses the second.
  return audited(ctx, async ({ tx, actorId, audit }) => {
    if (await findUserIdByEmail(tx, input.email)) throw duplicate();
    await assertPartnerEdition(tx, input.partnerEditionId);
    await requireRegions(tx, input.regionIds);
    const national = input.role === "national";
    const id = await insertUser(
      tx,
      {
        email: input.email,
        displayName: input.displayName,
        role: input.role,
        partnerEditionId: input.role === "partner" ? input.partnerEditionId : null,
        passwordHash: null,
      },
      national || input.role === "partner" ? [] : input.regionIds,
    );
    const user = await findUserProfile(tx, id);
    if (!user) throw new DomainError("NOT_FOUND", "ユーザーが見つかりません。");
    await audit({
      action: "create",
      recordType: "user",
      recordId: id,
      regionId: null,
      before: null,
      after: user,
    });
    return { user, ...(await issueInvitation(ctx, tx, id, actorId)) };
  }).catch((error: unknown) => {
    throw isUniqueViolation(error) ? duplicate() : error;
  });
}

/** A new one-time link for a user who has not set a password yet (the old link stops working). */
export async function reissueInvitation(ctx: Context, userId: string): Promise<Invitation> {
  return audited(ctx, async ({ tx, actorId, audit }) => {
    const user = await findUserProfile(tx, userId);
    if (!user) throw new DomainError("NOT_FOUND", "ユーザーが見つかりません。");
    if (user.active) throw new DomainError("VALIDATION", "このユーザーはすでにパスワードを設定しています。");
    await expireOpenInvitations(tx, userId, ctx.now());
    const issued = await issueInvitation(ctx, tx, userId, actorId);
    await audit({
      action: "update",
      recordType: "invitation",
      recordId: userId,
      regionId: null,
      before: null,
      after: { displayName: user.displayName, email: user.email, expiresAt: issued.expiresAt },
    });
    return { user, ...issued };
  });
}

/** Changes a user's role, regions or status at the version the editor saw; disabling ends their sessions. */
export async function updateUser(ctx: Context, actor: Actor, input: UserUpdate): Promise<UserProfile> {
  const { id, version, regionIds, ...patch } = input;
  if (id === actor.id && (patch.disabled === true || (patch.role && patch.role !== "national"))) {
    throw new DomainError(
      "VALIDATION",
      "自分自身を無効にしたり、自分の管理権限を外したりすることはできません。",
    );
  }
  return audited(ctx, async ({ tx, audit }) => {
    const before = await findUserProfile(tx, id);
    if (!before) throw new DomainError("NOT_FOUND", "ユーザーが見つかりません。");
    await assertPartnerEdition(tx, patch.partnerEditionId);
    if (regionIds) await requireRegions(tx, regionIds);
    if (!(await updateUserAtVersion(tx, id, version, patch))) {
      throw new DomainError(
        "CONFLICT",
        "このユーザーは他の人によって更新されています。画面を再読み込みしてから、もう一度編集してください。",
      );
    }
    if (regionIds) await setUserRegions(tx, id, regionIds);
    if (patch.disabled) await deleteSessionsOfUser(tx, id);
    const after = await findUserProfile(tx, id);
    if (!after) throw new DomainError("NOT_FOUND", "ユーザーが見つかりません。");
    await audit({
      action: "update",
      recordType: "user",
      recordId: id,
      regionId: null,
      before,
      after,
    });
    return after;
  });
}
