import type { ForumSession, RegionDetail, RegionSummary } from "@kyoso/domain";
import { type Kysely, sql } from "kysely";
import type { Database } from "../schema";
import {
  asSessionKind,
  toEditionSummary,
  toForumEdition,
  toMeetingSummary,
  toRegionPrefecture,
  toTimelineEntry,
} from "./mappers";

const regionColumns = ["region.id", "region.slug", "region.nameJa", "region.nameEn", "region.kind"] as const;

/**
 * Every active (not archived) region with its prefectures and current forum edition (the latest year), in JIS order of the
 * region's first prefecture, single prefectures before areas. One statement whatever the region count.
 */
export async function listRegions(db: Kysely<Database>): Promise<RegionSummary[]> {
  const result = await sql<
    Omit<RegionSummary, "prefectures" | "currentEdition"> & {
      prefectures: Parameters<typeof toRegionPrefecture>[0][];
      currentEdition: Parameters<typeof toEditionSummary>[0] | null;
    }
  >`
    select r.id, r.slug, r.name_ja as "nameJa", r.name_en as "nameEn", r.kind,
      (select coalesce(json_agg(json_build_object('code', p.code, 'nameJa', p.name_ja,
                 'nameRomaji', p.name_romaji, 'block', p.block) order by p.code), '[]')
         from region_prefecture rp join prefecture p on p.code = rp.prefecture_code
         where rp.region_id = r.id) as prefectures,
      (select json_build_object('id', fe.id, 'year', fe.year, 'title', fe.title, 'stage', fe.stage,
                 'heldOn', fe.held_on, 'venueFullFrom', fe.venue_full_from)
         from forum_edition fe where fe.region_id = r.id order by fe.year desc limit 1) as "currentEdition"
    from region r where r.archived_at is null`.execute(db);
  const firstCode = (r: { prefectures: { code: string }[] }) => r.prefectures[0]?.code ?? "99";
  return result.rows
    .map((r) => ({
      ...r,
      prefectures: r.prefectures.map(toRegionPrefecture),
      currentEdition: r.currentEdition ? toEditionSummary(r.currentEdition) : null,
    }))
    .sort(
      (a, b) =>
        firstCode(a).localeCompare(firstCode(b)) ||
        Number(a.kind === "area") - Number(b.kind === "area") ||
        a.slug.localeCompare(b.slug),
    );
}

export async function findRegionBySlug(db: Kysely<Database>, slug: string) {
  return db.selectFrom("region").select(regionColumns).where("slug", "=", slug).executeTakeFirst();
}

export async function findRegionById(db: Kysely<Database>, id: string) {
  return db.selectFrom("region").select(regionColumns).where("id", "=", id).executeTakeFirst();
}

/** A region's page: its editions, the current one with its program, meetings and timeline (newest first). */
export async function findRegionDetail(
  db: Kysely<Database>,
  slug: string,
): Promise<RegionDetail | undefined> {
  // One statement (json built by the database): the region page's budget is three per call, the session
  // lookup and the permission check included.
  const result = await sql<RegionDetailRow>`
    select r.id, r.slug, r.name_ja as "nameJa", r.name_en as "nameEn", r.kind,
      (select coalesce(json_agg(json_build_object('code', p.code, 'nameJa', p.name_ja,
                 'nameRomaji', p.name_romaji, 'block', p.block) order by p.code), '[]')
         from region_prefecture rp join prefecture p on p.code = rp.prefecture_code
         where rp.region_id = r.id) as prefectures,
      (select coalesce(json_agg(e), '[]') from (
         select id, region_id as "regionId", year, title, stage, held_on as "heldOn", venue_name as "venueName",
           venue_capacity as "venueCapacity", online_capacity as "onlineCapacity",
           venue_registrations as "venueRegistrations", online_registrations as "onlineRegistrations",
           venue_full_from as "venueFullFrom", version, updated_at as "updatedAt"
         from forum_edition where region_id = r.id order by year desc) e) as editions,
      (select coalesce(json_agg(m), '[]') from (
         select id, kind, held_on as "heldOn", title, place, next_meeting_on as "nextMeetingOn",
           next_meeting_precision as "nextMeetingPrecision"
         from meeting where region_id = r.id and deleted_at is null order by held_on desc limit 20) m) as meetings,
      (select coalesce(json_agg(t), '[]') from (
         select id, occurred_on as "occurredOn", "precision", kind, title, body, is_public as "isPublic"
         from timeline_entry where region_id = r.id and deleted_at is null
         order by occurred_on desc, created_at desc, id limit 100) t) as timeline,
      (select coalesce(json_agg(json_build_object('id', s.id, 'position', s."position", 'kind', s.kind,
                 'title', s.title, 'subtitle', s.subtitle,
                 'speakers', (select coalesce(json_agg(json_build_object('name', sp.name,
                                 'affiliation', sp.affiliation, 'title', sp.title) order by sp."position"), '[]')
                              from session_speaker sp where sp.session_id = s.id and sp.deleted_at is null))
               order by s."position"), '[]')
         from forum_session s
         where s.deleted_at is null and s.edition_id =
           (select id from forum_edition where region_id = r.id order by year desc limit 1)) as sessions
    from region r where r.slug = ${slug}`.execute(db);
  const row = result.rows[0];
  if (!row) return undefined;
  const { prefectures, editions, meetings, timeline, sessions, ...region } = row;
  const current = editions[0];
  return {
    ...region,
    kind: region.kind as RegionDetail["kind"],
    prefectures: prefectures.map(toRegionPrefecture),
    editions: editions.map(toEditionSummary),
    currentEdition: current
      ? {
          ...toForumEdition(current),
          sessions: sessions.map((s) => ({ ...s, kind: asSessionKind(s.kind) })),
        }
      : null,
    meetings: meetings.map(toMeetingSummary),
    timeline: timeline.map(toTimelineEntry),
  };
}

interface RegionDetailRow {
  id: string;
  slug: string;
  nameJa: string;
  nameEn: string;
  kind: string;
  prefectures: Parameters<typeof toRegionPrefecture>[0][];
  editions: Parameters<typeof toForumEdition>[0][];
  meetings: Parameters<typeof toMeetingSummary>[0][];
  timeline: Parameters<typeof toTimelineEntry>[0][];
  sessions: (Omit<ForumSession, "kind"> & { kind: string })[];
}

/** The region a meeting, hearing or timeline entry belongs to. */
export async function findRecordRegionId(
  db: Kysely<Database>,
  table: "meeting" | "hearing" | "timelineEntry" | "survey",
  id: string,
): Promise<string | undefined> {
  const row = await db.selectFrom(table).select("regionId").where("id", "=", id).executeTakeFirst();
  return row?.regionId;
}
