import { z } from "zod";
import { addDays } from "./calendar";
import type { IsoDate } from "./dates";
import { isoDateSchema, safeString, versionSchema } from "./text";

/** One step of the standard preparation path, counted from the forum date T (negative: before it). */
export interface MilestoneTemplateItem {
  key: string;
  labelJa: string;
  labelEn: string;
  offsetDays: number;
}

/** The standard path the national team starts from (shared/DESIGN.md, "Milestone template"). */
export const DEFAULT_MILESTONE_TEMPLATE: readonly MilestoneTemplateItem[] = [
  { key: "cohost_decided", labelJa: "共催決定", labelEn: "Co-host decided", offsetDays: -180 },
  { key: "venue_booked", labelJa: "会場確保", labelEn: "Venue booked", offsetDays: -150 },
  { key: "keynote_fixed", labelJa: "基調講演者決定", labelEn: "Keynote speaker fixed", offsetDays: -90 },
  { key: "flyer_out", labelJa: "チラシ配布", labelEn: "Flyer out", offsetDays: -60 },
  { key: "registration_open", labelJa: "受付開始", labelEn: "Registration open", offsetDays: -60 },
  { key: "survey_ready", labelJa: "アンケート準備", labelEn: "Survey ready", offsetDays: -30 },
  { key: "forum", labelJa: "開催", labelEn: "Forum", offsetDays: 0 },
  { key: "retrospective", labelJa: "振り返り", labelEn: "Retrospective", offsetDays: 30 },
];

export const MILESTONE_STATUSES = ["done", "on_track", "due_soon", "late"] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** A milestone is "due soon" from this many days before its due date. */
export const DUE_SOON_DAYS = 14;

/** The due date of a template step for a forum on `heldOn`, moved by the edition's own shift. */
export function milestoneDueOn(heldOn: IsoDate, offsetDays: number, shiftDays = 0): IsoDate {
  return addDays(heldOn, offsetDays + shiftDays);
}

/**
 * done once marked done; late from the day after its due date; due soon within DUE_SOON_DAYS before it
 * (the due date itself included); on track before that.
 */
export function milestoneStatus(dueOn: IsoDate, doneOn: IsoDate | null, today: IsoDate): MilestoneStatus {
  return statusAgainst(dueOn, doneOn, today, addDays(today, DUE_SOON_DAYS));
}

/**
 * milestoneStatus for many milestones on one day (an edition's steps; the overview's regions × steps): the
 * day's limit is worked out once. No due date (forum date not decided) gives no status unless it is done.
 */
export function milestoneStatusesOn(
  today: IsoDate,
): (dueOn: IsoDate | null, doneOn: IsoDate | null) => MilestoneStatus | null {
  const dueSoonUntil = addDays(today, DUE_SOON_DAYS);
  return (dueOn, doneOn) =>
    doneOn ? "done" : dueOn ? statusAgainst(dueOn, null, today, dueSoonUntil) : null;
}

// ISO dates order like the days they name, so the rule is two string comparisons.
function statusAgainst(
  dueOn: IsoDate,
  doneOn: IsoDate | null,
  today: IsoDate,
  dueSoonUntil: IsoDate,
): MilestoneStatus {
  if (doneOn) return "done";
  if (dueOn < today) return "late";
  return dueOn <= dueSoonUntil ? "due_soon" : "on_track";
}

export interface EditionMilestone {
  key: string;
  labelJa: string;
  labelEn: string;
  /** Null while the forum date is not decided. */
  dueOn: IsoDate | null;
  doneOn: IsoDate | null;
  shiftDays: number;
  /** Null while the forum date is not decided: nothing can be late yet. */
  status: MilestoneStatus | null;
  /** For optimistic edits: 0 while the edition follows the template (nothing changed yet), then 1, 2, … */
  version: number;
}

/** An edition's milestones: the template applied to its forum date, with the edition's own shifts and dones. */
export function editionMilestones(
  template: readonly MilestoneTemplateItem[],
  heldOn: IsoDate | null,
  overrides: readonly { key: string; shiftDays: number; doneOn: IsoDate | null; version?: number }[],
  today: IsoDate,
): EditionMilestone[] {
  const statusOf = milestoneStatusesOn(today);
  return template.map((item) => {
    const override = overrides.find((o) => o.key === item.key);
    const shiftDays = override?.shiftDays ?? 0;
    const doneOn = override?.doneOn ?? null;
    const dueOn = heldOn ? milestoneDueOn(heldOn, item.offsetDays, shiftDays) : null;
    const status = statusOf(dueOn, doneOn);
    const version = override?.version ?? 0;
    return {
      key: item.key,
      labelJa: item.labelJa,
      labelEn: item.labelEn,
      dueOn,
      doneOn,
      shiftDays,
      status,
      version,
    };
  });
}

const offsetDays = z
  .number({ message: "日数は数値で入力してください。" })
  .int({ message: "日数は整数で入力してください。" })
  .min(-730, { message: "開催日の2年前より前にはできません。" })
  .max(365, { message: "開催日の1年後より後にはできません。" });
const label = (what: string) =>
  safeString()
    .trim()
    .min(1, { message: `${what}を入力してください。` })
    .max(50, { message: `${what}は50文字以内で入力してください。` });

export const templateItemCreateSchema = z.object({
  key: safeString().regex(/^[a-z0-9_]{1,40}$/, {
    message: "キーは半角英小文字・数字・_ で入力してください。",
  }),
  labelJa: label("名前"),
  labelEn: label("英語の名前"),
  offsetDays,
});

export const templateItemUpdateSchema = z.object({
  key: safeString().min(1).max(40),
  version: versionSchema,
  labelJa: label("名前"),
  labelEn: label("英語の名前"),
  offsetDays,
});

export const editionMilestoneUpdateSchema = z.object({
  editionId: z.uuid(),
  key: safeString().min(1).max(40),
  /** Days to move this edition's due date from the template's (e.g. +7 when the venue books later). */
  shiftDays: z
    .number()
    .int()
    .min(-365, { message: "ずらせるのは前後365日までです。" })
    .max(365, { message: "ずらせるのは前後365日までです。" }),
  doneOn: isoDateSchema.nullable(),
  /** The version the editor saw: 0 when the edition still followed the template. A stale one is refused. */
  version: z.number().int().min(0).max(2_147_483_647),
});
