import {
  deleteOtherSessionsOfUser,
  expireOpenPasswordResets,
  findAccountByEmail,
  findOpenPasswordResetForUpdate,
  findUserProfile,
  insertPasswordReset,
  markPasswordResetUsed,
  setPasswordHash,
} from "@kyoso/db";
import {
  type Actor,
  DomainError,
  ISSUED_RESET_TTL_MS,
  PASSWORD_RESET_LIMITS,
  PASSWORD_RESET_TTL_MS,
  RESET_PASSWORD_LIMIT,
  type ResetPasswordInput,
  signInWaitMessage,
  type UserProfile,
} from "@kyoso/domain";
import { hashPassword } from "../auth/password";
import { createSession } from "../auth/sessions";
import { hashToken, newToken } from "../auth/tokens";
import type { Context } from "../context";
import { countOrRefuse, limitKey } from "../limits";
import { accountMail, mailLanguageOf } from "./account-mail";
import { queueMail, sendMailSoon } from "./mail";
import { audited } from "./write";

/**
 * Every "forgot password" answer takes at least this long, whether an account exists or not: the little work
 * done for a real account (a token, an outbox row) hides inside it, and the mail itself goes out later.
 */
export const FORGOT_PASSWORD_MIN_MS = 400;

const resetPath = (token: string) => `/reset/${token}`;

/**
 * "Forgot password": mails a one-time link (1 hour) to the address if an enabled account with a password has
 * it. The answer, its limits and its time are the same either way, so it tells nobody whether the address
 * is known.
 */
export async function requestPasswordReset(
  ctx: Context,
  input: { email: string },
): Promise<{ accepted: true }> {
  const started = performance.now();
  await countOrRefuse(
    ctx,
    [
      { key: limitKey("password-reset:email", input.email), rule: PASSWORD_RESET_LIMITS.email },
      { key: limitKey("password-reset:client", ctx.clientAddress), rule: PASSWORD_RESET_LIMITS.client },
    ],
    signInWaitMessage,
  );
  const account = await findAccountByEmail(ctx.db, input.email);
  if (account && !account.disabledAt && account.passwordHash) {
    const now = ctx.now();
    const token = newToken();
    const expiresAt = new Date(now.getTime() + PASSWORD_RESET_TTL_MS);
    await audited(ctx, async ({ tx, audit }) => {
      await expireOpenPasswordResets(tx, account.id, now);
      await insertPasswordReset(tx, {
        tokenHash: hashToken(token),
        userId: account.id,
        createdBy: null,
        createdAt: now,
        expiresAt,
      });
      await audit({
        action: "create",
        recordType: "password_reset",
        recordId: account.id,
        regionId: null,
        before: null,
        after: { requestedBy: "self", expiresAt: expiresAt.toISOString() },
      });
      // In the account's own language; an unknown address gets no mail at all.
      const link = `${ctx.publicUrl}${resetPath(token)}`;
      await queueMail(
        { tx },
        accountMail("password_reset", account, link, await mailLanguageOf(tx, account.id)),
        now,
      );
    });
  }
  await sendMailSoon(ctx);
  const elapsed = performance.now() - started;
  if (elapsed < FORGOT_PASSWORD_MIN_MS) await ctx.sleep(FORGOT_PASSWORD_MIN_MS - elapsed);
  return { accepted: true };
}

export interface IssuedReset {
  user: UserProfile;
  /** The one-time link, relative to the app and absolute (from PUBLIC_URL): shown once. */
  resetPath: string;
  resetUrl: string;
  expiresAt: string;
}

/** The national team issues a reset link for someone (shown once, passed on by hand; works for a day). */
export async function issuePasswordReset(ctx: Context, actor: Actor, userId: string): Promise<IssuedReset> {
  const now = ctx.now();
  const token = newToken();
  const expiresAt = new Date(now.getTime() + ISSUED_RESET_TTL_MS);
  return audited(ctx, async ({ tx, audit }) => {
    const user = await findUserProfile(tx, userId);
    if (!user) throw new DomainError("NOT_FOUND", "ユーザーが見つかりません。");
    if (user.disabled) throw new DomainError("VALIDATION", "無効にされたユーザーには発行できません。");
    if (!user.active) {
      throw new DomainError(
        "VALIDATION",
        "このユーザーはまだパスワードを設定していません。招待リンクを再発行してください。",
      );
    }
    await expireOpenPasswordResets(tx, userId, now);
    await insertPasswordReset(tx, {
      tokenHash: hashToken(token),
      userId,
      createdBy: actor.id,
      createdAt: now,
      expiresAt,
    });
    await audit({
      action: "create",
      recordType: "password_reset",
      recordId: userId,
      regionId: null,
      before: null,
      after: { displayName: user.displayName, email: user.email, expiresAt: expiresAt.toISOString() },
    });
    const path = resetPath(token);
    return { user, resetPath: path, resetUrl: `${ctx.publicUrl}${path}`, expiresAt: expiresAt.toISOString() };
  });
}

/** Sets a new password from a reset link (once), ends every session of the account, and signs in here. */
export async function resetPassword(ctx: Context, input: ResetPasswordInput): Promise<UserProfile> {
  const now = ctx.now();
  await countOrRefuse(
    ctx,
    [{ key: limitKey("reset-password:client", ctx.clientAddress), rule: RESET_PASSWORD_LIMIT }],
    signInWaitMessage,
  );
  const passwordHash = await hashPassword(input.password);
  const userId = await audited(ctx, async ({ tx, audit }) => {
    const reset = await findOpenPasswordResetForUpdate(tx, hashToken(input.token), now);
    if (!reset) {
      throw new DomainError(
        "NOT_FOUND",
        "このリンクは使用済みか、有効期限が切れています。サインイン画面の「パスワードを忘れた場合」からもう一度お試しください。",
      );
    }
    const before = await findUserProfile(tx, reset.userId);
    await setPasswordHash(tx, reset.userId, passwordHash);
    await markPasswordResetUsed(tx, reset.tokenHash, now);
    await expireOpenPasswordResets(tx, reset.userId, now);
    const endedSessions = await deleteOtherSessionsOfUser(tx, reset.userId, null);
    await audit([
      {
        action: "update",
        recordType: "password_reset",
        recordId: reset.userId,
        regionId: null,
        before: { used: false },
        after: { used: true },
      },
      {
        action: "update",
        recordType: "user",
        recordId: reset.userId,
        regionId: null,
        before: { version: before?.version ?? null },
        after: { version: (before?.version ?? 0) + 1, passwordReset: true, endedSessions },
      },
    ]);
    return reset.userId;
  });
  const session = await createSession(ctx.db, userId, now, ctx.userAgent);
  ctx.sessionCookie.set(session.token, session.expires);
  const profile = await findUserProfile(ctx.db, userId);
  if (!profile) throw new DomainError("NOT_FOUND", "ユーザーが見つかりません。");
  return profile;
}
