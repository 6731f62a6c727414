import { z } from "zod";
import { PREFECTURES } from "./prefectures";
import { pageSchema, pageSizeSchema, safeString, versionSchema } from "./text";
import { ORGANIZATION_TYPE_LABELS_JA, ORGANIZATION_TYPES, type OrganizationType } from "./vocabulary";

/**
 * Text folded for search: full-width to half-width (NFKC), hiragana to katakana, lower case, no spaces, so
 * 「なんびょう」 finds 「ナンビョウ」 and 「ＪＥＥＤ」 finds "jeed".
 */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))
    .toLowerCase()
    .replace(/\s+/g, "");
}

const optionalText = (max: number, label: string) =>
  safeString()
    .trim()
    .max(max, { message: `${label}は${max}文字以内で入力してください。` })
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .default(null);

export const contactSchema = z.object({
  name: safeString().trim().min(1, { message: "担当者の氏名を入力してください。" }).max(100),
  title: optionalText(100, "役職"),
  email: safeString()
    .trim()
    .max(200)
    .refine((v) => v === "" || z.email().safeParse(v).success, {
      message: "メールアドレスの形式が正しくありません。",
    })
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .default(null),
  phone: optionalText(40, "電話番号"),
});

const organizationFields = {
  name: safeString()
    .trim()
    .min(1, { message: "団体名を入力してください。" })
    .max(200, { message: "団体名は200文字以内で入力してください。" }),
  nameKana: optionalText(200, "フリガナ"),
  type: z.enum(ORGANIZATION_TYPES, { message: "団体の種別を選んでください。" }),
  prefectureCode: safeString()
    .regex(/^(0[1-9]|[1-3][0-9]|4[0-7])$/, { message: "都道府県を選んでください。" })
    .nullable(),
  note: optionalText(2000, "メモ"),
  contacts: z.array(contactSchema).max(20).default([]),
};

export const organizationCreateSchema = z.object({
  /** The region the user acts in; the organization's prefecture must belong to it. */
  regionId: z.uuid(),
  ...organizationFields,
});
export type OrganizationCreate = z.infer<typeof organizationCreateSchema>;

export const organizationUpdateSchema = z.object({
  id: z.uuid(),
  version: versionSchema,
  ...organizationFields,
});
export type OrganizationUpdate = z.infer<typeof organizationUpdateSchema>;

export const organizationListSchema = z.object({
  query: safeString().trim().max(100).optional(),
  /** Only organizations in the prefectures this region covers (首都圏: 埼玉・千葉・東京・神奈川). */
  regionId: z.uuid().optional(),
  type: z.enum(ORGANIZATION_TYPES).optional(),
  prefectureCode: safeString()
    .regex(/^\d{2}$/)
    .optional(),
  sort: z.enum(["name", "type", "prefecture", "updated"]).default("name"),
  direction: z.enum(["asc", "desc"]).default("asc"),
  page: pageSchema.default(1),
  pageSize: pageSizeSchema(25),
});
export type OrganizationListInput = z.infer<typeof organizationListSchema>;

export interface OrganizationDraft {
  name: string;
  nameKana: string | null;
  type: OrganizationType;
  prefectureCode: string | null;
  note: string | null;
}

export interface ImportRejection {
  /** The line in the file (the header is line 1). */
  line: number;
  name: string;
  reasons: string[];
}

const HEADER_ALIASES: Record<keyof OrganizationDraft, string[]> = {
  name: ["名称", "団体名", "機関名", "name"],
  nameKana: ["フリガナ", "ふりがな", "よみがな", "カナ", "kana"],
  type: ["種別", "種類", "区分", "type"],
  prefectureCode: ["都道府県", "prefecture"],
  note: ["メモ", "備考", "note"],
};

function typeFromLabel(label: string): OrganizationType | undefined {
  const folded = foldForSearch(label);
  if (!folded) return undefined;
  return ORGANIZATION_TYPES.find(
    (t) => foldForSearch(ORGANIZATION_TYPE_LABELS_JA[t]) === folded || t === folded,
  );
}

function prefectureFromText(text: string): string | undefined {
  const value = text.normalize("NFKC").trim();
  if (/^\d{1,2}$/.test(value)) return PREFECTURES.find((p) => Number(p.code) === Number(value))?.code;
  const bare = (name: string) => (name === "北海道" ? name : name.replace(/[都府県]$/, ""));
  return PREFECTURES.find(
    (p) =>
      p.nameJa === value || bare(p.nameJa) === value || p.nameRomaji.toLowerCase() === value.toLowerCase(),
  )?.code;
}

/**
 * Reads organization rows from a CSV already split into cells (first row: the header, in Japanese or English).
 * Each row becomes a draft or a rejection with the reasons in Japanese; nothing here touches the database.
 */
export function readOrganizationImport(rows: string[][]): {
  drafts: (OrganizationDraft & { line: number })[];
  rejected: ImportRejection[];
  missingColumns: string[];
} {
  const [header = [], ...body] = rows;
  const index = Object.fromEntries(
    (Object.keys(HEADER_ALIASES) as (keyof OrganizationDraft)[]).map((key) => [
      key,
      header.findIndex((h) => HEADER_ALIASES[key].includes(h.replace(/^\uFEFF/, "").trim())),
    ]),
  ) as Record<keyof OrganizationDraft, number>;
  const missingColumns = (["name", "type"] as const)
    .filter((k) => index[k] < 0)
    .map((k) => HEADER_ALIASES[k][0] ?? k);
  if (missingColumns.length > 0) return { drafts: [], rejected: [], missingColumns };

  const cell = (row: string[], key: keyof OrganizationDraft) =>
    index[key] >= 0 ? (row[index[key]] ?? "").trim() : "";
  const drafts: (OrganizationDraft & { line: number })[] = [];
  const rejected: ImportRejection[] = [];
  const seen = new Set<string>();
  body.forEach((row, i) => {
    const line = i + 2;
    if (row.every((c) => c.trim() === "")) return;
    const reasons: string[] = [];
    const name = cell(row, "name");
    const typeText = cell(row, "type");
    const prefText = cell(row, "prefectureCode");
    if (!name) reasons.push("団体名がありません。");
    if (name.length > 200) reasons.push("団体名が200文字を超えています。");
    const type = typeFromLabel(typeText);
    if (!type)
      reasons.push(typeText ? `種別「${typeText}」は登録できる種別ではありません。` : "種別がありません。");
    const prefectureCode = prefText ? prefectureFromText(prefText) : undefined;
    if (prefText && !prefectureCode) reasons.push(`都道府県「${prefText}」が見つかりません。`);
    const key = `${prefectureCode ?? ""}:${foldForSearch(name)}`;
    if (name && seen.has(key)) reasons.push("同じ団体がファイル内で重複しています。");
    seen.add(key);
    if (reasons.length > 0 || !type) {
      rejected.push({ line, name, reasons });
      return;
    }
    const kana = cell(row, "nameKana");
    const note = cell(row, "note");
    drafts.push({
      line,
      name,
      nameKana: kana || null,
      type,
      prefectureCode: prefectureCode ?? null,
      note: note || null,
    });
  });
  return { drafts, rejected, missingColumns };
}
