import { foldForSearch } from "@kyoso/domain";
import type { Kysely } from "kysely";
import { syncPrefectures } from "../queries/reference";
import { insertUser } from "../queries/users";
import type { Database } from "../schema";
import { DEMO_REGIONS, type DemoRegion } from "./demo-data";
import { DEMO_AGREEMENTS, DEMO_HEARINGS, DEMO_ORGANIZATIONS, DEMO_TASKS } from "./demo-records";
import { DEMO_USERS, demoPasswordHash } from "./demo-users";

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

/** Loads the demo data in one transaction. Returns false (and writes nothing) if regions already exist. */
export async function seedDemoData(db: Kysely<Database>): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    if (!(await isDatabaseEmpty(tx))) return false;
    await syncPrefectures(tx);
    for (const region of DEMO_REGIONS) await seedRegion(tx, region);
    await seedUsers(tx);
    await seedRecords(tx);
    await seedTasks(tx);
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

async function seedRecords(db: Kysely<Database>): Promise<void> {
  const organizations = await db
    .insertInto("organization")
    .values(
      DEMO_ORGANIZATIONS.map(({ contact: _contact, ...o }) => ({
        ...o,
        searchText: foldForSearch(`${o.name}${o.nameKana}`),
      })),
    )
    .returning(["id", "name"])
    .execute();
  const orgId = (name: string) => {
    const found = organizations.find((o) => o.name === name);
    if (!found) throw new Error(`demo record refers to unknown organization ${name}`);
    return found.id;
  };
  const contacts = DEMO_ORGANIZATIONS.flatMap((o) =>
    o.contact
      ? [{ organizationId: orgId(o.name), position: 1, name: o.contact.name, title: o.contact.title }]
      : [],
  );
  if (contacts.length > 0) await db.insertInto("organizationContact").values(contacts).execute();

  const regionEdition = async (slug: string, year: number) =>
    db
      .selectFrom("forumEdition")
      .innerJoin("region", "region.id", "forumEdition.regionId")
      .select(["forumEdition.id", "region.id as regionId"])
      .where("region.slug", "=", slug)
      .where("forumEdition.year", "=", year)
      .executeTakeFirstOrThrow();

  for (const a of DEMO_AGREEMENTS) {
    const edition = await regionEdition(a.regionSlug, a.year);
    const last = a.history.at(-1);
    if (!last) continue;
    const agreement = await db
      .insertInto("cohostAgreement")
      .values({
        editionId: edition.id,
        organizationId: orgId(a.organization),
        role: a.role,
        status: last.status,
        statusChangedOn: last.on,
        nextStepOn: a.nextStepOn ?? null,
        nextStep: a.nextStep ?? null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await db
      .insertInto("agreementEvent")
      .values(
        a.history.map((h, i) => ({
          agreementId: agreement.id,
          fromStatus: a.history[i - 1]?.status ?? null,
          toStatus: h.status,
          note: h.note ?? null,
          occurredOn: h.on,
          createdAt: new Date(`${h.on}T0${i}:00:00Z`),
        })),
      )
      .execute();
  }

  const themes = await db.selectFrom("hearingTheme").select(["id", "nameJa"]).execute();
  for (const h of DEMO_HEARINGS) {
    const region = await db
      .selectFrom("region")
      .select("id")
      .where("slug", "=", h.regionSlug)
      .executeTakeFirstOrThrow();
    const hearing = await db
      .insertInto("hearing")
      .values({
        regionId: region.id,
        organizationId: orgId(h.organization),
        heldOn: h.heldOn,
        interviewer: h.interviewer,
        respondent: h.respondent,
        summary: h.summary,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await db
      .insertInto("hearingFinding")
      .values(
        h.findings.map((f, i) => ({
          hearingId: hearing.id,
          themeId: themes.find((t) => t.nameJa === f.theme)?.id ?? "",
          position: i + 1,
          body: f.body,
        })),
      )
      .execute();
    await db
      .insertInto("timelineEntry")
      .values({
        regionId: region.id,
        occurredOn: h.heldOn,
        kind: "hearing",
        title: `${h.organization}へのヒアリング`,
        body: h.summary,
        sourceType: "hearing",
        sourceId: hearing.id,
      })
      .execute();
  }
}

async function seedTasks(db: Kysely<Database>): Promise<void> {
  for (const t of DEMO_TASKS) {
    const region = await db
      .selectFrom("region")
      .select("id")
      .where("slug", "=", t.regionSlug)
      .executeTakeFirstOrThrow();
    const assignee = t.assigneeEmail
      ? await db
          .selectFrom("appUser")
          .select("id")
          .where("email", "=", t.assigneeEmail)
          .executeTakeFirstOrThrow()
      : undefined;
    const meeting = t.meetingOn
      ? await db
          .selectFrom("meeting")
          .select(["id", "editionId"])
          .where("regionId", "=", region.id)
          .where("heldOn", "=", t.meetingOn)
          .executeTakeFirstOrThrow()
      : undefined;
    await db
      .insertInto("task")
      .values({
        regionId: region.id,
        editionId: meeting?.editionId ?? null,
        meetingId: meeting?.id ?? null,
        title: t.title,
        assigneeId: assignee?.id ?? null,
        status: t.status,
        priority: t.priority,
        dueOn: t.dueOn ?? null,
      })
      .execute();
  }
}
