import { z } from "zod";
import type { IsoDate } from "./dates";
import { DomainError } from "./errors";
import { STAGE_LABELS_JA, type Stage } from "./stage";
import { idOf, isoDateSchema, safeString, versionSchema } from "./text";
import type { AnnouncementStatus } from "./vocabulary";

// Announcements (お知らせ) of a forum edition, and which editions the public may see at all.

/** Why an announcement exists when the system wrote it: the venue-full notice. Null when a person wrote it. */
export type AnnouncementOrigin = "venue_full";

export interface Announcement {
  id: string;
  editionId: string;
  announcedOn: IsoDate;
  title: string;
  body: string;
  status: AnnouncementStatus;
  origin: AnnouncementOrigin | null;
  publishedAt: string | null;
  version: number;
  updatedAt: string;
}

/**
 * A forum edition has a public page (and its announcements can be published) once holding it is decided, until
 * after it was held. Before 開催決定 nothing is public (the organizers announce when 「公開できる時期となりましたら」),
 * and a postponed (見送り) edition is withdrawn.
 */
export const PUBLIC_STAGES = ["decided", "announced", "accepting", "held", "retrospective"] as const;

export function isEditionPublic(stage: Stage): boolean {
  return (PUBLIC_STAGES as readonly Stage[]).includes(stage);
}

/**
 * The program has no publishing step of its own: it goes public when the forum is announced (告知), so speakers
 * entered while still being asked at 開催決定 are not shown early.
 */
export function isProgramPublic(stage: Stage): boolean {
  return isEditionPublic(stage) && stage !== "decided";
}

export function assertCanPublish(stage: Stage): void {
  if (isEditionPublic(stage)) return;
  throw new DomainError(
    "INVALID_TRANSITION",
    `フォーラムが「${STAGE_LABELS_JA[stage]}」のため、お知らせは公開できません。「${STAGE_LABELS_JA.decided}」になってから公開してください。`,
  );
}

const fields = {
  announcedOn: isoDateSchema,
  title: safeString()
    .trim()
    .min(1, { message: "お知らせの見出しを入力してください。" })
    .max(200, { message: "お知らせの見出しは200文字以内で入力してください。" }),
  body: safeString()
    .trim()
    .min(1, { message: "お知らせの本文を入力してください。" })
    .max(10_000, { message: "お知らせの本文は10,000文字以内で入力してください。" }),
};

/** A new announcement is a draft; publishing is a step of its own. */
export const announcementCreateSchema = z.object({
  editionId: idOf("フォーラム"),
  ...fields,
});
export type AnnouncementCreate = z.infer<typeof announcementCreateSchema>;

export const announcementUpdateSchema = z.object({
  id: idOf("お知らせ"),
  version: versionSchema,
  ...z.object(fields).partial().shape,
});
export type AnnouncementUpdate = z.infer<typeof announcementUpdateSchema>;

/** Publish, unpublish or delete: the announcement at the version the user saw. */
export const announcementRefSchema = z.object({
  id: idOf("お知らせ"),
  version: versionSchema,
});
