import { type IsoDate, todayInTokyo } from "@kyoso/domain";
import type { Kysely } from "kysely";
import { syncPrefectures } from "../queries/reference";
import { insertUser } from "../queries/users";
import type { Database } from "../schema";
import { demoClock } from "./demo-clock";
import { type DemoRegion, demoRegions } from "./demo-data";
import { seedForum } from "./demo-forum";
import { seedNetworkPages } from "./demo-network-pages";
import { seedSurveys } from "./demo-surveys";
import { DEMO_USERS, demoPasswordHash } from "./demo-users";
import { seedRecords, seedTasks } from "./seed-records";

export async function isDatabaseEmpty(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom("region").select("id").limit(1).executeTakeFirst();
  return row === undefined;
}

async function seedRegion(db: Kysely<Database>, demo: DemoRegion): Promise<void> {
  const region = await db
    .insertInto("region")
    .values({ slug: demo.slug, nameJa: demo.nameJa, nameEn: demo.nameEn, kind: demo.kind })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("regionPrefecture")
    .values(demo.prefectureCodes.map((prefectureCode) => ({ regionId: region.id, prefectureCode })))
    .execute();

  let editionId: string | null = null;
  for (const e of demo.editions) {
    const edition = await db
      .insertInto("forumEdition")
      .values({
        regionId: region.id,
        year: e.year,
        title: e.title,
        stage: e.stage,
        heldOn: e.heldOn ?? null,
        venueName: null,
        venueCapacity: e.venueCapacity ?? null,
        onlineCapacity: null,
        venueRegistrations: e.venueRegistrations ?? 0,
        onlineRegistrations: e.onlineRegistrations ?? 0,
        venueFullFrom: e.venueFullFrom ?? null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    editionId = edition.id;
    for (const [i, s] of (e.sessions ?? []).entries()) {
      const session = await db
        .insertInto("forumSession")
        .values({
          editionId: edition.id,
          position: i + 1,
          kind: s.kind,
          title: s.title,
          subtitle: s.subtitle ?? null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await db
        .insertInto("sessionSpeaker")
        .values(
          s.speakers.map((sp, j) => ({
            sessionId: session.id,
            position: j + 1,
            name: sp.name,
            affiliation: sp.affiliation,
            title: sp.title ?? null,
          })),
        )
        .execute();
    }
  }

  for (const m of demo.meetings ?? []) {
    const meeting = await db
      .insertInto("meeting")
      .values({
        regionId: region.id,
        editionId,
        kind: m.kind,
        heldOn: m.heldOn,
        title: m.title,
        place: m.place,
        summary: m.summary,
        nextMeetingOn: m.nextMeeting?.date ?? null,
        nextMeetingPrecision: m.nextMeeting?.precision ?? null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await db
      .insertInto("timelineEntry")
      .values({
        regionId: region.id,
        occurredOn: m.heldOn,
        kind: "meeting",
        title: m.title,
        body: m.summary,
        isPublic: true,
        sourceType: "meeting",
        sourceId: meeting.id,
      })
      .execute();
  }

  if (demo.notes?.length) {
    await db
      .insertInto("timelineEntry")
      .values(demo.notes.map((n) => ({ regionId: region.id, ...n, body: n.body ?? null })))
      .execute();
  }
}

/**
 * Loads the demo data in one transaction, its current year counted from `today` (Japan's today unless a test
 * pins it). Returns false (and writes nothing) if regions already exist.
 */
export async function seedDemoData(
  db: Kysely<Database>,
  { today = todayInTokyo() }: { today?: IsoDate } = {},
): Promise<boolean> {
  const clock = demoClock(today);
  return db.transaction().execute(async (tx) => {
    if (!(await isDatabaseEmpty(tx))) return false;
    await syncPrefectures(tx);
    for (const region of demoRegions(clock)) await seedRegion(tx, region);
    await seedUsers(tx);
    await seedRecords(tx, clock);
    await seedTasks(tx, clock);
    await seedForum(tx);
    await seedSurveys(tx, clock);
    await seedNetworkPages(tx);
    return true;
  });
}

async function seedUsers(db: Kysely<Database>): Promise<void> {
  const regions = await db.selectFrom("region").select(["id", "slug"]).execute();
  const regionId = (slug: string) => {
    const found = regions.find((r) => r.slug === slug);
    if (!found) throw new Error(`demo user refers to unknown region ${slug}`);
    return found.id;
  };
  for (const user of DEMO_USERS) {
    const partner = user.partnerEdition;
    const edition = partner
      ? await db
          .selectFrom("forumEdition")
          .select("id")
          .where("regionId", "=", regionId(partner.regionSlug))
          .where("year", "=", partner.year)
          .executeTakeFirstOrThrow()
      : undefined;
    await insertUser(
      db,
      {
        email: user.email,
        displayName: user.displayName,
        role: user.role,
        partnerEditionId: edition?.id ?? null,
        passwordHash: demoPasswordHash(),
      },
      user.regionSlugs.map(regionId),
    );
  }
}
