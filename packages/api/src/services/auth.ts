import {
  clearRateLimit,
  deleteSession,
  findOpenInvitationForUpdate,
  findSignInRecord,
  findUserProfile,
  hitRateLimits,
  markInvitationUsed,
  releaseRateLimitHits,
  setPasswordHash,
} from "@kyoso/db";
import {
  ACCEPT_INVITATION_LIMIT,
  DomainError,
  SIGN_IN_LIMITS,
  signInDelayMs,
  signInWaitMessage,
  type UserProfile,
} from "@kyoso/domain";
import { hashPassword, verifyPassword } from "../auth/password";
import { createSession } from "../auth/sessions";
import { hashToken } from "../auth/tokens";
import type { Context } from "../context";
import { countOrRefuse, limitKey } from "../limits";
import { audited } from "./write";

const WRONG_CREDENTIALS = "メールアドレスまたはパスワードが正しくありません。";

/**
 * Signs in with email and password. Unknown, disabled and not-yet-activated accounts get the same answer as
 * a wrong password, in the same time: every count is keyed by the email as typed (whether or not it has an
 * account) and an unknown one is still checked against a decoy hash. A client that keeps failing on one
 * account, or on many, is asked to wait; an account failing from everywhere is only slowed, so nobody can
 * lock its owner out.
 */
export async function signIn(ctx: Context, input: { email: string; password: string }): Promise<UserProfile> {
  const now = ctx.now();
  const fromClient = limitKey("sign-in:account-client", input.email, ctx.clientAddress);
  const client = limitKey("sign-in:client", ctx.clientAddress);
  const account = limitKey("sign-in:account", input.email);
  await countOrRefuse(
    ctx,
    [
      { key: fromClient, rule: SIGN_IN_LIMITS.accountFromClient },
      { key: client, rule: SIGN_IN_LIMITS.client },
    ],
    signInWaitMessage,
  );
  // Counted only once the client may try, so a refused client does not slow the account for its owner.
  const accountWindow = { key: account, windowMs: SIGN_IN_LIMITS.account.windowMs };
  const [accountCount] = await hitRateLimits(ctx.db, [accountWindow], now);

  const record = await findSignInRecord(ctx.db, input.email);
  const ok = await verifyPassword(record?.passwordHash ?? null, input.password);
  if (!record || !ok || record.disabledAt) {
    await ctx.sleep(signInDelayMs(accountCount?.hits ?? 1));
    throw new DomainError("UNAUTHENTICATED", WRONG_CREDENTIALS);
  }
  // The owner proved themselves from this client: its count on the account starts over, and this attempt
  // comes off the other counts (which keep any guesser's failures).
  await clearRateLimit(ctx.db, fromClient);
  await releaseRateLimitHits(
    ctx.db,
    [{ key: client, windowMs: SIGN_IN_LIMITS.client.windowMs }, accountWindow],
    now,
  );
  const session = await createSession(ctx.db, record.id, now, ctx.userAgent);
  ctx.sessionCookie.set(session.token, session.expires);
  const profile = await findUserProfile(ctx.db, record.id);
  if (!profile) throw new DomainError("NOT_FOUND", WRONG_CREDENTIALS);
  return profile;
}

export async function signOut(ctx: Context): Promise<void> {
  if (ctx.sessionTokenHash) {
    await deleteSession(ctx.db, ctx.sessionTokenHash);
    ctx.caches?.sessions.forget(ctx.sessionTokenHash);
  }
  ctx.sessionCookie.clear();
}

/** Sets the invited user's password (once), records it, and signs them in. */
export async function acceptInvitation(
  ctx: Context,
  input: { token: string; password: string },
): Promise<UserProfile> {
  const now = ctx.now();
  // Hashing costs real CPU before the token is even looked at: a client gets a bounded number of tries.
  await countOrRefuse(
    ctx,
    [{ key: limitKey("accept-invitation:client", ctx.clientAddress), rule: ACCEPT_INVITATION_LIMIT }],
    signInWaitMessage,
  );
  const passwordHash = await hashPassword(input.password);
  const userId = await audited(ctx, async ({ tx, audit }) => {
    const invitation = await findOpenInvitationForUpdate(tx, hashToken(input.token), now);
    if (!invitation) {
      throw new DomainError(
        "NOT_FOUND",
        "この招待リンクは使用済みか、有効期限が切れています。管理者に新しいリンクを依頼してください。",
      );
    }
    await setPasswordHash(tx, invitation.userId, passwordHash);
    await markInvitationUsed(tx, invitation.tokenHash, now);
    // Nobody is signed in yet: the token just proved who this is.
    await audit({
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
  const session = await createSession(ctx.db, userId, now, ctx.userAgent);
  ctx.sessionCookie.set(session.token, session.expires);
  const profile = await findUserProfile(ctx.db, userId);
  if (!profile) throw new DomainError("NOT_FOUND", "ユーザーが見つかりません。");
  return profile;
}
