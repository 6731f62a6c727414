import type {
  EditionSummary,
  ForumEdition,
  MeetingKind,
  MeetingSummary,
  RegionBlock,
  RegionPrefecture,
  SessionKind,
  Stage,
  TimelineEntry,
  TimelineKind,
} from "@kyoso/domain";
import type { Selectable } from "kysely";
import type { ForumEditionRow, MeetingTable, PrefectureTable, TimelineEntryTable } from "../schema";

// Rows → domain values. Raw rows never leave packages/db.

export const editionColumns = [
  "id",
  "regionId",
  "year",
  "title",
  "stage",
  "heldOn",
  "venueName",
  "venueCapacity",
  "onlineCapacity",
  "venueRegistrations",
  "onlineRegistrations",
  "venueFullFrom",
  "startsAt",
  "endsAt",
  "venueAddress",
  "onlineInfo",
  "contactOrganization",
  "contactEmail",
  "contactPhone",
  "registrationUrl",
  "organizerName",
  "reportAttendance",
  "reportSummary",
  "reportPublished",
  "version",
  "createdAt",
  "updatedAt",
] as const;

export function toForumEdition(row: ForumEditionRow): ForumEdition {
  return {
    id: row.id,
    regionId: row.regionId,
    year: row.year,
    title: row.title,
    stage: row.stage as Stage,
    heldOn: row.heldOn,
    venueName: row.venueName,
    venueCapacity: row.venueCapacity,
    onlineCapacity: row.onlineCapacity,
    venueRegistrations: row.venueRegistrations,
    onlineRegistrations: row.onlineRegistrations,
    venueFullFrom: row.venueFullFrom,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    venueAddress: row.venueAddress,
    onlineInfo: row.onlineInfo,
    contactOrganization: row.contactOrganization,
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
    registrationUrl: row.registrationUrl,
    organizerName: row.organizerName,
    reportAttendance: row.reportAttendance,
    reportSummary: row.reportSummary,
    reportPublished: row.reportPublished,
    version: row.version,
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

export function toEditionSummary(
  row: Pick<ForumEditionRow, "id" | "year" | "title" | "stage" | "heldOn" | "venueFullFrom">,
): EditionSummary {
  return {
    id: row.id,
    year: row.year,
    title: row.title,
    stage: row.stage as Stage,
    heldOn: row.heldOn,
    venueFullFrom: row.venueFullFrom,
  };
}

export function toRegionPrefecture(row: Selectable<PrefectureTable>): RegionPrefecture {
  return { code: row.code, nameJa: row.nameJa, nameRomaji: row.nameRomaji, block: row.block as RegionBlock };
}

export function toTimelineEntry(
  row: Pick<
    Selectable<TimelineEntryTable>,
    "id" | "occurredOn" | "precision" | "kind" | "title" | "body" | "isPublic"
  >,
): TimelineEntry {
  return {
    id: row.id,
    occurredOn: row.occurredOn,
    precision: row.precision,
    kind: row.kind as TimelineKind,
    title: row.title,
    body: row.body,
    isPublic: row.isPublic,
  };
}

export function toMeetingSummary(
  row: Pick<
    Selectable<MeetingTable>,
    "id" | "kind" | "heldOn" | "title" | "place" | "nextMeetingOn" | "nextMeetingPrecision"
  >,
): MeetingSummary {
  return {
    id: row.id,
    kind: row.kind as MeetingKind,
    heldOn: row.heldOn,
    title: row.title,
    place: row.place,
    nextMeeting:
      row.nextMeetingOn && row.nextMeetingPrecision
        ? { date: row.nextMeetingOn, precision: row.nextMeetingPrecision }
        : null,
  };
}

export const asSessionKind = (kind: string): SessionKind => kind as SessionKind;
