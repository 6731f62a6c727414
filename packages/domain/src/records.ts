import { z } from "zod";
import { AGREEMENT_ROLES, AGREEMENT_STATUSES } from "./agreements";
import { MEETING_KINDS, TIMELINE_KINDS } from "./model";
import { idempotencyKeySchema } from "./offline";
import { checkHearingConsent, hearingConsentSchema } from "./privacy";
import {
  idOf,
  isoDateSchema,
  pageSchema,
  pageSizeSchema,
  regionSlugSchema,
  safeString,
  versionedIdSchema,
  versionSchema,
} from "./text";

// Input schemas of the preparation records: meetings, hearings, co-host agreements, timeline notes.

const text = (max: number, label: string) =>
  safeString()
    .trim()
    .max(max, { message: `${label}は${max.toLocaleString("ja-JP")}文字以内で入力してください。` })
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .default(null);

export const partialDateSchema = z.object({
  date: isoDateSchema,
  precision: z.enum(["day", "month"]),
});

const time = safeString()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "時刻は 14:00 の形式で入力してください。" })
  .nullable()
  .default(null);

export const actionItemSchema = z.object({
  title: safeString().trim().min(1, { message: "やることを入力してください。" }).max(200),
  assigneeId: z.uuid().nullable().default(null),
  dueOn: isoDateSchema.nullable().default(null),
});

// What a meeting is, apart from where it belongs (set at creation) and the action items (each becomes a task).
const meetingFields = {
  kind: z.enum(MEETING_KINDS, { message: "会議の種類を選んでください。" }),
  heldOn: isoDateSchema,
  startTime: time,
  endTime: time,
  title: safeString().trim().min(1, { message: "会議名を入力してください。" }).max(200),
  place: text(200, "場所"),
  online: z.boolean().default(false),
  attendees: text(2000, "出席者"),
  organizationIds: z.array(z.uuid()).max(100).default([]),
  agenda: text(5000, "議題"),
  minutes: text(50_000, "議事録"),
  decisions: text(5000, "決まったこと"),
  nextMeeting: partialDateSchema.nullable().default(null),
  isPublic: z.boolean().default(false),
};

type MeetingTimes = {
  startTime: string | null;
  endTime: string | null;
  heldOn: string;
  nextMeeting: { date: string } | null;
};

function checkMeetingTimes(v: MeetingTimes, ctx: z.RefinementCtx) {
  if (v.startTime && v.endTime && v.endTime <= v.startTime) {
    ctx.addIssue({
      code: "custom",
      path: ["endTime"],
      message: "終了時刻は開始時刻より後にしてください。",
    });
  }
  if (v.nextMeeting && v.nextMeeting.date.slice(0, 7) < v.heldOn.slice(0, 7)) {
    ctx.addIssue({
      code: "custom",
      path: ["nextMeeting"],
      message: "次回の日付は会議の日以降にしてください。",
    });
  }
}

export const meetingCreateSchema = z
  .object({
    regionId: idOf("地域"),
    editionId: z.uuid().nullable().default(null),
    ...meetingFields,
    actionItems: z.array(actionItemSchema).max(50).default([]),
    idempotencyKey: idempotencyKeySchema,
  })
  .superRefine(checkMeetingTimes);
export type MeetingCreate = z.infer<typeof meetingCreateSchema>;

/**
 * A correction of a meeting: every field as on the create form, at the version the editor saw. Action items
 * sent here are new ones (each becomes a task); those made before are tasks, edited on their own pages.
 */
export const meetingUpdateSchema = z
  .object({
    id: z.uuid(),
    version: versionSchema,
    ...meetingFields,
    actionItems: z.array(actionItemSchema).max(50).default([]),
  })
  .superRefine(checkMeetingTimes);
export type MeetingUpdate = z.infer<typeof meetingUpdateSchema>;

/** Deleting a record (softly), at the version the person deleting it saw. */
export const recordDeleteSchema = versionedIdSchema;
export type RecordDelete = z.infer<typeof recordDeleteSchema>;

const hearingFields = {
  organizationId: z.uuid({ message: "ヒアリング先の団体を選んでください。" }),
  heldOn: isoDateSchema,
  interviewer: safeString().trim().min(1, { message: "聞き手を入力してください。" }).max(200),
  respondent: text(200, "回答者"),
  summary: text(10_000, "概要"),
  findings: z
    .array(
      z.object({
        themeId: z.uuid({ message: "テーマを選んでください。" }),
        body: safeString().trim().min(1, { message: "わかったことを入力してください。" }).max(5000),
      }),
    )
    // At least one when the interviewee consented, none when they did not (checkHearingConsent).
    .max(50),
  isPublic: z.boolean().default(false),
  consent: hearingConsentSchema,
  consentOn: isoDateSchema.nullable().default(null),
  purposeOfUse: text(1000, "利用目的"),
};

export const hearingCreateSchema = z
  .object({
    regionId: idOf("地域"),
    ...hearingFields,
  })
  .superRefine(checkHearingConsent);
export type HearingCreate = z.infer<typeof hearingCreateSchema>;

/** A correction of a hearing: its findings are replaced by the ones sent. */
export const hearingUpdateSchema = z
  .object({ id: z.uuid(), version: versionSchema, ...hearingFields })
  .superRefine(checkHearingConsent);
export type HearingUpdate = z.infer<typeof hearingUpdateSchema>;

export const hearingThemeCreateSchema = z.object({
  nameJa: safeString().trim().min(1, { message: "テーマ名を入力してください。" }).max(50),
  nameEn: safeString().trim().min(1, { message: "英語のテーマ名を入力してください。" }).max(50),
});

export const agreementCreateSchema = z.object({
  editionId: idOf("フォーラム"),
  organizationId: z.uuid({ message: "団体を選んでください。" }),
  role: z.enum(AGREEMENT_ROLES, { message: "共催・後援・協力のいずれかを選んでください。" }),
  status: z.enum(["proposed", "negotiating"], {
    message: "最初の状況は「打診」か「協議中」を選んでください。",
  }),
  occurredOn: isoDateSchema,
  note: text(2000, "メモ"),
  nextStepOn: isoDateSchema.nullable().default(null),
  nextStep: text(500, "次の一手"),
});
export type AgreementCreate = z.infer<typeof agreementCreateSchema>;

export const agreementTransitionSchema = z.object({
  id: z.uuid(),
  version: versionSchema,
  to: z.enum(AGREEMENT_STATUSES, { message: "状況の値が正しくありません。" }),
  occurredOn: isoDateSchema,
  note: text(2000, "メモ"),
  nextStepOn: isoDateSchema.nullable().default(null),
  nextStep: text(500, "次の一手"),
});
export type AgreementTransition = z.infer<typeof agreementTransitionSchema>;

export const timelineListSchema = z.object({
  slug: regionSlugSchema,
  kinds: z.array(z.enum(TIMELINE_KINDS)).max(TIMELINE_KINDS.length).optional(),
  page: pageSchema.default(1),
  pageSize: pageSizeSchema(30),
});

const timelineNoteFields = {
  occurredOn: partialDateSchema,
  title: safeString().trim().min(1, { message: "見出しを入力してください。" }).max(200),
  body: text(10_000, "本文"),
  isPublic: z.boolean().default(false),
};

export const timelineNoteSchema = z.object({
  regionId: z.uuid(),
  ...timelineNoteFields,
  idempotencyKey: idempotencyKeySchema,
});
export type TimelineNote = z.infer<typeof timelineNoteSchema>;

export const timelineNoteUpdateSchema = z.object({
  id: z.uuid(),
  version: versionSchema,
  ...timelineNoteFields,
  idempotencyKey: idempotencyKeySchema,
});
export type TimelineNoteUpdate = z.infer<typeof timelineNoteUpdateSchema>;
