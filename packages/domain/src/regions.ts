import { z } from "zod";
import { regionSlugSchema, safeString, versionSchema } from "./text";

/** What a region is: one prefecture (埼玉県) or a named area of several (首都圏). */
export const REGION_KINDS = ["prefecture", "area"] as const;

const prefectureCodeSchema = safeString().regex(/^(0[1-9]|[1-3][0-9]|4[0-7])$/, {
  message: "都道府県を選んでください。",
});

const regionNames = {
  nameJa: safeString()
    .trim()
    .min(1, { message: "地域名（日本語）を入力してください。" })
    .max(50, { message: "地域名（日本語）は50文字以内で入力してください。" }),
  nameEn: safeString()
    .trim()
    .min(1, { message: "地域名（英語）を入力してください。" })
    .max(80, { message: "地域名（英語）は80文字以内で入力してください。" }),
};

/**
 * A new region: a prefecture is exactly one prefecture, an area at least two. The slug is its address
 * (`/regions/chiba`) and never changes afterwards, so links and feeds stay valid.
 */
export const regionCreateSchema = z
  .object({
    slug: regionSlugSchema,
    ...regionNames,
    kind: z.enum(REGION_KINDS, { message: "地域の種類を選んでください。" }),
    prefectureCodes: z
      .array(prefectureCodeSchema)
      .min(1, { message: "都道府県を選んでください。" })
      .max(47)
      .refine((codes) => new Set(codes).size === codes.length, { message: "都道府県が重複しています。" }),
  })
  .superRefine((value, ctx) => {
    if (value.kind === "prefecture" && value.prefectureCodes.length !== 1)
      ctx.addIssue({
        code: "custom",
        path: ["prefectureCodes"],
        message: "都道府県の地域には都道府県を1つだけ選んでください。",
      });
    if (value.kind === "area" && value.prefectureCodes.length < 2)
      ctx.addIssue({
        code: "custom",
        path: ["prefectureCodes"],
        message: "複数の都道府県からなる地域には都道府県を2つ以上選んでください。",
      });
  });
export type RegionCreate = z.infer<typeof regionCreateSchema>;

/** Renaming keeps the slug: addresses, feeds and calendar links go on working. */
export const regionRenameSchema = z.object({
  id: z.uuid(),
  version: versionSchema,
  ...regionNames,
});
export type RegionRename = z.infer<typeof regionRenameSchema>;

/** Archiving takes a region off the overview and the pickers; its history stays readable. */
export const regionArchiveSchema = z.object({
  id: z.uuid(),
  version: versionSchema,
  archived: z.boolean(),
});
export type RegionArchive = z.infer<typeof regionArchiveSchema>;

/** A region as the national team manages it. */
export interface ManagedRegion {
  id: string;
  slug: string;
  nameJa: string;
  nameEn: string;
  kind: (typeof REGION_KINDS)[number];
  prefectureCodes: string[];
  archivedAt: string | null;
  version: number;
  /** Members (committee and pro bono) who work in it. */
  memberCount: number;
}
