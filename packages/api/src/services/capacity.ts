import {
  findEdition,
  findEditionForUpdate,
  insertTimelineEntry,
  insertVenueFullAnnouncement,
  updateEditionAtVersion,
} from "@kyoso/db";
import {
  type Announcement,
  assertEditionConsistent,
  type CapacitySet,
  countRegistrations,
  DomainError,
  dateCapacityReached,
  type ForumEdition,
  formatDate,
  type IsoDate,
  type RegistrationRejection,
  readRegistrationImport,
  todayInTokyo,
  VENUE_FULL_ANNOUNCEMENT,
  type VenueSwitch,
  venueFullSwitch,
} from "@kyoso/domain";
import type { Context } from "../context";
import { readCsvUpload } from "./csv";
import { audited, type Write } from "./write";

// Venue and online capacity, registration counts, and the switch to online-only when the venue fills up.

const staleEdition = () =>
  new DomainError(
    "CONFLICT",
    "このフォーラムは他の人によって更新されています。画面を再読み込みしてから、もう一度編集してください。",
  );

type CapacityFields = Pick<
  ForumEdition,
  "venueCapacity" | "onlineCapacity" | "venueRegistrations" | "onlineRegistrations" | "venueFullFrom"
>;

/**
 * The venue-full switch for a write of `patch` onto `current`: the patch gains the venue-full date when the write
 * fills the venue. Every write of capacity or counts goes through here (this service, and forum edition edits).
 */
export function withVenueSwitch<P extends Partial<CapacityFields> & { heldOn?: IsoDate | null }>(
  current: ForumEdition,
  patch: P,
  fullOn: IsoDate,
): { patch: P; venue: VenueSwitch } {
  const merged = { ...current, ...patch };
  const venue = venueFullSwitch(merged, fullOn);
  return { patch: venue.becameFull ? { ...patch, venueFullFrom: venue.venueFullFrom } : patch, venue };
}

/**
 * What a write that filled the venue records, in its transaction: a line on the region's (internal) timeline and,
 * unless the forum is already over, the one draft announcement of the edition for the committee to publish.
 */
export async function recordVenueFull(
  { tx, audit }: Write,
  edition: ForumEdition,
  venue: VenueSwitch,
): Promise<Announcement | null> {
  if (!venue.becameFull || !venue.venueFullFrom) return null;
  await insertTimelineEntry(tx, {
    regionId: edition.regionId,
    occurredOn: venue.venueFullFrom,
    kind: "edition",
    title: `会場参加枠が定員に達しました（${formatDate(venue.venueFullFrom)}からオンライン参加のみ）`,
    sourceType: "forum_edition",
    sourceId: edition.id,
  });
  if (!venue.announce) return null;
  const announcement = await insertVenueFullAnnouncement(tx, {
    editionId: edition.id,
    announcedOn: venue.venueFullFrom,
    ...VENUE_FULL_ANNOUNCEMENT,
  });
  if (!announcement) return null;
  await audit({
    action: "create",
    recordType: "announcement",
    recordId: announcement.id,
    regionId: edition.regionId,
    before: null,
    after: announcement,
  });
  return announcement;
}

export interface CapacityResult {
  edition: ForumEdition;
  /** The draft written because this write filled the venue; null otherwise. */
  venueFullAnnouncement: Announcement | null;
}

async function writeCounts(
  ctx: Context,
  editionId: string,
  version: number,
  counts: Partial<CapacityFields>,
  fullOn: (current: ForumEdition) => IsoDate,
): Promise<CapacityResult> {
  return audited(ctx, async (write) => {
    const { tx, audit } = write;
    const current = await findEditionForUpdate(tx, editionId);
    if (!current) throw new DomainError("NOT_FOUND", "指定されたフォーラムが見つかりません。");
    if (current.version !== version) throw staleEdition();
    const { patch, venue } = withVenueSwitch(current, counts, fullOn({ ...current, ...counts }));
    assertEditionConsistent({ ...current, ...patch });
    const updated = await updateEditionAtVersion(tx, editionId, version, patch);
    if (!updated) throw staleEdition();
    await audit({
      action: "update",
      recordType: "forum_edition",
      recordId: editionId,
      regionId: current.regionId,
      before: current,
      after: updated,
    });
    return { edition: updated, venueFullAnnouncement: await recordVenueFull(write, updated, venue) };
  });
}

/** Capacities and counts entered by hand: the venue, when filled by this write, is full from today in Japan. */
export function setCapacity(ctx: Context, input: CapacitySet): Promise<CapacityResult> {
  const { editionId, version, ...counts } = input;
  return writeCounts(ctx, editionId, version, counts, () => todayInTokyo(ctx.now()));
}

export interface RegistrationPreview {
  venue: number;
  online: number;
  cancelled: number;
  rejected: RegistrationRejection[];
  current: CapacityFields;
  /** The venue-full date after the import: unchanged, or the day the capacity-th venue registration arrived. */
  venueFullFrom: IsoDate | null;
  /** Whether committing makes the edition venue-full (and drafts the announcement, before the forum). */
  becomesVenueFull: boolean;
}

function readRegistrationFile(fileBase64: string) {
  const read = readCsvUpload(fileBase64, readRegistrationImport, "（申込1件につき1行）");
  return { ...read, counts: countRegistrations(read.registrations) };
}

const importFullOn = (ctx: Context, venueDates: IsoDate[]) => (edition: ForumEdition) =>
  dateCapacityReached(venueDates, edition.venueCapacity, todayInTokyo(ctx.now())) ?? todayInTokyo(ctx.now());

/** Reads a registration service's CSV and tells what committing it would change, writing nothing. */
export async function previewRegistrationImport(
  ctx: Context,
  editionId: string,
  fileBase64: string,
): Promise<RegistrationPreview> {
  const read = readRegistrationFile(fileBase64);
  const current = await findEdition(ctx.db, editionId);
  if (!current) throw new DomainError("NOT_FOUND", "指定されたフォーラムが見つかりません。");
  const counts = { venueRegistrations: read.counts.venue, onlineRegistrations: read.counts.online };
  const { venue } = withVenueSwitch(
    current,
    counts,
    importFullOn(ctx, read.counts.venueDates)({ ...current, ...counts }),
  );
  return {
    venue: read.counts.venue,
    online: read.counts.online,
    cancelled: read.cancelled,
    rejected: read.rejected,
    current: {
      venueCapacity: current.venueCapacity,
      onlineCapacity: current.onlineCapacity,
      venueRegistrations: current.venueRegistrations,
      onlineRegistrations: current.onlineRegistrations,
      venueFullFrom: current.venueFullFrom,
    },
    venueFullFrom: venue.venueFullFrom,
    becomesVenueFull: venue.becameFull,
  };
}

/**
 * Replaces the edition's registration counts with those of the file: the file is the registration service's whole
 * list, so counts are set, not added. A file with unreadable rows is refused, so counts are never short.
 */
export async function commitRegistrationImport(
  ctx: Context,
  input: { editionId: string; version: number; fileBase64: string },
): Promise<CapacityResult & { venue: number; online: number; cancelled: number }> {
  const read = readRegistrationFile(input.fileBase64);
  if (read.rejected.length > 0) {
    const lines = read.rejected.map((r) => `${r.line}行目`).join("、");
    throw new DomainError(
      "VALIDATION",
      `読み取れない行があります（${lines}）。CSVを直してから取り込んでください。`,
    );
  }
  if (read.registrations.length === 0) throw new DomainError("VALIDATION", "取り込める申込がありません。");
  const result = await writeCounts(
    ctx,
    input.editionId,
    input.version,
    { venueRegistrations: read.counts.venue, onlineRegistrations: read.counts.online },
    importFullOn(ctx, read.counts.venueDates),
  );
  return { ...result, venue: read.counts.venue, online: read.counts.online, cancelled: read.cancelled };
}
