import type { DatePrecision, IsoDate, PartialDate } from "./dates";
import type { RegionBlock } from "./prefectures";
import type { Stage } from "./stage";

export type RegionKind = "prefecture" | "area";

export interface RegionPrefecture {
  code: string;
  nameJa: string;
  nameRomaji: string;
  block: RegionBlock;
}

export interface ForumEdition {
  id: string;
  regionId: string;
  year: number;
  title: string;
  stage: Stage;
  heldOn: IsoDate | null;
  venueName: string | null;
  venueCapacity: number | null;
  onlineCapacity: number | null;
  venueRegistrations: number;
  onlineRegistrations: number;
  /** From this date only online participation is accepted (the seed's 1/27). */
  venueFullFrom: IsoDate | null;
  /** The forum day's start and end, "HH:MM" Japan time. */
  startsAt: string | null;
  endsAt: string | null;
  /** The venue's postal address (a map link is built from it). */
  venueAddress: string | null;
  /** How to take part online (the platform, when the link is sent). */
  onlineInfo: string | null;
  contactOrganization: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  /** The registration service's page (Peatix, connpass, a form…), http(s). */
  registrationUrl: string | null;
  /** 主催: who holds the forum. */
  organizerName: string | null;
  /** 開催報告 after the forum: attendance and a markdown summary, public once published. */
  reportAttendance: number | null;
  reportSummary: string | null;
  reportPublished: boolean;
  version: number;
  updatedAt: string;
}

/** What anyone signed in may see of a forum edition: no notes, no free text. */
export type EditionSummary = Pick<
  ForumEdition,
  "id" | "year" | "title" | "stage" | "heldOn" | "venueFullFrom"
>;

export interface RegionSummary {
  id: string;
  slug: string;
  nameJa: string;
  nameEn: string;
  kind: RegionKind;
  prefectures: RegionPrefecture[];
  currentEdition: EditionSummary | null;
}

export const SESSION_KINDS = ["keynote", "panel", "report", "exchange"] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export interface Speaker {
  name: string;
  affiliation: string | null;
  title: string | null;
}

export interface ForumSession {
  id: string;
  position: number;
  kind: SessionKind;
  title: string;
  subtitle: string | null;
  speakers: Speaker[];
}

export const TIMELINE_KINDS = [
  "meeting",
  "hearing",
  "survey",
  "agreement",
  "milestone",
  "edition",
  "announcement",
  "note",
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export interface TimelineEntry {
  id: string;
  occurredOn: IsoDate;
  precision: DatePrecision;
  kind: TimelineKind;
  title: string;
  body: string | null;
  isPublic: boolean;
}

export const MEETING_KINDS = ["briefing", "planning", "committee", "other"] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export interface MeetingSummary {
  id: string;
  kind: MeetingKind;
  heldOn: IsoDate;
  title: string;
  place: string | null;
  nextMeeting: PartialDate | null;
}

export interface RegionDetail extends Omit<RegionSummary, "currentEdition"> {
  /** Newest year first. */
  editions: EditionSummary[];
  currentEdition: (ForumEdition & { sessions: ForumSession[] }) | null;
  meetings: MeetingSummary[];
  /** Newest first. */
  timeline: TimelineEntry[];
}

/** A user as shown to others: never a password hash or a token. */
export interface UserProfile {
  id: string;
  email: string;
  displayName: string;
  role: import("./permissions").Role;
  regionIds: string[];
  partnerEditionId: string | null;
  /** The region of a partner's forum edition. With role and regionIds, a profile is an Actor for `can`. */
  partnerRegionId: string | null;
  disabled: boolean;
  /** Whether the user has set a password (an invited user has not yet). */
  active: boolean;
  version: number;
}
