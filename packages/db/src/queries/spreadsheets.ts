import type { MeetingKind } from "@kyoso/domain";
import { type Kysely, sql } from "kysely";
import type { Database } from "../schema";

// Rows for the Excel exports that no screen reads in this shape: a batch at a time, each batch starting after
// the last row of the one before (keyset), so a long export reads each row once and holds one batch. Survey
// answers use responseRange (survey-answers.ts); tasks and organizations use the lists their tables page.

export interface MeetingSheetRow {
  id: string;
  heldOn: string;
  startTime: string | null;
  endTime: string | null;
  kind: MeetingKind;
  title: string;
  place: string | null;
  online: boolean;
  attendees: string | null;
  /** Names of the organizations that attended, joined by "、". */
  organizations: string | null;
  decisions: string | null;
}

/** Where the next batch starts: after this meeting in the export's order (newest first). */
export interface MeetingCursor {
  heldOn: string;
  id: string;
}

/** Up to `limit` of a region's meetings, newest first, after `cursor` (from the start when null). */
export async function meetingSheetBatch(
  db: Kysely<Database>,
  regionId: string,
  cursor: MeetingCursor | null,
  limit: number,
): Promise<MeetingSheetRow[]> {
  let query = db
    .selectFrom("meeting")
    .select([
      "meeting.id",
      "meeting.heldOn",
      sql<string | null>`to_char(meeting.start_time, 'HH24:MI')`.as("startTime"),
      sql<string | null>`to_char(meeting.end_time, 'HH24:MI')`.as("endTime"),
      "meeting.kind",
      "meeting.title",
      "meeting.place",
      "meeting.online",
      "meeting.attendees",
      (eb) =>
        eb
          .selectFrom("meetingOrganization")
          .innerJoin("organization", "organization.id", "meetingOrganization.organizationId")
          .select(sql<string>`string_agg(organization.name, '、' order by organization.name)`.as("names"))
          .whereRef("meetingOrganization.meetingId", "=", "meeting.id")
          .as("organizations"),
      "meeting.decisions",
    ])
    .where("meeting.regionId", "=", regionId)
    .where("meeting.deletedAt", "is", null);
  if (cursor) {
    const { heldOn, id } = cursor;
    query = query.where((eb) =>
      eb.or([
        eb("meeting.heldOn", "<", heldOn),
        eb.and([eb("meeting.heldOn", "=", heldOn), eb("meeting.id", "<", id)]),
      ]),
    );
  }
  const rows = await query
    .orderBy("meeting.heldOn", "desc")
    .orderBy("meeting.id", "desc")
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, kind: r.kind as MeetingKind }));
}
