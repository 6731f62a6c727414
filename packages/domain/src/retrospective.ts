import { z } from "zod";
import { DomainError } from "./errors";
import { STAGE_LABELS_JA, STAGE_PATH, type Stage } from "./stage";
import { idOf, safeString, versionSchema } from "./text";

// The retrospective (振り返り) after a forum: how many came, where the participants' survey is, what was learnt.

export interface Retrospective {
  editionId: string;
  venueAttendance: number | null;
  onlineAttendance: number | null;
  surveyUrl: string | null;
  notes: string | null;
  version: number;
  updatedAt: string;
}

/** A retrospective is written once the forum was held: at 開催済 or 振り返り. */
export function canRecordRetrospective(stage: Stage): boolean {
  const at = (STAGE_PATH as readonly Stage[]).indexOf(stage);
  return at >= STAGE_PATH.indexOf("held");
}

export function assertRetrospectiveAllowed(stage: Stage): void {
  if (canRecordRetrospective(stage)) return;
  throw new DomainError(
    "INVALID_TRANSITION",
    `振り返りは、フォーラムが「${STAGE_LABELS_JA.held}」になってから記録できます（現在は「${STAGE_LABELS_JA[stage]}」です）。`,
  );
}

const attendance = (label: string) =>
  z
    .number({ message: `${label}は数値で入力してください。` })
    .int({ message: `${label}は整数で入力してください。` })
    .min(0, { message: `${label}は0以上で入力してください。` })
    .max(100_000, { message: `${label}は100,000以下で入力してください。` })
    .nullable()
    .default(null);

export const retrospectiveSaveSchema = z.object({
  editionId: idOf("フォーラム"),
  /** The version the user edited; null when they started a new retrospective. A stale one fails with CONFLICT. */
  version: versionSchema.nullable(),
  venueAttendance: attendance("会場の参加者数"),
  onlineAttendance: attendance("オンラインの参加者数"),
  surveyUrl: safeString()
    .trim()
    .max(2000, { message: "アンケートのURLは2,000文字以内で入力してください。" })
    .refine((v) => v === "" || /^https?:\/\/[^\s]+$/.test(v), {
      message: "アンケートのURLは https:// または http:// で始まる形で入力してください。",
    })
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .default(null),
  notes: safeString()
    .trim()
    .max(20_000, { message: "振り返りのメモは20,000文字以内で入力してください。" })
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .default(null),
});
export type RetrospectiveSave = z.infer<typeof retrospectiveSaveSchema>;
