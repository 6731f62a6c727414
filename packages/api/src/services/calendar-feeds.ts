import {
  type CalendarMeeting,
  type DB,
  findRegionBySlug,
  listCalendarEditions,
  listCalendarMeetings,
  listCalendarTasks,
  listMilestoneTemplate,
} from "@kyoso/db";
import { type Actor, addDays, can, editionMilestones, type IsoDate } from "@kyoso/domain";

// What the private calendar feeds hold, as plain events; apps/server writes them as iCalendar. Who may see what
// is decided here, at request time, with the one permission rule.

export interface CalendarEvent {
  /** Stable across requests, so calendar apps update an event instead of adding it twice. */
  uid: string;
  title: string;
  description: string | null;
  location: string | null;
  /** Path in the dashboard, relative to the app. */
  path: string;
  date: IsoDate;
  /** "HH:MM" in Japan time; null for an all-day event. */
  startTime: string | null;
  endTime: string | null;
}

export interface Calendar {
  name: string;
  events: CalendarEvent[];
}

/** Meetings from a year back: older ones are history, not plans. */
const MEETINGS_SINCE_DAYS = 365;

function meetingEvent(m: CalendarMeeting): CalendarEvent {
  const place = [m.place, m.online ? "オンライン" : null].filter(Boolean).join("／");
  return {
    uid: `meeting-${m.id}@kyoso`,
    title: `${m.title}（${m.regionNameJa}）`,
    description: null,
    location: place || null,
    path: `/regions/${m.regionSlug}/meetings/${m.id}`,
    date: m.heldOn,
    startTime: m.startTime,
    endTime: m.startTime ? m.endTime : null,
  };
}

/** A region's meetings and its editions' milestones; null when unknown or not readable by `actor` (both 404). */
export async function regionCalendar(
  db: DB,
  actor: Actor,
  slug: string,
  today: IsoDate,
): Promise<Calendar | null> {
  const region = await findRegionBySlug(db, slug);
  if (!region || !can(actor, "region.read", { regionId: region.id })) return null;
  const [meetings, editions, template] = await Promise.all([
    listCalendarMeetings(db, [region.id], addDays(today, -MEETINGS_SINCE_DAYS)),
    listCalendarEditions(db, region.id),
    listMilestoneTemplate(db),
  ]);
  const milestones = editions.flatMap((edition) =>
    editionMilestones(template, edition.heldOn, edition.overrides, today).flatMap((m): CalendarEvent[] =>
      m.dueOn
        ? [
            {
              uid: `milestone-${edition.id}-${m.key}@kyoso`,
              title: `${m.labelJa}${m.doneOn ? "（完了）" : ""}：${edition.title}`,
              description: null,
              location: null,
              path: `/regions/${region.slug}`,
              date: m.dueOn,
              startTime: null,
              endTime: null,
            },
          ]
        : [],
    ),
  );
  return { name: `Kyoso ${region.nameJa}`, events: [...meetings.map(meetingEvent), ...milestones] };
}

/** The actor's open tasks with due dates, and the meetings of every region whose records they may read. */
export async function personalCalendar(db: DB, actor: Actor, today: IsoDate): Promise<Calendar> {
  const readable =
    actor.role === "national"
      ? ("all" as const)
      : actor.regionIds.filter((regionId) => can(actor, "region.read", { regionId }));
  const [meetings, tasks] = await Promise.all([
    listCalendarMeetings(db, readable, addDays(today, -MEETINGS_SINCE_DAYS)),
    listCalendarTasks(db, actor.id),
  ]);
  const taskEvents = tasks.map(
    (t): CalendarEvent => ({
      uid: `task-${t.id}@kyoso`,
      title: `期限：${t.title}（${t.regionNameJa}）`,
      description: null,
      location: null,
      path: `/tasks/${t.id}`,
      date: t.dueOn,
      startTime: null,
      endTime: null,
    }),
  );
  return { name: "Kyoso 自分の予定", events: [...meetings.map(meetingEvent), ...taskEvents] };
}
