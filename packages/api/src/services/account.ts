import { createHash } from "node:crypto";
import {
  deleteOtherSessionsOfUser,
  deleteSessionOfUser,
  expireOpenEmailChanges,
  findOpenEmailChangeForUpdate,
  findPasswordHash,
  findUserIdByEmail,
  findUserProfile,
  insertEmailChange,
  isUniqueViolation,
  listLiveSessionsOfUser,
  markEmailChangeUsed,
  setPasswordHash,
  setUserEmail,
} from "@kyoso/db";
import {
  type Actor,
  type ChangeEmailInput,
  type ChangePasswordInput,
  CURRENT_PASSWORD_LIMIT,
  DomainError,
  EMAIL_CHANGE_TTL_MS,
  signInWaitMessage,
  summarizeUserAgent,
} from "@kyoso/domain";
import { hashPassword, verifyPassword } from "../auth/password";
import { hashToken, newToken } from "../auth/tokens";
import type { Context } from "../context";
import { countOrRefuse, limitKey } from "../limits";
import { accountMail, mailLanguageOf } from "./account-mail";
import { queueMail, sendMailSoon } from "./mail";
import { audited } from "./write";

// The signed-in person's own account: password, e-mail address, sessions. Each acts on the caller only.

const NOT_FOUND = "ユーザーが見つかりません。";
const WRONG_PASSWORD = "現在のパスワードが正しくありません。";
const EMAIL_TAKEN = "このメールアドレスはほかのユーザーが使っています。";

/** Checks the current password, a bounded number of times per account in 15 minutes. */
async function requireCurrentPassword(ctx: Context, actor: Actor, password: string): Promise<void> {
  await countOrRefuse(
    ctx,
    [{ key: limitKey("current-password:account", actor.id), rule: CURRENT_PASSWORD_LIMIT }],
    signInWaitMessage,
  );
  if (!(await verifyPassword(await findPasswordHash(ctx.db, actor.id), password))) {
    throw new DomainError("VALIDATION", WRONG_PASSWORD);
  }
}

/** Changes the password (the current one is needed) and signs the person out everywhere else. */
export async function changePassword(
  ctx: Context,
  actor: Actor,
  input: ChangePasswordInput,
): Promise<{ endedSessions: number }> {
  await requireCurrentPassword(ctx, actor, input.currentPassword);
  const passwordHash = await hashPassword(input.newPassword);
  const result = await audited(ctx, async ({ tx, audit }) => {
    const user = await findUserProfile(tx, actor.id);
    if (!user) throw new DomainError("NOT_FOUND", NOT_FOUND);
    await setPasswordHash(tx, actor.id, passwordHash);
    const endedSessions = await deleteOtherSessionsOfUser(tx, actor.id, ctx.sessionTokenHash);
    await audit({
      action: "update",
      recordType: "user",
      recordId: actor.id,
      regionId: null,
      before: { version: user.version },
      after: { version: user.version + 1, passwordChanged: true, endedSessions },
    });
    const language = await mailLanguageOf(tx, actor.id);
    const link = `${ctx.publicUrl}/forgot-password`;
    await queueMail({ tx }, accountMail("password_changed", user, link, language), ctx.now());
    return { endedSessions };
  });
  await sendMailSoon(ctx);
  return result;
}

/** Sends a confirmation link to the new address; the address changes when the link is opened. */
export async function requestEmailChange(
  ctx: Context,
  actor: Actor,
  input: ChangeEmailInput,
): Promise<{ sentTo: string; expiresAt: string }> {
  await requireCurrentPassword(ctx, actor, input.currentPassword);
  const now = ctx.now();
  const token = newToken();
  const expiresAt = new Date(now.getTime() + EMAIL_CHANGE_TTL_MS);
  await audited(ctx, async ({ tx, audit }) => {
    const user = await findUserProfile(tx, actor.id);
    if (!user) throw new DomainError("NOT_FOUND", NOT_FOUND);
    if (input.newEmail === user.email) {
      throw new DomainError("VALIDATION", "いまのメールアドレスと同じです。");
    }
    if (await findUserIdByEmail(tx, input.newEmail)) throw new DomainError("DUPLICATE", EMAIL_TAKEN);
    await expireOpenEmailChanges(tx, actor.id, now);
    await insertEmailChange(tx, {
      tokenHash: hashToken(token),
      userId: actor.id,
      newEmail: input.newEmail,
      createdAt: now,
      expiresAt,
    });
    await audit({
      action: "create",
      recordType: "email_change",
      recordId: actor.id,
      regionId: null,
      before: null,
      after: { email: user.email, newEmail: input.newEmail, expiresAt: expiresAt.toISOString() },
    });
    const link = `${ctx.publicUrl}/account/email/${token}`;
    const to = { email: input.newEmail, displayName: user.displayName };
    await queueMail({ tx }, accountMail("email_change", to, link, await mailLanguageOf(tx, actor.id)), now);
  });
  await sendMailSoon(ctx);
  return { sentTo: input.newEmail, expiresAt: expiresAt.toISOString() };
}

/** Opens the link sent to the new address: from then on it is the sign-in address. */
export async function confirmEmailChange(ctx: Context, input: { token: string }): Promise<{ email: string }> {
  const now = ctx.now();
  return audited(ctx, async ({ tx, audit }) => {
    const change = await findOpenEmailChangeForUpdate(tx, hashToken(input.token), now);
    if (!change) {
      throw new DomainError(
        "NOT_FOUND",
        "この確認リンクは使用済みか、有効期限が切れています。アカウント設定からもう一度変更してください。",
      );
    }
    await setUserEmail(tx, change.userId, change.newEmail).catch((error: unknown) => {
      throw isUniqueViolation(error) ? new DomainError("DUPLICATE", EMAIL_TAKEN) : error;
    });
    await markEmailChangeUsed(tx, change.tokenHash, now);
    await audit({
      action: "update",
      recordType: "user",
      recordId: change.userId,
      regionId: null,
      before: { email: change.email },
      after: { email: change.newEmail },
    });
    return { email: change.newEmail };
  });
}

export interface MySession {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  browser: string | null;
  system: string | null;
  current: boolean;
}

/** A session's public id: derived from its token hash, which itself never leaves the server. */
export function publicSessionId(tokenHash: string): string {
  return createHash("sha256").update(`session:${tokenHash}`).digest("base64url").slice(0, 22);
}

/** The caller's live sessions, the most recently used first; the one making the call is marked current. */
export async function mySessions(ctx: Context, actor: Actor): Promise<MySession[]> {
  const rows = await listLiveSessionsOfUser(ctx.db, actor.id, ctx.now());
  return rows.map((row) => ({
    id: publicSessionId(row.tokenHash),
    createdAt: row.createdAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
    ...summarizeUserAgent(row.userAgent),
    current: row.tokenHash === ctx.sessionTokenHash,
  }));
}

/** Ends one of the caller's sessions on another device (this one ends with サインアウト). */
export async function endMySession(ctx: Context, actor: Actor, id: string): Promise<void> {
  const rows = await listLiveSessionsOfUser(ctx.db, actor.id, ctx.now());
  const row = rows.find((r) => publicSessionId(r.tokenHash) === id);
  if (!row) throw new DomainError("NOT_FOUND", "この端末のサインインはすでに終了しています。");
  if (row.tokenHash === ctx.sessionTokenHash) {
    throw new DomainError("VALIDATION", "この端末は「サインアウト」で終了してください。");
  }
  await audited(ctx, async ({ tx, audit }) => {
    if (!(await deleteSessionOfUser(tx, actor.id, row.tokenHash))) {
      throw new DomainError("NOT_FOUND", "この端末のサインインはすでに終了しています。");
    }
    await audit({
      action: "delete",
      recordType: "user_session",
      recordId: actor.id,
      regionId: null,
      before: { session: id, ...summarizeUserAgent(row.userAgent), createdAt: row.createdAt },
      after: null,
    });
  });
}

/** Ends every session of the caller but this one. */
export async function endOtherSessions(ctx: Context, actor: Actor): Promise<{ ended: number }> {
  return audited(ctx, async ({ tx, audit }) => {
    const ended = await deleteOtherSessionsOfUser(tx, actor.id, ctx.sessionTokenHash);
    await audit({
      action: "delete",
      recordType: "user_session",
      recordId: actor.id,
      regionId: null,
      before: { otherSessions: ended },
      after: null,
    });
    return { ended };
  });
}
