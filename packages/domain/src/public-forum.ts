import type { DatePrecision, IsoDate } from "./dates";
import type { SessionKind, TimelineKind } from "./model";
import type { Stage } from "./stage";

// What the public forum page and the region's Atom feed may show: published things only. These shapes hold no
// field that is internal (counts, notes, drafts, minutes), so nothing else can reach the public by accident.

export interface PublicAnnouncement {
  id: string;
  announcedOn: IsoDate;
  title: string;
  body: string;
  updatedAt: string;
}

export interface PublicTimelineEntry {
  id: string;
  occurredOn: IsoDate;
  precision: DatePrecision;
  kind: TimelineKind;
  title: string;
  body: string | null;
}

export interface PublicSession {
  kind: SessionKind;
  title: string;
  subtitle: string | null;
  startsAt: string | null;
  endsAt: string | null;
  speakers: { name: string; affiliation: string | null; title: string | null }[];
}

export interface PublicEdition {
  year: number;
  title: string;
  stage: Stage;
  heldOn: IsoDate | null;
  venueName: string | null;
  venueFullFrom: IsoDate | null;
  /** Whether online registrations reached the online capacity (the counts themselves stay internal). */
  onlineFull: boolean;
  /** "HH:MM" Japan time; null when not set. */
  startsAt: string | null;
  endsAt: string | null;
  venueAddress: string | null;
  onlineInfo: string | null;
  contact: { organization: string | null; email: string | null; phone: string | null };
  registrationUrl: string | null;
  organizerName: string | null;
  /** The 開催報告, only once the committee published it. */
  report: { attendance: number | null; summary: string | null } | null;
}

/** A co-host, 後援 or 協力 named on the public page: confirmed (正式決定) and marked publishable. */
export interface PublicCohost {
  name: string;
  role: "cohost" | "sponsor" | "cooperation";
}

export interface PublicRegion {
  slug: string;
  nameJa: string;
  nameEn: string;
}

export interface PublicForumPage {
  region: PublicRegion;
  edition: PublicEdition;
  sessions: PublicSession[];
  /** Confirmed and publishable co-hosts, 後援 and 協力, by role then name. */
  cohosts: PublicCohost[];
  /** Published announcements of this edition, newest first. */
  announcements: PublicAnnouncement[];
  /** The region's public timeline entries (announcements, shown above, left out), newest first. */
  timeline: PublicTimelineEntry[];
  /** The region's other public editions, newest first, for links. */
  otherEditions: { year: number; title: string }[];
}

export interface PublicRegionFeed {
  region: PublicRegion;
  /** The newest public edition, whose page entries link to; null when none is public yet. */
  latestEdition: { year: number; title: string } | null;
  announcements: (PublicAnnouncement & { editionYear: number; editionTitle: string })[];
  timeline: (PublicTimelineEntry & { createdAt: string })[];
}
