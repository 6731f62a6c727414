import {
  clearFailedSignIns,
  deleteSession,
  findOpenInvitationForUpdate,
  findSignInRecord,
  findUserProfile,
  markInvitationUsed,
  recordAudit,
  recordFailedSignIn,
  setPasswordHash,
} from "@kyoso/db";
import { DomainError, signInDelayMs, signInLockedUntil, type UserProfile } from "@kyoso/domain";
import { TRPCError } from "@trpc/server";
import { hashPassword, verifyPassword } from "../auth/password";
import { createSession } from "../auth/sessions";
import { hashToken } from "../auth/tokens";
import type { Context } from "../context";

const WRONG_CREDENTIALS = "メールアドレスまたはパスワードが正しくありません。";

/**
 * Signs in with email and password. Unknown, disabled and not-yet-activated accounts all get the same answer
 * as a wrong password. Repeated failures are answered more and more slowly, then lock the account.
 */
export async function signIn(ctx: Context, input: { email: string; password: string }): Promise<UserProfile> {
  const now = ctx.now();
  const record = await findSignInRecord(ctx.db, input.email);
  if (record?.lockedUntil && new Date(record.lockedUntil) > now) {
    throw new TRPCError({
      code: "TOO_MANY_REQUESTS",
      message:
        "サインインの失敗が続いたため、しばらくサインインできません。15分ほど待ってから、もう一度お試しください。",
    });
  }
  const ok = await verifyPassword(record?.passwordHash ?? null, input.password);
  if (!record || !ok || record.disabledAt) {
    if (record) {
      const failures = record.failedSignIns + 1;
      await recordFailedSignIn(ctx.db, record.id, signInLockedUntil(failures, now));
      await ctx.sleep(signInDelayMs(failures));
    }
    throw new TRPCError({ code: "UNAUTHORIZED", message: WRONG_CREDENTIALS });
  }
  if (record.failedSignIns > 0) await clearFailedSignIns(ctx.db, record.id);
  const session = await createSession(ctx.db, record.id, now);
  ctx.sessionCookie.set(session.token, session.expires);
  const profile = await findUserProfile(ctx.db, record.id);
  if (!profile) throw new DomainError("NOT_FOUND", WRONG_CREDENTIALS);
  return profile;
}

export async function signOut(ctx: Context): Promise<void> {
  if (ctx.sessionTokenHash) await deleteSession(ctx.db, ctx.sessionTokenHash);
  ctx.sessionCookie.clear();
}

/** Sets the invited user's password (once), records it, and signs them in. */
export async function acceptInvitation(
  ctx: Context,
  input: { token: string; password: string },
): Promise<UserProfile> {
  const now = ctx.now();
  const passwordHash = await hashPassword(input.password);
  const userId = await ctx.db.transaction().execute(async (tx) => {
    const invitation = await findOpenInvitationForUpdate(tx, hashToken(input.token), now);
    if (!invitation) {
      throw new DomainError(
        "NOT_FOUND",
        "この招待リンクは使用済みか、有効期限が切れています。管理者に新しいリンクを依頼してください。",
      );
    }
    await setPasswordHash(tx, invitation.userId, passwordHash);
    await markInvitationUsed(tx, invitation.tokenHash, now);
    await recordAudit(tx, {
      actorId: invitation.userId,
      action: "update",
      recordType: "user",
      recordId: invitation.userId,
      regionId: null,
      before: { active: false },
      after: { active: true },
    });
    return invitation.userId;
  });
  const session = await createSession(ctx.db, userId, now);
  ctx.sessionCookie.set(session.token, session.expires);
  const profile = await findUserProfile(ctx.db, userId);
  if (!profile) throw new DomainError("NOT_FOUND", "ユーザーが見つかりません。");
  return profile;
}
