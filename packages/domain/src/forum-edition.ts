import { z } from "zod";
import { DomainError } from "./errors";
import { INITIAL_STAGES, STAGES, type Stage } from "./stage";
import { idOf, isoDateSchema, safeString, versionSchema } from "./text";

const capacity = z
  .number({ message: "定員は数値で入力してください。" })
  .int({ message: "定員は整数で入力してください。" })
  .min(0, { message: "定員は0以上で入力してください。" })
  .max(100_000, { message: "定員は100,000以下で入力してください。" });

const registrations = z
  .number({ message: "申込数は数値で入力してください。" })
  .int({ message: "申込数は整数で入力してください。" })
  .min(0, { message: "申込数は0以上で入力してください。" })
  .max(100_000, { message: "申込数は100,000以下で入力してください。" });

const title = safeString()
  .trim()
  .min(1, { message: "フォーラム名を入力してください。" })
  .max(200, { message: "フォーラム名は200文字以内で入力してください。" });

const venueName = safeString().trim().max(200, { message: "会場名は200文字以内で入力してください。" });

const optionalText = (max: number, label: string) =>
  safeString()
    .trim()
    .max(max, { message: `${label}は${max.toLocaleString("ja-JP")}文字以内で入力してください。` })
    .transform((v) => (v === "" ? null : v))
    .nullable();

const clockTime = (label: string) =>
  safeString()
    .trim()
    .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { message: `${label}は「10:00」のように入力してください。` })
    .nullable();

/** The registration service's page: an absolute http(s) address, since the public page links to it. */
export const registrationUrlSchema = safeString()
  .trim()
  .max(2000, { message: "申込ページのURLは2,000文字以内で入力してください。" })
  .refine((v) => v === "" || /^https?:\/\/[^\s/?#]+\.[^\s]*$/i.test(v), {
    message: "申込ページのURLは https:// から始まる形で入力してください。",
  })
  .transform((v) => (v === "" ? null : v))
  .nullable();

const contactEmail = safeString()
  .trim()
  .max(254, { message: "連絡先のメールアドレスは254文字以内で入力してください。" })
  .refine((v) => v === "" || /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(v), {
    message: "連絡先のメールアドレスの形式が正しくありません。",
  })
  .transform((v) => (v === "" ? null : v))
  .nullable();

/**
 * What the public forum page shows beyond the date and venue name: all optional, all public once the edition
 * is (開催決定 on). The 開催報告 is shown after the forum, and only once published.
 */
const publicDetailFields = {
  startsAt: clockTime("開始時刻"),
  endsAt: clockTime("終了時刻"),
  venueAddress: optionalText(300, "会場の住所"),
  onlineInfo: optionalText(2000, "オンライン参加の案内"),
  contactOrganization: optionalText(200, "お問い合わせ先"),
  contactEmail,
  contactPhone: optionalText(40, "電話番号"),
  registrationUrl: registrationUrlSchema,
  organizerName: optionalText(200, "主催"),
  reportAttendance: registrations.nullable(),
  reportSummary: optionalText(20_000, "開催報告"),
  reportPublished: z.boolean({ message: "開催報告の公開の値が正しくありません。" }),
};

export const stageSchema = z.enum(STAGES, { message: "ステージの値が正しくありません。" });

const editableFields = {
  title,
  heldOn: isoDateSchema.nullable(),
  venueName: venueName.nullable(),
  venueCapacity: capacity.nullable(),
  onlineCapacity: capacity.nullable(),
  venueRegistrations: registrations,
  onlineRegistrations: registrations,
  venueFullFrom: isoDateSchema.nullable(),
};

export const forumEditionCreateSchema = z
  .object({
    regionId: idOf("地域"),
    year: z
      .number({ message: "開催年を入力してください。" })
      .int({ message: "開催年は整数で入力してください。" })
      .min(2000, { message: "開催年は2000以降で入力してください。" })
      .max(2100, { message: "開催年は2100以前で入力してください。" }),
    stage: stageSchema.refine((s: Stage) => INITIAL_STAGES.includes(s), {
      message: "新しいフォーラムは「構想」「打診・説明」「調整中」「開催決定」のいずれかで作成してください。",
    }),
    ...editableFields,
    venueRegistrations: registrations.default(0),
    onlineRegistrations: registrations.default(0),
    venueFullFrom: isoDateSchema.nullable().default(null),
    ...z.object(publicDetailFields).partial().shape,
  })
  .superRefine(refineDates);
export type ForumEditionCreate = z.infer<typeof forumEditionCreateSchema>;

export const forumEditionUpdateSchema = z
  .object({
    id: idOf("フォーラム"),
    /** The version the user edited; a stale one fails with CONFLICT. */
    version: versionSchema,
    stage: stageSchema.optional(),
    ...z.object(editableFields).partial().shape,
    ...z.object(publicDetailFields).partial().shape,
  })
  .superRefine(refineDates);
export type ForumEditionUpdate = z.infer<typeof forumEditionUpdateSchema>;

function refineDates(
  value: {
    heldOn?: string | null | undefined;
    venueFullFrom?: string | null | undefined;
    startsAt?: string | null | undefined;
    endsAt?: string | null | undefined;
  },
  ctx: z.RefinementCtx,
): void {
  if (value.startsAt && value.endsAt && value.endsAt <= value.startsAt) {
    ctx.addIssue({ code: "custom", path: ["endsAt"], message: "終了時刻は開始時刻より後にしてください。" });
  }
  if (value.heldOn && value.venueFullFrom && value.venueFullFrom > value.heldOn) {
    ctx.addIssue({
      code: "custom",
      path: ["venueFullFrom"],
      message: "会場満席の日付は開催日以前にしてください。",
    });
  }
}

/** Rules that need the stored record as well as the input: checked again when the patch is merged. */
export function assertEditionConsistent(edition: {
  heldOn: string | null;
  venueFullFrom: string | null;
  startsAt?: string | null;
  endsAt?: string | null;
}): void {
  if (edition.startsAt && edition.endsAt && edition.endsAt <= edition.startsAt) {
    throw new DomainError("VALIDATION", "終了時刻は開始時刻より後にしてください。");
  }
  if (edition.heldOn && edition.venueFullFrom && edition.venueFullFrom > edition.heldOn) {
    throw new DomainError("VALIDATION", "会場満席の日付は開催日以前にしてください。");
  }
}
