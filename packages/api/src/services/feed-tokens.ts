import {
  countLiveFeedTokens,
  type DB,
  findFeedTokenActor,
  insertFeedToken,
  listFeedTokens,
  revokeFeedToken,
} from "@kyoso/db";
import { type Actor, DomainError, type FeedTokenInfo, MAX_FEED_TOKENS } from "@kyoso/domain";
import { hashToken, newToken } from "../auth/tokens";
import type { Context } from "../context";
import { audited } from "./write";

// Private calendar feed links of the signed-in user. The token (256 random bits) is shown once, at creation;
// only its SHA-256 hash is stored. Audit rows name the link, never the token.

export interface CreatedFeedToken extends FeedTokenInfo {
  /** Shown once: the secret part of the links below. */
  token: string;
  /** Paths relative to the app: the user's own calendar, and the pattern of a region's calendar. */
  paths: { mine: string; region: string };
  /** The same, absolute (PUBLIC_URL): what the user pastes into a calendar app. `{slug}` stands for a region. */
  urls: { mine: string; region: string };
}

export const feedPaths = (token: string) => ({
  mine: `/feeds/ical/${token}/mine.ics`,
  region: `/feeds/ical/${token}/regions/{slug}.ics`,
});

export function myFeedTokens(ctx: Context & { actor: Actor }): Promise<FeedTokenInfo[]> {
  return listFeedTokens(ctx.db, ctx.actor.id);
}

export async function createFeedToken(
  ctx: Context & { actor: Actor },
  label: string,
): Promise<CreatedFeedToken> {
  return audited(ctx, async ({ tx, audit }) => {
    if ((await countLiveFeedTokens(tx, ctx.actor.id)) >= MAX_FEED_TOKENS) {
      throw new DomainError(
        "VALIDATION",
        `カレンダー用のリンクは${MAX_FEED_TOKENS}件までです。使っていないリンクを無効にしてください。`,
      );
    }
    const token = newToken();
    const info = await insertFeedToken(tx, {
      tokenHash: hashToken(token),
      userId: ctx.actor.id,
      label,
      now: ctx.now(),
    });
    await audit({
      action: "create",
      recordType: "feed_token",
      recordId: info.id,
      regionId: null,
      before: null,
      after: { ...info, userId: ctx.actor.id },
    });
    const paths = feedPaths(token);
    const urls = { mine: `${ctx.publicUrl}${paths.mine}`, region: `${ctx.publicUrl}${paths.region}` };
    return { ...info, token, paths, urls };
  });
}

/** Revokes one of the caller's own links: from now on it answers 404. */
export async function revokeMyFeedToken(ctx: Context & { actor: Actor }, id: string): Promise<FeedTokenInfo> {
  return audited(ctx, async ({ tx, audit }) => {
    const revoked = await revokeFeedToken(tx, ctx.actor.id, id, ctx.now());
    if (!revoked) throw new DomainError("NOT_FOUND", "指定されたリンクが見つかりません（すでに無効です）。");
    await audit({
      action: "update",
      recordType: "feed_token",
      recordId: id,
      regionId: null,
      before: { ...revoked, revokedAt: null },
      after: revoked,
    });
    return revoked;
  });
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** The actor a feed link stands for today, or null for a malformed, unknown or revoked link or disabled user. */
export async function resolveFeedToken(db: DB, token: string, now: Date): Promise<Actor | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  return (await findFeedTokenActor(db, hashToken(token), now)) ?? null;
}
