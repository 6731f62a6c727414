import {
  isEditionPublic,
  isProgramPublic,
  PUBLIC_STAGES,
  type PublicAnnouncement,
  type PublicCohost,
  type PublicForumPage,
  type PublicRegionFeed,
  type PublicTimelineEntry,
  type SessionKind,
  type Stage,
  type TimelineKind,
} from "@kyoso/domain";
import { type ExpressionBuilder, type Kysely, sql } from "kysely";
import type { Database } from "../schema";
import { notOfDeletedAgreement } from "./agreements";

// The public forum page and the region's Atom feed. Every select below names only public columns and filters
// to what was published: an edition from 開催決定 on, published announcements, timeline entries marked public.
// Counts, notes, drafts, minutes and private entries are never read here, so they cannot leak from here.
// A region whose committee has published a timeline entry has a page from then on: its editions still being
// prepared (構想 to 調整中) show the public preparation log only, never a venue, program or announcement.

const publicStages = [...PUBLIC_STAGES];
/** Stages before 開催決定 whose edition gets a preparation page once the region has a public entry. */
export const PREPARATION_STAGES = ["concept", "approach", "coordinating"] as const satisfies readonly Stage[];
const preparationStages = [...PREPARATION_STAGES];

/** The public timeline entries (not deleted, nor of a deleted agreement) of the region joined as `region`. */
const publicEntriesOf = (eb: ExpressionBuilder<Database, "region">) =>
  eb
    .selectFrom("timelineEntry")
    .select("timelineEntry.id")
    .whereRef("timelineEntry.regionId", "=", "region.id")
    .where("timelineEntry.isPublic", "=", true)
    .where("timelineEntry.deletedAt", "is", null)
    .where(notOfDeletedAgreement);

/** Whether a region has at least one public timeline entry. */
async function hasPublicEntry(db: Kysely<Database>, regionId: string): Promise<boolean> {
  const row = await db
    .selectFrom("region")
    .select((eb) => eb.exists(publicEntriesOf(eb)).as("has"))
    .where("region.id", "=", regionId)
    .executeTakeFirst();
  return Boolean(row?.has);
}

/** The stages whose editions the public sees for a region: preparation ones only once it has a public entry. */
const visibleStages = (withPreparation: boolean): Stage[] =>
  withPreparation ? [...preparationStages, ...publicStages] : publicStages;

function publicRegion(db: Kysely<Database>, slug: string) {
  return db
    .selectFrom("region")
    .select(["id", "slug", "nameJa", "nameEn"])
    .where("slug", "=", slug)
    .executeTakeFirst();
}

function publicEditions(db: Kysely<Database>, regionId: string, stages: Stage[] = publicStages) {
  return db
    .selectFrom("forumEdition")
    .select([
      "id",
      "year",
      "title",
      "stage",
      "heldOn",
      "venueName",
      "venueFullFrom",
      sql<boolean>`(online_capacity is not null and online_registrations >= online_capacity)`.as(
        "onlineFull",
      ),
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
    ])
    .where("regionId", "=", regionId)
    .where("stage", "in", stages)
    .orderBy("year", "desc")
    .execute();
}

/** Public timeline entries of a region; those that mirror a published announcement are left out. */
async function publicTimeline(db: Kysely<Database>, regionId: string, limit: number) {
  const rows = await db
    .selectFrom("timelineEntry")
    .select(["id", "occurredOn", "precision", "kind", "title", "body", "createdAt"])
    .where("regionId", "=", regionId)
    .where("isPublic", "=", true)
    .where("deletedAt", "is", null)
    .where((eb) => eb.or([eb("sourceType", "is", null), eb("sourceType", "<>", "announcement")]))
    .where(notOfDeletedAgreement)
    .orderBy("occurredOn", "desc")
    .orderBy("createdAt", "desc")
    .orderBy("id")
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    occurredOn: r.occurredOn,
    precision: r.precision,
    kind: r.kind as TimelineKind,
    title: r.title,
    body: r.body,
    createdAt: new Date(r.createdAt).toISOString(),
  }));
}

const toPublicAnnouncement = (r: {
  id: string;
  announcedOn: string;
  title: string;
  body: string;
  updatedAt: Date;
}): PublicAnnouncement => ({
  id: r.id,
  announcedOn: r.announcedOn,
  title: r.title,
  body: r.body,
  updatedAt: new Date(r.updatedAt).toISOString(),
});

/** The public page of a region's forum edition of `year`; undefined when there is none the public may see. */
export async function findPublicForumPage(
  db: Kysely<Database>,
  slug: string,
  year: number,
): Promise<PublicForumPage | undefined> {
  const region = await publicRegion(db, slug);
  if (!region) return undefined;
  const editions = await publicEditions(db, region.id, visibleStages(await hasPublicEntry(db, region.id)));
  const edition = editions.find((e) => e.year === year);
  if (!edition) return undefined;

  // Before the forum is announced its program is not public: the session queries then match nothing.
  const programEditionId = isProgramPublic(edition.stage as Stage) ? edition.id : null;
  const publicEditionId = isEditionPublic(edition.stage as Stage) ? edition.id : null;
  const [sessions, speakers, announcements, timeline, cohosts] = await Promise.all([
    db
      .selectFrom("forumSession")
      .select([
        "id",
        "kind",
        "title",
        "subtitle",
        sql<string | null>`to_char(starts_at, 'HH24:MI')`.as("startsAt"),
        sql<string | null>`to_char(ends_at, 'HH24:MI')`.as("endsAt"),
      ])
      .where("editionId", "=", programEditionId)
      .where("deletedAt", "is", null)
      .orderBy("position")
      .execute(),
    db
      .selectFrom("sessionSpeaker")
      .innerJoin("forumSession", "forumSession.id", "sessionSpeaker.sessionId")
      .select([
        "sessionSpeaker.sessionId",
        "sessionSpeaker.name",
        "sessionSpeaker.affiliation",
        "sessionSpeaker.title",
      ])
      .where("forumSession.editionId", "=", programEditionId)
      .where("forumSession.deletedAt", "is", null)
      .where("sessionSpeaker.deletedAt", "is", null)
      .orderBy("sessionSpeaker.position")
      .execute(),
    db
      .selectFrom("announcement")
      .select(["id", "announcedOn", "title", "body", "updatedAt"])
      .where("editionId", "=", isEditionPublic(edition.stage as Stage) ? edition.id : null)
      .where("status", "=", "published")
      .where("deletedAt", "is", null)
      .orderBy("announcedOn", "desc")
      .orderBy("publishedAt", "desc")
      .orderBy("id")
      .execute(),
    publicTimeline(db, region.id, 50),
    // Only agreements both confirmed and marked publishable by the committee: a talk still under way, or one
    // the partner has not agreed to show, never reaches the public.
    db
      .selectFrom("cohostAgreement")
      .innerJoin("organization", "organization.id", "cohostAgreement.organizationId")
      .select(["organization.name", "cohostAgreement.role"])
      .where("cohostAgreement.editionId", "=", publicEditionId)
      .where("cohostAgreement.status", "=", "confirmed")
      .where("cohostAgreement.publishable", "=", true)
      .where("cohostAgreement.deletedAt", "is", null)
      .where("organization.deletedAt", "is", null)
      .orderBy(sql`case cohost_agreement.role when 'cohost' then 0 when 'sponsor' then 1 else 2 end`)
      .orderBy("organization.name")
      .execute(),
  ]);

  // Before 開催決定 nothing but the title and stage is public: the details stay with the committee.
  const shown = publicEditionId !== null;
  return {
    region: { slug: region.slug, nameJa: region.nameJa, nameEn: region.nameEn },
    edition: {
      year: edition.year,
      title: edition.title,
      stage: edition.stage as Stage,
      heldOn: edition.heldOn,
      venueName: edition.venueName,
      venueFullFrom: edition.venueFullFrom,
      onlineFull: Boolean(edition.onlineFull),
      startsAt: shown ? edition.startsAt : null,
      endsAt: shown ? edition.endsAt : null,
      venueAddress: shown ? edition.venueAddress : null,
      onlineInfo: shown ? edition.onlineInfo : null,
      contact: {
        organization: shown ? edition.contactOrganization : null,
        email: shown ? edition.contactEmail : null,
        phone: shown ? edition.contactPhone : null,
      },
      registrationUrl: shown ? edition.registrationUrl : null,
      organizerName: shown ? edition.organizerName : null,
      report:
        shown && edition.reportPublished
          ? { attendance: edition.reportAttendance, summary: edition.reportSummary }
          : null,
    },
    cohosts: cohosts.map((c) => ({ name: c.name, role: c.role as PublicCohost["role"] })),
    sessions: sessions.map(({ id, ...s }) => ({
      ...s,
      kind: s.kind as SessionKind,
      speakers: speakers
        .filter((sp) => sp.sessionId === id)
        .map(({ name, affiliation, title }) => ({ name, affiliation, title })),
    })),
    announcements: announcements.map(toPublicAnnouncement),
    timeline: timeline.map(({ createdAt: _createdAt, ...entry }): PublicTimelineEntry => entry),
    otherEditions: editions.filter((e) => e.year !== year).map((e) => ({ year: e.year, title: e.title })),
  };
}

/** The year of a region's newest public edition, for a link to the region's forum without a year. */
export async function findLatestPublicEditionYear(
  db: Kysely<Database>,
  slug: string,
): Promise<number | undefined> {
  const row = await db
    .selectFrom("forumEdition")
    .innerJoin("region", "region.id", "forumEdition.regionId")
    .select("forumEdition.year")
    .where("region.slug", "=", slug)
    .where((eb) =>
      eb.or([
        eb("forumEdition.stage", "in", publicStages),
        eb.and([eb("forumEdition.stage", "in", preparationStages), eb.exists(publicEntriesOf(eb))]),
      ]),
    )
    .orderBy(sql`forum_edition.stage in (${sql.join(publicStages)})`, "desc")
    .orderBy("forumEdition.year", "desc")
    .limit(1)
    .executeTakeFirst();
  return row?.year;
}

/** What a region's Atom feed holds: published announcements of its public editions, and public entries. */
export async function findPublicRegionFeed(
  db: Kysely<Database>,
  slug: string,
): Promise<PublicRegionFeed | undefined> {
  const region = await publicRegion(db, slug);
  if (!region) return undefined;
  const [editions, announcements, timeline] = await Promise.all([
    publicEditions(db, region.id),
    db
      .selectFrom("announcement")
      .innerJoin("forumEdition", "forumEdition.id", "announcement.editionId")
      .select([
        "announcement.id",
        "announcement.announcedOn",
        "announcement.title",
        "announcement.body",
        "announcement.updatedAt",
        "forumEdition.year as editionYear",
        "forumEdition.title as editionTitle",
      ])
      .where("forumEdition.regionId", "=", region.id)
      .where("forumEdition.stage", "in", publicStages)
      .where("announcement.status", "=", "published")
      .where("announcement.deletedAt", "is", null)
      .orderBy("announcement.announcedOn", "desc")
      .orderBy("announcement.publishedAt", "desc")
      .orderBy("announcement.id")
      .limit(50)
      .execute(),
    publicTimeline(db, region.id, 50),
  ]);
  const latest = editions[0];
  return {
    region: { slug: region.slug, nameJa: region.nameJa, nameEn: region.nameEn },
    latestEdition: latest ? { year: latest.year, title: latest.title } : null,
    announcements: announcements.map((a) => ({
      ...toPublicAnnouncement(a),
      editionYear: a.editionYear,
      editionTitle: a.editionTitle,
    })),
    timeline,
  };
}

/** One forum on the national page: a public edition, or one being prepared in a region with a public entry. */
export interface PublicForumListing {
  region: { slug: string; nameJa: string };
  year: number;
  title: string;
  stage: Stage;
  heldOn: string | null;
  venueName: string | null;
}

/** Every forum the public may see, of every region, by date (undated ones last), then region. */
export async function listPublicForums(db: Kysely<Database>): Promise<PublicForumListing[]> {
  const rows = await db
    .selectFrom("forumEdition")
    .innerJoin("region", "region.id", "forumEdition.regionId")
    .select([
      "region.slug",
      "region.nameJa",
      "forumEdition.year",
      "forumEdition.title",
      "forumEdition.stage",
      "forumEdition.heldOn",
      "forumEdition.venueName",
    ])
    .where((eb) =>
      eb.or([
        eb("forumEdition.stage", "in", publicStages),
        eb.and([eb("forumEdition.stage", "in", preparationStages), eb.exists(publicEntriesOf(eb))]),
      ]),
    )
    .orderBy(sql`forum_edition.held_on is null`)
    .orderBy("forumEdition.heldOn")
    .orderBy("forumEdition.year")
    .orderBy("region.slug")
    .execute();
  return rows.map((r) => ({
    region: { slug: r.slug, nameJa: r.nameJa },
    year: r.year,
    title: r.title,
    stage: r.stage as Stage,
    heldOn: r.heldOn,
    venueName: r.venueName,
  }));
}

/** What the national Atom feed holds: the published announcements and public entries of every region. */
export interface PublicNationalFeed {
  announcements: (PublicAnnouncement & { regionSlug: string; regionNameJa: string; editionYear: number })[];
  timeline: (PublicTimelineEntry & { regionSlug: string; regionNameJa: string })[];
}

export async function findPublicNationalFeed(db: Kysely<Database>, limit = 100): Promise<PublicNationalFeed> {
  const [announcements, timeline] = await Promise.all([
    db
      .selectFrom("announcement")
      .innerJoin("forumEdition", "forumEdition.id", "announcement.editionId")
      .innerJoin("region", "region.id", "forumEdition.regionId")
      .select([
        "announcement.id",
        "announcement.announcedOn",
        "announcement.title",
        "announcement.body",
        "announcement.updatedAt",
        "forumEdition.year as editionYear",
        "region.slug as regionSlug",
        "region.nameJa as regionNameJa",
      ])
      .where("forumEdition.stage", "in", publicStages)
      .where("announcement.status", "=", "published")
      .where("announcement.deletedAt", "is", null)
      .orderBy("announcement.announcedOn", "desc")
      .orderBy("announcement.publishedAt", "desc")
      .orderBy("announcement.id")
      .limit(limit)
      .execute(),
    db
      .selectFrom("timelineEntry")
      .innerJoin("region", "region.id", "timelineEntry.regionId")
      .select([
        "timelineEntry.id",
        "timelineEntry.occurredOn",
        "timelineEntry.precision",
        "timelineEntry.kind",
        "timelineEntry.title",
        "timelineEntry.body",
        "region.slug as regionSlug",
        "region.nameJa as regionNameJa",
      ])
      .where("timelineEntry.isPublic", "=", true)
      .where("timelineEntry.deletedAt", "is", null)
      .where((eb) =>
        eb.or([
          eb("timelineEntry.sourceType", "is", null),
          eb("timelineEntry.sourceType", "<>", "announcement"),
        ]),
      )
      .where(notOfDeletedAgreement)
      .orderBy("timelineEntry.occurredOn", "desc")
      .orderBy("timelineEntry.createdAt", "desc")
      .orderBy("timelineEntry.id")
      .limit(limit)
      .execute(),
  ]);
  return {
    announcements: announcements.map((a) => ({
      ...toPublicAnnouncement(a),
      regionSlug: a.regionSlug,
      regionNameJa: a.regionNameJa,
      editionYear: a.editionYear,
    })),
    timeline: timeline.map((t) => ({
      id: t.id,
      occurredOn: t.occurredOn,
      precision: t.precision,
      kind: t.kind as TimelineKind,
      title: t.title,
      body: t.body,
      regionSlug: t.regionSlug,
      regionNameJa: t.regionNameJa,
    })),
  };
}

/**
 * Whether a survey's public answer link leads to its page: published or closed (the page then says so), not a
 * draft's (whose link leads nowhere, like an unknown one), and not deleted.
 */
export async function isSurveyLinkPublic(db: Kysely<Database>, token: string): Promise<boolean> {
  const row = await db
    .selectFrom("survey")
    .select("id")
    .where("publicToken", "=", token)
    .where("status", "in", ["published", "closed"])
    .where("deletedAt", "is", null)
    .executeTakeFirst();
  return row !== undefined;
}
