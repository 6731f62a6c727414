import type { ForumSession, RegionDetail, RegionSummary } from "@kyoso/domain";
import type { Kysely } from "kysely";
import type { Database } from "../schema";
import {
  asSessionKind,
  editionColumns,
  toEditionSummary,
  toForumEdition,
  toMeetingSummary,
  toRegionPrefecture,
  toTimelineEntry,
} from "./mappers";

const regionColumns = ["region.id", "region.slug", "region.nameJa", "region.nameEn", "region.kind"] as const;

async function prefecturesByRegion(db: Kysely<Database>, regionIds: string[]) {
  if (regionIds.length === 0) return new Map<string, ReturnType<typeof toRegionPrefecture>[]>();
  const rows = await db
    .selectFrom("regionPrefecture")
    .innerJoin("prefecture", "prefecture.code", "regionPrefecture.prefectureCode")
    .select([
      "regionPrefecture.regionId",
      "prefecture.code",
      "prefecture.nameJa",
      "prefecture.nameRomaji",
      "prefecture.block",
    ])
    .where("regionPrefecture.regionId", "in", regionIds)
    .orderBy("prefecture.code")
    .execute();
  const byRegion = new Map<string, ReturnType<typeof toRegionPrefecture>[]>();
  for (const row of rows) {
    const list = byRegion.get(row.regionId) ?? [];
    list.push(toRegionPrefecture(row));
    byRegion.set(row.regionId, list);
  }
  return byRegion;
}

/**
 * Every active (not archived) region with its prefectures and current forum edition (the latest year), in JIS order of the
 * region's first prefecture, single prefectures before areas. Three statements whatever the region count.
 */
export async function listRegions(db: Kysely<Database>): Promise<RegionSummary[]> {
  const regions = await db
    .selectFrom("region")
    .select(regionColumns)
    .where("archivedAt", "is", null)
    .execute();
  const ids = regions.map((r) => r.id);
  const prefectures = await prefecturesByRegion(db, ids);
  const current =
    ids.length === 0
      ? []
      : await db
          .selectFrom("forumEdition")
          .distinctOn("regionId")
          .select(["regionId", "id", "year", "title", "stage", "heldOn", "venueFullFrom"])
          .where("regionId", "in", ids)
          .orderBy("regionId")
          .orderBy("year", "desc")
          .execute();
  const currentByRegion = new Map(current.map((e) => [e.regionId, toEditionSummary(e)]));

  const firstCode = (id: string) => prefectures.get(id)?.[0]?.code ?? "99";
  return regions
    .map((r) => ({
      ...r,
      prefectures: prefectures.get(r.id) ?? [],
      currentEdition: currentByRegion.get(r.id) ?? null,
    }))
    .sort(
      (a, b) =>
        firstCode(a.id).localeCompare(firstCode(b.id)) ||
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

async function sessionsOf(db: Kysely<Database>, editionId: string): Promise<ForumSession[]> {
  const sessions = await db
    .selectFrom("forumSession")
    .select(["id", "position", "kind", "title", "subtitle"])
    .where("editionId", "=", editionId)
    .where("deletedAt", "is", null)
    .orderBy("position")
    .execute();
  if (sessions.length === 0) return [];
  const speakers = await db
    .selectFrom("sessionSpeaker")
    .select(["sessionId", "name", "affiliation", "title"])
    .where("deletedAt", "is", null)
    .where(
      "sessionId",
      "in",
      sessions.map((s) => s.id),
    )
    .orderBy("sessionId")
    .orderBy("position")
    .execute();
  return sessions.map((s) => ({
    ...s,
    kind: asSessionKind(s.kind),
    speakers: speakers
      .filter((sp) => sp.sessionId === s.id)
      .map(({ name, affiliation, title }) => ({ name, affiliation, title })),
  }));
}

/** A region's page: its editions, the current one with its program, meetings and timeline (newest first). */
export async function findRegionDetail(
  db: Kysely<Database>,
  slug: string,
): Promise<RegionDetail | undefined> {
  const region = await findRegionBySlug(db, slug);
  if (!region) return undefined;
  const [prefectures, editions, meetings, timeline] = await Promise.all([
    prefecturesByRegion(db, [region.id]),
    db
      .selectFrom("forumEdition")
      .select(editionColumns)
      .where("regionId", "=", region.id)
      .orderBy("year", "desc")
      .execute(),
    db
      .selectFrom("meeting")
      .select(["id", "kind", "heldOn", "title", "place", "nextMeetingOn", "nextMeetingPrecision"])
      .where("regionId", "=", region.id)
      .where("deletedAt", "is", null)
      .orderBy("heldOn", "desc")
      .limit(20)
      .execute(),
    db
      .selectFrom("timelineEntry")
      .select(["id", "occurredOn", "precision", "kind", "title", "body", "isPublic"])
      .where("regionId", "=", region.id)
      .where("deletedAt", "is", null)
      .orderBy("occurredOn", "desc")
      .orderBy("createdAt", "desc")
      .orderBy("id")
      .limit(100)
      .execute(),
  ]);
  const current = editions[0];
  return {
    ...region,
    prefectures: prefectures.get(region.id) ?? [],
    editions: editions.map(toEditionSummary),
    currentEdition: current
      ? { ...toForumEdition(current), sessions: await sessionsOf(db, current.id) }
      : null,
    meetings: meetings.map(toMeetingSummary),
    timeline: timeline.map(toTimelineEntry),
  };
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
