import { z } from "zod";
import { addDays } from "./calendar";
import { int4, isoDateSchema, pageSchema, pageSizeSchema, safeString } from "./text";

// Privacy by design (要配慮個人情報 under APPI): what a hearing records about consent, how long a survey keeps
// its free-text answers, the log of who read free text, and the search behind a subject access export.

/**
 * How the interviewee consented to what they said being recorded: in writing (書面), orally (口頭同意), or not at
 * all. Without consent a hearing records only that it took place (who, when, with whom), never what was said.
 */
export const HEARING_CONSENTS = ["written", "verbal", "none"] as const;
export type HearingConsent = (typeof HEARING_CONSENTS)[number];

export const hearingConsentSchema = z.enum(HEARING_CONSENTS, {
  message: "同意の取得状況を選んでください。",
});

/** What the consent rule reads of a hearing input. */
interface ConsentedHearing {
  consent: HearingConsent;
  consentOn: string | null;
  purposeOfUse: string | null;
  heldOn: string;
  summary: string | null;
  findings: readonly unknown[];
}

/**
 * The rule (a refinement of the hearing inputs):
 * - findings need consent: with 「同意なし」 no findings and no summary are kept (the record says only that the
 *   hearing took place); with consent at least one finding is recorded;
 * - consent is for a stated purpose: written or oral consent needs the purpose of use;
 * - written consent carries its date (the date on the form, never after the hearing's day + a year);
 *   oral consent (口頭同意) is given at the hearing, so its date may be left empty and is read as the hearing's day.
 */
export function checkHearingConsent(v: ConsentedHearing, ctx: z.RefinementCtx): void {
  if (v.consent === "none") {
    if (v.findings.length > 0)
      ctx.addIssue({
        code: "custom",
        path: ["findings"],
        message:
          "同意を得ていないヒアリングには、わかったことを記録できません。同意の状況を確認してください。",
      });
    if (v.summary)
      ctx.addIssue({
        code: "custom",
        path: ["summary"],
        message: "同意を得ていないヒアリングには、概要を記録できません。",
      });
    return;
  }
  if (v.findings.length === 0)
    ctx.addIssue({ code: "custom", path: ["findings"], message: "わかったことを1つ以上入力してください。" });
  if (!v.purposeOfUse)
    ctx.addIssue({
      code: "custom",
      path: ["purposeOfUse"],
      message: "同意を得た利用目的を入力してください。",
    });
  if (v.consent === "written" && !v.consentOn)
    ctx.addIssue({ code: "custom", path: ["consentOn"], message: "同意を得た日を入力してください。" });
  if (v.consentOn && v.consentOn > addDays(v.heldOn, 366))
    ctx.addIssue({
      code: "custom",
      path: ["consentOn"],
      message: "同意を得た日がヒアリングの日から離れすぎています。",
    });
}

/** The consent date a hearing keeps: oral consent without a date was given on the hearing's day. */
export function consentDateOf(v: Pick<ConsentedHearing, "consent" | "consentOn" | "heldOn">): string | null {
  if (v.consent === "none") return null;
  return v.consentOn ?? v.heldOn;
}

/** A survey's free-text retention: days after the closing day (null: kept until the survey is deleted). */
export const MAX_RETENTION_DAYS = 3650;
export const freeTextRetentionSchema = int4()
  .min(1, { message: "保存期間は1日以上にしてください。" })
  .max(MAX_RETENTION_DAYS, { message: `保存期間は${MAX_RETENTION_DAYS}日以内にしてください。` })
  .nullable();

export const surveyRetentionSchema = z.object({
  id: z.uuid({ message: "アンケートの指定が正しくありません。" }),
  freeTextRetentionDays: freeTextRetentionSchema,
});
export type SurveyRetention = z.infer<typeof surveyRetentionSchema>;

/** The day a survey's free-text answers are erased (Japan's calendar), or null when they are kept. */
export function freeTextEraseOn(survey: {
  closesOn: string;
  freeTextRetentionDays: number | null;
}): string | null {
  return survey.freeTextRetentionDays === null
    ? null
    : addDays(survey.closesOn, survey.freeTextRetentionDays);
}

/** What a read-log row says was read. */
export const READ_KINDS = [
  "hearing_findings",
  "survey_text_answers",
  "survey_responses",
  "survey_export_csv",
  "survey_export_xlsx",
] as const;
export type ReadKind = (typeof READ_KINDS)[number];

export const readLogListSchema = z.object({
  actorId: z.uuid().optional(),
  recordId: z.uuid().optional(),
  recordType: z.enum(["hearing", "survey"]).optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  page: pageSchema.default(1),
  pageSize: pageSizeSchema(50),
});
export type ReadLogListInput = z.infer<typeof readLogListSchema>;

/** A subject access request: the name or e-mail address the person gave. */
export const subjectSearchSchema = z.object({
  query: safeString()
    .trim()
    .min(2, { message: "氏名またはメールアドレスを2文字以上入力してください。" })
    .max(200, { message: "200文字以内で入力してください。" }),
});
export type SubjectSearch = z.infer<typeof subjectSearchSchema>;
