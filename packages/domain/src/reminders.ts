import { addDays, daysBetween } from "./calendar";
import type { IsoDate } from "./dates";
import type { NotificationKind, NotificationPayload } from "./notifications";
import { type Actor, can } from "./permissions";

// Which reminders are due on one day (Japan's today, injected), worked out from plain facts. Each reminder has
// a key naming its person, event and the day it is about; the table holds each key once, so a run repeated the
// same day, a catch-up run after a restart, or a run on a second server adds nothing twice.

export interface ReminderRegion {
  slug: string;
  nameJa: string;
  nameEn: string;
}

export interface ReminderFacts {
  today: IsoDate;
  people: readonly Actor[];
  regions: ReadonlyMap<string, ReminderRegion>;
  /** Open tasks with an assignee and a due date. */
  tasks: readonly { id: string; title: string; regionId: string; assigneeId: string; dueOn: IsoDate }[];
  meetings: readonly {
    id: string;
    title: string;
    regionId: string;
    heldOn: IsoDate;
    startTime: string | null;
    place: string | null;
    online: boolean;
    hasMinutes: boolean;
  }[];
  /** Milestones not done yet, with their due date. */
  milestones: readonly {
    editionId: string;
    key: string;
    labelJa: string;
    labelEn: string;
    regionId: string;
    dueOn: IsoDate;
  }[];
  /** Co-host talks still under way, with the date of their next step. */
  agreements: readonly { id: string; organizationName: string; regionId: string; nextStepOn: IsoDate }[];
  /** Answers a survey received on one day (a count: the answers themselves never leave the app). */
  surveyAnswers: readonly {
    surveyId: string;
    title: string;
    regionId: string;
    day: IsoDate;
    count: number;
  }[];
}

export interface Reminder {
  userId: string;
  kind: NotificationKind;
  /** Unique per person: kind, record and the day it is about. */
  dedupeKey: string;
  sourceType: string;
  sourceId: string;
  payload: NotificationPayload;
}

/** A meeting is announced this many days ahead, and again on its day. */
export const MEETING_NOTICE_DAYS = 3;
/** Minutes are asked for once this many days have passed since the meeting. */
export const MINUTES_DUE_AFTER_DAYS = 3;
/** A milestone is announced this many days before its due date. */
export const MILESTONE_NOTICE_DAYS = 7;
/** An overdue task is brought up again once a week while it stays open. */
export const OVERDUE_REPEAT_DAYS = 7;
/** Older misses are history: nobody is reminded of a meeting or a milestone more than this many days back. */
export const REMINDER_LOOKBACK_DAYS = 30;

export const dedupeKey = (kind: NotificationKind, recordId: string, day: IsoDate) =>
  `${kind}:${recordId}:${day}`;

/** The window of dates the facts must cover for `today` (what the queries load). */
export function reminderWindow(today: IsoDate): { from: IsoDate; until: IsoDate } {
  return {
    from: addDays(today, -REMINDER_LOOKBACK_DAYS),
    until: addDays(today, Math.max(MEETING_NOTICE_DAYS, MILESTONE_NOTICE_DAYS)),
  };
}

/** The reminders due on `facts.today`. */
export function dueReminders(facts: ReminderFacts): Reminder[] {
  const { today } = facts;
  const out: Reminder[] = [];
  const readersOf = regionReaders(facts.people);
  const region = (id: string) => facts.regions.get(id) ?? { slug: "", nameJa: "", nameEn: "" };
  const base = (regionId: string) => ({
    regionNameJa: region(regionId).nameJa,
    regionNameEn: region(regionId).nameEn,
  });

  const people = new Set(facts.people.map((p) => p.id));
  for (const task of facts.tasks) {
    if (!people.has(task.assigneeId)) continue;
    const late = daysBetween(task.dueOn, today);
    const payload = {
      ...base(task.regionId),
      title: task.title,
      date: task.dueOn,
      path: `/tasks/${task.id}`,
    };
    const source = { userId: task.assigneeId, sourceType: "task", sourceId: task.id, payload };
    if (late === 0 || late === -1) {
      out.push({ ...source, kind: "task_due", dedupeKey: dedupeKey("task_due", task.id, task.dueOn) });
    } else if (late > 0) {
      // Day 1–7 overdue is one reminder, day 8–14 the next: a restart in between still gets its one.
      const week = addDays(
        task.dueOn,
        1 + Math.floor((late - 1) / OVERDUE_REPEAT_DAYS) * OVERDUE_REPEAT_DAYS,
      );
      out.push({ ...source, kind: "task_overdue", dedupeKey: dedupeKey("task_overdue", task.id, week) });
    }
  }

  for (const meeting of facts.meetings) {
    const ahead = daysBetween(today, meeting.heldOn);
    const kind: NotificationKind | null =
      ahead === 0
        ? "meeting_today"
        : ahead > 0 && ahead <= MEETING_NOTICE_DAYS
          ? "meeting_soon"
          : -ahead >= MINUTES_DUE_AFTER_DAYS && -ahead <= REMINDER_LOOKBACK_DAYS && !meeting.hasMinutes
            ? "minutes_missing"
            : null;
    if (!kind) continue;
    const payload: NotificationPayload = {
      ...base(meeting.regionId),
      title: meeting.title,
      date: meeting.heldOn,
      startTime: meeting.startTime,
      place: meeting.place,
      online: meeting.online,
      path: `/regions/${region(meeting.regionId).slug}/meetings/${meeting.id}`,
    };
    for (const userId of readersOf(meeting.regionId)) {
      out.push({
        userId,
        kind,
        dedupeKey: dedupeKey(kind, meeting.id, meeting.heldOn),
        sourceType: "meeting",
        sourceId: meeting.id,
        payload,
      });
    }
  }

  for (const milestone of facts.milestones) {
    const ahead = daysBetween(today, milestone.dueOn);
    const kind: NotificationKind | null =
      ahead >= 0 && ahead <= MILESTONE_NOTICE_DAYS
        ? "milestone_due_soon"
        : ahead < 0 && -ahead <= REMINDER_LOOKBACK_DAYS
          ? "milestone_late"
          : null;
    if (!kind) continue;
    const recordId = `${milestone.editionId}:${milestone.key}`;
    const payload: NotificationPayload = {
      ...base(milestone.regionId),
      title: milestone.labelJa,
      titleEn: milestone.labelEn,
      date: milestone.dueOn,
      path: `/regions/${region(milestone.regionId).slug}`,
    };
    for (const person of facts.people) {
      if (!seesEdition(person, milestone.regionId, milestone.editionId)) continue;
      out.push({
        userId: person.id,
        kind,
        dedupeKey: dedupeKey(kind, recordId, milestone.dueOn),
        sourceType: "edition_milestone",
        sourceId: recordId,
        payload,
      });
    }
  }

  for (const agreement of facts.agreements) {
    if (agreement.nextStepOn >= today) continue;
    if (daysBetween(agreement.nextStepOn, today) > REMINDER_LOOKBACK_DAYS) continue;
    const payload: NotificationPayload = {
      ...base(agreement.regionId),
      title: agreement.organizationName,
      date: agreement.nextStepOn,
      path: `/regions/${region(agreement.regionId).slug}/cohosts/${agreement.id}`,
    };
    for (const userId of readersOf(agreement.regionId)) {
      out.push({
        userId,
        kind: "cohost_next_step",
        dedupeKey: dedupeKey("cohost_next_step", agreement.id, agreement.nextStepOn),
        sourceType: "agreement",
        sourceId: agreement.id,
        payload,
      });
    }
  }

  for (const answers of facts.surveyAnswers) {
    if (answers.count <= 0 || answers.day >= today) continue;
    const payload: NotificationPayload = {
      ...base(answers.regionId),
      title: answers.title,
      date: answers.day,
      count: answers.count,
      path: `/regions/${region(answers.regionId).slug}/surveys/${answers.surveyId}/results`,
    };
    for (const userId of readersOf(answers.regionId)) {
      out.push({
        userId,
        kind: "survey_answers",
        dedupeKey: dedupeKey("survey_answers", answers.surveyId, answers.day),
        sourceType: "survey",
        sourceId: answers.surveyId,
        payload,
      });
    }
  }
  return out;
}

/**
 * Who hears of a region's meetings, talks and answers: the people whose own region it is and who may read
 * its records (committee members). The national team reads every region but has no region of its own.
 */
function regionReaders(people: readonly Actor[]): (regionId: string) => string[] {
  const byRegion = new Map<string, string[]>();
  for (const person of people) {
    for (const regionId of person.regionIds) {
      if (!can(person, "region.read", { regionId })) continue;
      const list = byRegion.get(regionId) ?? [];
      list.push(person.id);
      byRegion.set(regionId, list);
    }
  }
  return (regionId) => byRegion.get(regionId) ?? [];
}

/** Milestones go to the members of the edition's region and to a partner of that very edition. */
function seesEdition(person: Actor, regionId: string, editionId: string): boolean {
  const own =
    person.role === "partner" ? person.partnerEditionId === editionId : person.regionIds.includes(regionId);
  return own && can(person, "edition.read", { regionId, editionId });
}

/** The reminder for a task just assigned (at the write, not by the daily run); null when one assigns oneself. */
export function assignmentReminder(
  task: { id: string; title: string; dueOn: IsoDate | null },
  region: ReminderRegion,
  assigneeId: string,
  actorId: string | null,
  today: IsoDate,
): Reminder | null {
  if (assigneeId === actorId) return null;
  return {
    userId: assigneeId,
    kind: "task_assigned",
    dedupeKey: dedupeKey("task_assigned", task.id, today),
    sourceType: "task",
    sourceId: task.id,
    payload: {
      title: task.title,
      regionNameJa: region.nameJa,
      regionNameEn: region.nameEn,
      date: task.dueOn,
      path: `/tasks/${task.id}`,
    },
  };
}
