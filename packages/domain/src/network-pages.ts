import { z } from "zod";
import { safeString, versionSchema } from "./text";

// The network's own pages (開催にあたり, 共有価値, フォーラム準備): markdown the national team writes once and
// every public forum page links to. A page is public only while published.

/** A page's address under /about/: lower-case letters, digits and hyphens. */
export const NETWORK_PAGE_SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

export const networkPageSlugSchema = safeString().regex(NETWORK_PAGE_SLUG_PATTERN, {
  message: "ページのアドレスは半角英小文字・数字・ハイフンで入力してください（例：kaisai-ni-atari）。",
});

const title = safeString()
  .trim()
  .min(1, { message: "ページの題名を入力してください。" })
  .max(200, { message: "ページの題名は200文字以内で入力してください。" });

const body = safeString().max(50_000, { message: "本文は50,000文字以内で入力してください。" });

const position = z
  .number({ message: "並び順は数値で入力してください。" })
  .int({ message: "並び順は整数で入力してください。" })
  .min(0, { message: "並び順は0以上で入力してください。" })
  .max(1000, { message: "並び順は1,000以下で入力してください。" });

export const networkPageCreateSchema = z.object({
  slug: networkPageSlugSchema,
  title,
  body: body.default(""),
  position: position.default(0),
  published: z.boolean({ message: "公開の指定が正しくありません。" }).default(false),
});
export type NetworkPageCreate = z.infer<typeof networkPageCreateSchema>;

export const networkPageUpdateSchema = z.object({
  id: z.uuid({ message: "ページの指定が正しくありません。" }),
  version: versionSchema,
  title,
  body,
  position,
  published: z.boolean({ message: "公開の指定が正しくありません。" }),
});
export type NetworkPageUpdate = z.infer<typeof networkPageUpdateSchema>;

export interface NetworkPage {
  id: string;
  slug: string;
  title: string;
  body: string;
  position: number;
  published: boolean;
  version: number;
  updatedAt: string;
}

/** What the public sees of a published page. */
export type PublicNetworkPage = Pick<NetworkPage, "slug" | "title" | "body" | "updatedAt">;
