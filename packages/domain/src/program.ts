import { z } from "zod";
import { SESSION_KINDS, type SessionKind } from "./model";
import { idOf, safeString, versionSchema } from "./text";

// A forum edition's program: sessions (基調講演, パネル …) in order, each with its speakers in order.

export const SESSION_KIND_LABELS_JA: Record<SessionKind, string> = {
  keynote: "基調講演",
  panel: "パネル",
  report: "報告",
  exchange: "交流",
};

/** Most sessions an edition and speakers a session may have: a forum's afternoon, not a conference. */
export const MAX_SESSIONS = 30;
export const MAX_SPEAKERS = 20;

export interface ProgramSpeaker {
  id: string;
  position: number;
  name: string;
  affiliation: string | null;
  title: string | null;
  version: number;
}

export interface ProgramSession {
  id: string;
  editionId: string;
  position: number;
  kind: SessionKind;
  title: string;
  subtitle: string | null;
  /** "HH:MM" on the forum day (Japan time), or null while not fixed. */
  startsAt: string | null;
  endsAt: string | null;
  version: number;
  speakers: ProgramSpeaker[];
}

const optionalText = (max: number, label: string) =>
  safeString()
    .trim()
    .max(max, { message: `${label}は${max}文字以内で入力してください。` })
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .default(null);

const time = safeString()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "時刻は 13:30 の形式で入力してください。" })
  .nullable()
  .default(null);

export const speakerSchema = z.object({
  name: safeString()
    .trim()
    .min(1, { message: "登壇者の氏名を入力してください。" })
    .max(100, { message: "登壇者の氏名は100文字以内で入力してください。" }),
  affiliation: optionalText(200, "所属"),
  title: optionalText(100, "役職"),
});
export type SpeakerInput = z.infer<typeof speakerSchema>;

const sessionFields = {
  kind: z.enum(SESSION_KINDS, { message: "セッションの種類を選んでください。" }),
  title: safeString()
    .trim()
    .min(1, { message: "セッションのタイトルを入力してください。" })
    .max(200, { message: "セッションのタイトルは200文字以内で入力してください。" }),
  subtitle: optionalText(200, "サブタイトル"),
  startsAt: time,
  endsAt: time,
};

function refineTimes(
  value: { startsAt?: string | null | undefined; endsAt?: string | null | undefined },
  ctx: z.RefinementCtx,
): void {
  if (value.endsAt && !value.startsAt) {
    ctx.addIssue({
      code: "custom",
      path: ["startsAt"],
      message: "終了時刻を入れるときは開始時刻も入力してください。",
    });
  }
  if (value.startsAt && value.endsAt && value.endsAt <= value.startsAt) {
    ctx.addIssue({ code: "custom", path: ["endsAt"], message: "終了時刻は開始時刻より後にしてください。" });
  }
}

export const sessionCreateSchema = z
  .object({
    editionId: idOf("フォーラム"),
    ...sessionFields,
    /** Speakers to add with the session, in order. */
    speakers: z
      .array(speakerSchema)
      .max(MAX_SPEAKERS, { message: `登壇者は${MAX_SPEAKERS}人までです。` })
      .default([]),
  })
  .superRefine(refineTimes);
export type SessionCreate = z.infer<typeof sessionCreateSchema>;

/** Replaces the session's fields (not its speakers, which have procedures of their own). */
export const sessionUpdateSchema = z
  .object({
    id: idOf("セッション"),
    version: versionSchema,
    ...sessionFields,
  })
  .superRefine(refineTimes);
export type SessionUpdate = z.infer<typeof sessionUpdateSchema>;

const idList = (max: number) =>
  z
    .array(z.uuid())
    .min(1)
    .max(max)
    .refine((ids) => new Set(ids).size === ids.length, { message: "同じ項目が2回指定されています。" });

/** Every session of the edition, in the new order. */
export const sessionReorderSchema = z.object({
  editionId: idOf("フォーラム"),
  sessionIds: idList(MAX_SESSIONS),
});

export const speakerAddSchema = speakerSchema.extend({
  sessionId: idOf("セッション"),
});
export type SpeakerAdd = z.infer<typeof speakerAddSchema>;

export const speakerUpdateSchema = speakerSchema.extend({
  id: idOf("登壇者"),
  version: versionSchema,
});

/** Delete a session or a speaker: the one at the version the user saw. */
export const programItemDeleteSchema = z.object({
  id: idOf("削除する項目"),
  version: versionSchema,
});
export type SpeakerUpdate = z.infer<typeof speakerUpdateSchema>;

/** Every speaker of the session, in the new order. */
export const speakerReorderSchema = z.object({
  sessionId: idOf("セッション"),
  speakerIds: idList(MAX_SPEAKERS),
});

/** Whether `ids` names exactly the records that exist, each once, in some order. */
export function isSameSet(ids: readonly string[], existing: readonly string[]): boolean {
  const set = new Set(existing);
  return ids.length === existing.length && ids.every((id) => set.has(id));
}

/** How a speaker is introduced: 「埼玉県立大学 名誉教授 朝日雅也」. */
export function speakerLine(speaker: {
  name: string;
  affiliation: string | null;
  title: string | null;
}): string {
  return [speaker.affiliation, speaker.title, speaker.name].filter(Boolean).join(" ");
}
