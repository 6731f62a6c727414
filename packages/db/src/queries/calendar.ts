import { type Kysely, sql } from "kysely";
import type { Database } from "../schema";

// What the private calendar feeds hold: meetings, editions' milestone dates, a user's due tasks. Titles, dates
// and places only: agendas, minutes and notes stay in the dashboard.

export interface CalendarMeeting {
  id: string;
  regionSlug: string;
  regionNameJa: string;
  title: string;
  heldOn: string;
  /** "HH:MM" in Japan time, or null for a meeting known only by its day. */
  startTime: string | null;
  endTime: string | null;
  place: string | null;
  online: boolean;
}

/** Meetings held on or after `since` in the given regions ("all": every region), oldest first. */
export async function listCalendarMeetings(
  db: Kysely<Database>,
  regionIds: readonly string[] | "all",
  since: string,
): Promise<CalendarMeeting[]> {
  if (regionIds !== "all" && regionIds.length === 0) return [];
  let query = db
    .selectFrom("meeting")
    .innerJoin("region", "region.id", "meeting.regionId")
    .select([
      "meeting.id",
      "region.slug as regionSlug",
      "region.nameJa as regionNameJa",
      "meeting.title",
      "meeting.heldOn",
      sql<string | null>`to_char(meeting.start_time, 'HH24:MI')`.as("startTime"),
      sql<string | null>`to_char(meeting.end_time, 'HH24:MI')`.as("endTime"),
      "meeting.place",
      "meeting.online",
    ])
    .where("meeting.heldOn", ">=", since)
    .where("meeting.deletedAt", "is", null);
  if (regionIds !== "all") query = query.where("meeting.regionId", "in", [...regionIds]);
  return query.orderBy("meeting.heldOn").orderBy("meeting.id").limit(2000).execute();
}

/** A region's editions that have a forum date, with their milestone overrides, for milestone due dates. */
export async function listCalendarEditions(db: Kysely<Database>, regionId: string) {
  const editions = await db
    .selectFrom("forumEdition")
    .select(["id", "title", "heldOn"])
    .where("regionId", "=", regionId)
    .where("heldOn", "is not", null)
    .where("stage", "<>", "postponed")
    .orderBy("year")
    .execute();
  if (editions.length === 0) return [];
  const overrides = await db
    .selectFrom("editionMilestone")
    .select(["editionId", "templateKey as key", "shiftDays", "doneOn"])
    .where(
      "editionId",
      "in",
      editions.map((e) => e.id),
    )
    .execute();
  return editions.map((e) => ({
    id: e.id,
    title: e.title,
    heldOn: e.heldOn as string,
    overrides: overrides.filter((o) => o.editionId === e.id),
  }));
}

export interface CalendarTask {
  id: string;
  title: string;
  dueOn: string;
  status: string;
  regionNameJa: string;
}

/** A user's open tasks that have a due date. */
export async function listCalendarTasks(db: Kysely<Database>, userId: string): Promise<CalendarTask[]> {
  const rows = await db
    .selectFrom("task")
    .innerJoin("region", "region.id", "task.regionId")
    .select(["task.id", "task.title", "task.dueOn", "task.status", "region.nameJa as regionNameJa"])
    .where("task.assigneeId", "=", userId)
    .where("task.status", "<>", "done")
    .where("task.dueOn", "is not", null)
    .orderBy("task.dueOn")
    .orderBy("task.id")
    .limit(1000)
    .execute();
  return rows.map((r) => ({ ...r, dueOn: r.dueOn as string }));
}
