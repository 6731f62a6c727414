import { addDays, daysBetween } from "./calendar";
import type { IsoDate } from "./dates";

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
  if (doneOn) return "done";
  const daysLeft = daysBetween(today, dueOn);
  if (daysLeft < 0) return "late";
  if (daysLeft <= DUE_SOON_DAYS) return "due_soon";
  return "on_track";
}
