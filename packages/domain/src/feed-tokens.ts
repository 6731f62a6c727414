import { z } from "zod";
import { safeString } from "./text";

// Private calendar feed links: a secret in the URL stands in for the signed-in user, so a calendar app can
// subscribe. Only a hash of it is stored; the user can revoke it at any time.

export interface FeedTokenInfo {
  id: string;
  label: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export const feedTokenCreateSchema = z.object({
  label: safeString()
    .trim()
    .min(1, { message: "どこで使うリンクか、名前を入力してください（例: 仕事用のカレンダー）。" })
    .max(100, { message: "名前は100文字以内で入力してください。" }),
});

/** At most this many live links per user: enough for a phone, a laptop and a shared calendar. */
export const MAX_FEED_TOKENS = 10;
