import {
  countSurveyAnswersBetween,
  listMilestoneTemplate,
  listReminderAgreements,
  listReminderEditions,
  listReminderMeetings,
  listReminderPeople,
  listReminderRegions,
  listReminderTasks,
} from "@kyoso/db";
import {
  addDays,
  dueReminders,
  editionMilestones,
  type IsoDate,
  type ReminderFacts,
  reminderWindow,
  todayInTokyo,
} from "@kyoso/domain";
import type { Context } from "../context";
import { addNotifications } from "./notify";

/** How far back an open task is still brought up as overdue (once a week). */
const OVERDUE_LOOKBACK_DAYS = 365;

/** The start of a Japan day as an instant. */
const tokyoMidnight = (day: IsoDate) => new Date(`${day}T00:00:00+09:00`);

/** The facts of Japan's `today`: a handful of set-wise queries, however many people there are. */
export async function loadReminderFacts(ctx: Context, today: IsoDate): Promise<ReminderFacts> {
  const { from, until } = reminderWindow(today);
  const yesterday = addDays(today, -1);
  const [people, regions, tasks, meetings, editions, template, agreements, surveyAnswers] = await Promise.all(
    [
      listReminderPeople(ctx.db),
      listReminderRegions(ctx.db),
      listReminderTasks(ctx.db, addDays(today, -OVERDUE_LOOKBACK_DAYS), addDays(today, 1)),
      listReminderMeetings(ctx.db, from, until),
      listReminderEditions(ctx.db),
      listMilestoneTemplate(ctx.db),
      listReminderAgreements(ctx.db, from, addDays(today, -1)),
      countSurveyAnswersBetween(ctx.db, tokyoMidnight(yesterday), tokyoMidnight(today)),
    ],
  );
  const milestones = editions.flatMap((edition) =>
    editionMilestones(template, edition.heldOn, edition.overrides, today).flatMap((m) =>
      m.dueOn && !m.doneOn && m.dueOn >= from && m.dueOn <= until
        ? [
            {
              editionId: edition.id,
              key: m.key,
              labelJa: m.labelJa,
              labelEn: m.labelEn,
              regionId: edition.regionId,
              dueOn: m.dueOn,
            },
          ]
        : [],
    ),
  );
  return {
    today,
    people,
    regions: new Map(regions.map((r) => [r.id, { slug: r.slug, nameJa: r.nameJa, nameEn: r.nameEn }])),
    tasks,
    meetings,
    milestones,
    agreements,
    surveyAnswers: surveyAnswers.map((s) => ({ ...s, day: yesterday })),
  };
}

/**
 * The reminder run for Japan's today: adds the day's reminders as notifications. Run it as often as wished
 * (daily, at start-up, on two servers at once): each person gets each reminder once.
 */
export async function runReminders(ctx: Context): Promise<{ today: IsoDate; due: number; added: number }> {
  const now = ctx.now();
  const today = todayInTokyo(now);
  const reminders = dueReminders(await loadReminderFacts(ctx, today));
  const added = await addNotifications(ctx.db, reminders, now);
  return { today, due: reminders.length, added };
}
