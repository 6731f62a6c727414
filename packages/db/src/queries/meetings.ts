import type { MeetingKind, PartialDate, TaskStatus } from "@kyoso/domain";
import { type Kysely, sql } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import type { Database } from "../schema";

export interface NewMeeting {
  regionId: string;
  editionId: string | null;
  kind: MeetingKind;
  heldOn: string;
  startTime: string | null;
  endTime: string | null;
  title: string;
  place: string | null;
  online: boolean;
  attendees: string | null;
  agenda: string | null;
  minutes: string | null;
  decisions: string | null;
  nextMeeting: PartialDate | null;
}

export async function insertMeeting(
  db: Kysely<Database>,
  m: NewMeeting,
  organizationIds: string[],
): Promise<string> {
  const { nextMeeting, ...rest } = m;
  const row = await db
    .insertInto("meeting")
    .values({
      ...rest,
      nextMeetingOn: nextMeeting?.date ?? null,
      nextMeetingPrecision: nextMeeting?.precision ?? null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  if (organizationIds.length > 0) {
    await db
      .insertInto("meetingOrganization")
      .values([...new Set(organizationIds)].map((organizationId) => ({ meetingId: row.id, organizationId })))
      .execute();
  }
  return row.id;
}

/** A meeting with everything the detail page shows: organizations that attended and the tasks it made. */
export async function findMeeting(db: Kysely<Database>, id: string, options: { withDeleted?: boolean } = {}) {
  const meeting = await db
    .selectFrom("meeting")
    .select([
      "id",
      "regionId",
      "editionId",
      "kind",
      "heldOn",
      sql<string | null>`to_char(start_time, 'HH24:MI')`.as("startTime"),
      sql<string | null>`to_char(end_time, 'HH24:MI')`.as("endTime"),
      "title",
      "place",
      "online",
      "attendees",
      "agenda",
      "minutes",
      "decisions",
      "nextMeetingOn",
      "nextMeetingPrecision",
      "version",
      (eb) =>
        eb
          .selectFrom("timelineEntry")
          .select("timelineEntry.isPublic")
          .where("timelineEntry.sourceType", "=", "meeting")
          .whereRef("timelineEntry.sourceId", "=", "meeting.id")
          .limit(1)
          .as("isPublic"),
      // Its organizations and action items in the same statement, as JSON arrays.
      (eb) =>
        jsonArrayFrom(
          eb
            .selectFrom("meetingOrganization")
            .innerJoin("organization", "organization.id", "meetingOrganization.organizationId")
            .select(["organization.id", "organization.name"])
            .whereRef("meetingOrganization.meetingId", "=", "meeting.id")
            .orderBy("organization.name"),
        ).as("organizations"),
      (eb) =>
        jsonArrayFrom(
          eb
            .selectFrom("task")
            .leftJoin("appUser", "appUser.id", "task.assigneeId")
            .select([
              "task.id",
              "task.title",
              "task.status",
              "task.dueOn",
              "appUser.displayName as assigneeName",
            ])
            .whereRef("task.meetingId", "=", "meeting.id")
            .where("task.deletedAt", "is", null)
            .orderBy("task.createdAt"),
        ).as("tasks"),
    ])
    .where("id", "=", id)
    .$if(!options.withDeleted, (q) => q.where("deletedAt", "is", null))
    .executeTakeFirst();
  if (!meeting) return undefined;
  const { nextMeetingOn, nextMeetingPrecision, isPublic, organizations, tasks, ...rest } = meeting;
  return {
    ...rest,
    isPublic: isPublic ?? false,
    kind: rest.kind as MeetingKind,
    nextMeeting:
      nextMeetingOn && nextMeetingPrecision ? { date: nextMeetingOn, precision: nextMeetingPrecision } : null,
    organizations,
    tasks: tasks.map((t) => ({ ...t, status: t.status as TaskStatus })),
  };
}

/** One page of a region's meetings, newest first. */
export async function listRegionMeetings(
  db: Kysely<Database>,
  regionId: string,
  page: number,
  pageSize: number,
) {
  const query = db.selectFrom("meeting").where("regionId", "=", regionId).where("deletedAt", "is", null);
  // The count rides along as a scalar subquery: one statement (a page past the end asks for it alone).
  const count = query.select((eb) => eb.fn.countAll<string>().as("n"));
  const rows = await query
    .select(["id", "kind", "heldOn", "title", "place", "online", "nextMeetingOn", "nextMeetingPrecision"])
    .select(count.as("total"))
    .orderBy("heldOn", "desc")
    .orderBy("createdAt", "desc")
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  const total = rows[0] ? { n: rows[0].total ?? "0" } : await count.executeTakeFirstOrThrow();
  return {
    total: Number(total.n),
    rows: rows.map(({ nextMeetingOn, nextMeetingPrecision, kind, total: _total, ...r }) => ({
      ...r,
      kind: kind as MeetingKind,
      nextMeeting:
        nextMeetingOn && nextMeetingPrecision
          ? { date: nextMeetingOn, precision: nextMeetingPrecision }
          : null,
    })),
  };
}

export async function insertTasks(
  db: Kysely<Database>,
  tasks: {
    regionId: string;
    editionId: string | null;
    meetingId: string | null;
    title: string;
    assigneeId: string | null;
    dueOn: string | null;
  }[],
): Promise<string[]> {
  if (tasks.length === 0) return [];
  const rows = await db.insertInto("task").values(tasks).returning("id").execute();
  return rows.map((r) => r.id);
}

/** Changes a meeting if it is still at `version` and not deleted; false when someone else changed it first. */
export async function updateMeetingAtVersion(
  db: Kysely<Database>,
  id: string,
  version: number,
  m: Omit<NewMeeting, "regionId" | "editionId">,
  /** The attending organizations, or null when they stay as they are. */
  organizationIds: string[] | null,
): Promise<boolean> {
  const { nextMeeting, ...rest } = m;
  const row = await db
    .updateTable("meeting")
    .set({
      ...rest,
      nextMeetingOn: nextMeeting?.date ?? null,
      nextMeetingPrecision: nextMeeting?.precision ?? null,
      version: sql`version + 1`,
      updatedAt: sql`now()`,
    })
    .where("id", "=", id)
    .where("version", "=", version)
    .where("deletedAt", "is", null)
    .returning("id")
    .executeTakeFirst();
  if (!row) return false;
  if (organizationIds === null) return true;
  await db.deleteFrom("meetingOrganization").where("meetingId", "=", id).execute();
  if (organizationIds.length > 0) {
    await db
      .insertInto("meetingOrganization")
      .values([...new Set(organizationIds)].map((organizationId) => ({ meetingId: id, organizationId })))
      .execute();
  }
  return true;
}
