import { z } from "zod";
import { type DateLocale, formatDate, type IsoDate } from "./dates";
import { versionSchema } from "./text";

// Notifications: what happened or is coming for one person, shown in the app and, as each person chooses per
// topic, sent by e-mail at once (held through their quiet time) or gathered into one daily digest.
// A notification carries facts only (titles, dates, places, counts, a link): never free text from hearings
// or survey answers, which may be health information (要配慮個人情報) and stays in the app.

export const NOTIFICATION_KINDS = [
  "task_assigned",
  "task_due",
  "task_overdue",
  "meeting_soon",
  "meeting_today",
  "milestone_due_soon",
  "milestone_late",
  "minutes_missing",
  "cohost_next_step",
  "survey_answers",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** What a person chooses a channel for: a few kinds share one choice (a task due tomorrow or overdue). */
export const NOTIFICATION_TOPICS = [
  "task_assigned",
  "task_due",
  "meeting",
  "milestone",
  "minutes_missing",
  "cohost_next_step",
  "survey_answers",
] as const;
export type NotificationTopic = (typeof NOTIFICATION_TOPICS)[number];

export const TOPIC_OF_KIND: Record<NotificationKind, NotificationTopic> = {
  task_assigned: "task_assigned",
  task_due: "task_due",
  task_overdue: "task_due",
  meeting_soon: "meeting",
  meeting_today: "meeting",
  milestone_due_soon: "milestone",
  milestone_late: "milestone",
  minutes_missing: "minutes_missing",
  cohost_next_step: "cohost_next_step",
  survey_answers: "survey_answers",
};

/** app: in the app only; email: in the app and by e-mail; digest: in the app and in the daily digest; off: not at all. */
export const NOTIFICATION_CHANNELS = ["app", "email", "digest", "off"] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

export const DEFAULT_CHANNELS: Record<NotificationTopic, NotificationChannel> = {
  task_assigned: "email",
  task_due: "email",
  meeting: "email",
  milestone: "digest",
  minutes_missing: "app",
  cohost_next_step: "app",
  survey_answers: "digest",
};

export const NOTIFICATION_LANGUAGES = ["ja", "en"] as const satisfies readonly DateLocale[];
export type NotificationLanguage = (typeof NOTIFICATION_LANGUAGES)[number];

/** No e-mail between these Japan times unless the person changes them (held until the quiet time ends). */
export const DEFAULT_QUIET_TIME = { from: "21:00", until: "08:00" } as const;

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const timeOfDay = z.string().regex(HHMM, { message: "時刻は 21:00 のように HH:MM で入力してください。" });

export interface NotificationPreferences {
  language: NotificationLanguage;
  /** Japan times "HH:MM"; both null when the person wants e-mail at any hour. */
  quietFrom: string | null;
  quietUntil: string | null;
  channels: Record<NotificationTopic, NotificationChannel>;
  /** 0 while the person has not saved any choice yet (the defaults apply), then 1, 2, … */
  version: number;
}

export const notificationPreferencesSchema = z
  .object({
    version: z.union([z.literal(0), versionSchema]),
    language: z.enum(NOTIFICATION_LANGUAGES, { message: "言語の値が正しくありません。" }),
    quietFrom: timeOfDay.nullable(),
    quietUntil: timeOfDay.nullable(),
    channels: z.object(
      Object.fromEntries(
        NOTIFICATION_TOPICS.map((topic) => [
          topic,
          z.enum(NOTIFICATION_CHANNELS, { message: "通知方法の値が正しくありません。" }),
        ]),
      ) as Record<NotificationTopic, z.ZodEnum<{ [K in NotificationChannel]: K }>>,
    ),
  })
  .superRefine((value, ctx) => {
    if ((value.quietFrom === null) !== (value.quietUntil === null)) {
      ctx.addIssue({
        code: "custom",
        path: [value.quietFrom === null ? "quietFrom" : "quietUntil"],
        message: "メールを送らない時間は、開始と終了の両方を入力してください（なしにする場合は両方を空に）。",
      });
    } else if (value.quietFrom !== null && value.quietFrom === value.quietUntil) {
      ctx.addIssue({
        code: "custom",
        path: ["quietUntil"],
        message: "メールを送らない時間の開始と終了が同じです。",
      });
    }
  });
export type NotificationPreferencesInput = z.infer<typeof notificationPreferencesSchema>;

export const notificationListSchema = z.object({
  unreadOnly: z.boolean().default(false),
  limit: z.number().int().min(1).max(100).default(30),
  locale: z.enum(NOTIFICATION_LANGUAGES).default("ja"),
});

export const notificationIdsSchema = z.object({
  ids: z
    .array(z.uuid({ message: "通知の指定が正しくありません。" }))
    .min(1)
    .max(100),
});

// --- Quiet time ------------------------------------------------------------------------------------------

const JST_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * When an e-mail made at `now` may go out: `now`, or the end of the person's quiet time when `now` falls in it
 * (Japan time; a quiet time from 21:00 until 08:00 runs over midnight). The start is inside, the end is not.
 */
export function emailSendAt(now: Date, quietFrom: string | null, quietUntil: string | null): Date {
  if (quietFrom === null || quietUntil === null) return now;
  const local = now.getTime() + JST_OFFSET_MS;
  const midnight = Math.floor(local / DAY_MS) * DAY_MS;
  const minute = Math.floor((local - midnight) / 60_000);
  const from = minutesOf(quietFrom);
  const until = minutesOf(quietUntil);
  const overMidnight = from > until;
  const quiet = overMidnight ? minute >= from || minute < until : minute >= from && minute < until;
  if (!quiet) return now;
  const endDay = overMidnight && minute >= from ? midnight + DAY_MS : midnight;
  return new Date(endDay + until * 60_000 - JST_OFFSET_MS);
}

// --- Messages --------------------------------------------------------------------------------------------

/** The facts a notification is written from. Titles are names the organizers gave a record, not notes. */
export interface NotificationPayload {
  /** The task, meeting, milestone, survey or co-host organization it is about. */
  title: string;
  /** The English name, where the record has one (a milestone step). */
  titleEn?: string;
  regionNameJa: string;
  regionNameEn: string;
  /** The date that matters: due, held, next step, or the day answers were counted (null: a task without one). */
  date: IsoDate | null;
  /** "HH:MM" (Japan) when a meeting has a start time. */
  startTime?: string | null;
  place?: string | null;
  online?: boolean;
  /** A survey's answers that day. */
  count?: number;
  /** Path in the app, relative to PUBLIC_URL. */
  path: string;
}

export interface NotificationText {
  title: string;
  /** Date, place and region in one line. */
  detail: string;
}

type Phrase = (p: NotificationPayload) => string;
const TITLES: Record<NotificationLanguage, Record<NotificationKind, Phrase>> = {
  ja: {
    task_assigned: (p) => `タスク「${p.title}」の担当になりました`,
    task_due: (p) => `タスク「${p.title}」の期限が近づいています`,
    task_overdue: (p) => `タスク「${p.title}」の期限が過ぎています`,
    meeting_soon: (p) => `会議「${p.title}」が近づいています`,
    meeting_today: (p) => `今日は会議「${p.title}」の日です`,
    milestone_due_soon: (p) => `マイルストーン「${p.title}」の期日が近づいています`,
    milestone_late: (p) => `マイルストーン「${p.title}」の期日が過ぎています`,
    minutes_missing: (p) => `会議「${p.title}」の議事録がまだありません`,
    cohost_next_step: (p) => `「${p.title}」との共催協議の次の予定日が過ぎました`,
    survey_answers: (p) => `アンケート「${p.title}」に${p.count ?? 0}件の回答がありました`,
  },
  en: {
    task_assigned: (p) => `You were assigned the task "${p.title}"`,
    task_due: (p) => `The task "${p.title}" is due soon`,
    task_overdue: (p) => `The task "${p.title}" is overdue`,
    meeting_soon: (p) => `The meeting "${p.title}" is coming up`,
    meeting_today: (p) => `The meeting "${p.title}" is today`,
    milestone_due_soon: (p) => `The milestone "${p.title}" is due soon`,
    milestone_late: (p) => `The milestone "${p.title}" is late`,
    minutes_missing: (p) => `The meeting "${p.title}" has no minutes yet`,
    cohost_next_step: (p) => `The next step with "${p.title}" is past its date`,
    survey_answers: (p) => `The survey "${p.title}" received ${p.count ?? 0} answer(s)`,
  },
};

const DATE_LABELS: Record<NotificationLanguage, Record<NotificationKind, string>> = {
  ja: {
    task_assigned: "期限",
    task_due: "期限",
    task_overdue: "期限",
    meeting_soon: "日時",
    meeting_today: "日時",
    milestone_due_soon: "期日",
    milestone_late: "期日",
    minutes_missing: "開催日",
    cohost_next_step: "次の予定日",
    survey_answers: "回答日",
  },
  en: {
    task_assigned: "Due",
    task_due: "Due",
    task_overdue: "Due",
    meeting_soon: "When",
    meeting_today: "When",
    milestone_due_soon: "Due",
    milestone_late: "Due",
    minutes_missing: "Held",
    cohost_next_step: "Next step",
    survey_answers: "Answered on",
  },
};

/** A notification in the reader's language: the date the Japanese way (2026年2月21日(土)), place and region. */
export function describeNotification(
  kind: NotificationKind,
  payload: NotificationPayload,
  language: NotificationLanguage,
): NotificationText {
  const ja = language === "ja";
  const date = payload.date
    ? `${formatDate(payload.date, language)}${payload.startTime ? ` ${payload.startTime}` : ""}`
    : null;
  const named = !ja && payload.titleEn ? { ...payload, title: payload.titleEn } : payload;
  const place = [payload.place, payload.online ? (ja ? "オンライン" : "online") : null]
    .filter(Boolean)
    .join(ja ? "／" : " / ");
  const parts = [
    ...(date ? [`${DATE_LABELS[language][kind]}${ja ? "：" : ": "}${date}`] : []),
    ...(place ? [`${ja ? "場所：" : "Place: "}${place}`] : []),
    ja ? payload.regionNameJa : payload.regionNameEn,
  ];
  return { title: TITLES[language][kind](named), detail: parts.join(ja ? "　" : " · ") };
}

export interface MailText {
  subject: string;
  text: string;
}

const SIGNATURE: Record<NotificationLanguage, string> = {
  ja: "このメールは Kyoso（共創）から送られています。通知の受け取り方は「通知の設定」で変えられます。",
  en: "This e-mail was sent by Kyoso. You can change how you receive notifications under Notification settings.",
};

/** One notification as an e-mail: title as subject, date and place, and the absolute link. */
export function notificationMail(
  kind: NotificationKind,
  payload: NotificationPayload,
  language: NotificationLanguage,
  publicUrl: string,
  settingsPath = "/notifications/settings",
): MailText {
  const { title, detail } = describeNotification(kind, payload, language);
  return {
    subject: `[Kyoso] ${title}`,
    text: [
      title,
      "",
      detail,
      "",
      `${publicUrl}${payload.path}`,
      "",
      "--",
      SIGNATURE[language],
      `${publicUrl}${settingsPath}`,
    ].join("\n"),
  };
}

/** The daily digest: one line and link per notification, oldest first. */
export function digestMail(
  items: readonly { kind: NotificationKind; payload: NotificationPayload }[],
  language: NotificationLanguage,
  publicUrl: string,
  day: IsoDate,
  settingsPath = "/notifications/settings",
): MailText {
  const ja = language === "ja";
  const subject = ja
    ? `[Kyoso] ${formatDate(day, "ja")}のお知らせ（${items.length}件）`
    : `[Kyoso] Your notifications for ${formatDate(day, "en")} (${items.length})`;
  const lines = items.flatMap(({ kind, payload }) => {
    const { title, detail } = describeNotification(kind, payload, language);
    return [`■ ${title}`, `  ${detail}`, `  ${publicUrl}${payload.path}`, ""];
  });
  return {
    subject,
    text: [...lines, "--", SIGNATURE[language], `${publicUrl}${settingsPath}`].join("\n"),
  };
}

/** How a new notification of `kind` reaches its person under their settings; null: not at all. */
export function deliveryOf(
  kind: NotificationKind,
  settings: {
    channels: Partial<Record<NotificationTopic, NotificationChannel>>;
    quietFrom: string | null;
    quietUntil: string | null;
  },
  now: Date,
): { delivery: "app" | "email" | "digest"; emailAfter: Date | null } | null {
  const topic = TOPIC_OF_KIND[kind];
  const channel = settings.channels[topic] ?? DEFAULT_CHANNELS[topic];
  if (channel === "off") return null;
  if (channel === "email") {
    return { delivery: "email", emailAfter: emailSendAt(now, settings.quietFrom, settings.quietUntil) };
  }
  return { delivery: channel, emailAfter: null };
}

/** The settings of someone who never saved any. */
export const DEFAULT_NOTIFICATION_SETTINGS = {
  language: "ja" as NotificationLanguage,
  quietFrom: DEFAULT_QUIET_TIME.from as string | null,
  quietUntil: DEFAULT_QUIET_TIME.until as string | null,
  channels: {} as Partial<Record<NotificationTopic, NotificationChannel>>,
  version: 0,
};
