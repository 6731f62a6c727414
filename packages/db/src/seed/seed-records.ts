import { foldForSearch } from "@kyoso/domain";
import type { Kysely } from "kysely";
import { upsertEditionMilestone } from "../queries/milestones";
import type { Database } from "../schema";
import type { DemoClock } from "./demo-clock";
import { demoRegions } from "./demo-data";
import { DEMO_HEARINGS, DEMO_ORGANIZATIONS, demoAgreements, demoTasks } from "./demo-records";

// The demo's organizations, co-host talks, hearings, milestones done and tasks, after its regions and users exist.

export async function seedRecords(db: Kysely<Database>, clock: DemoClock): Promise<void> {
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

  for (const a of demoAgreements(clock)) {
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

  for (const region of demoRegions(clock)) {
    for (const e of region.editions) {
      if (!e.milestonesDone) continue;
      const edition = await regionEdition(region.slug, e.year);
      for (const m of e.milestonesDone) {
        await upsertEditionMilestone(db, {
          editionId: edition.id,
          templateKey: m.key,
          shiftDays: 0,
          doneOn: m.on,
        });
      }
    }
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
        // Demo hearings were given oral consent on the day, for planning the forum.
        consent: "verbal",
        consentOn: h.heldOn,
        purposeOfUse: "フォーラムの企画と、地域の就労支援の連携を検討するため",
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

export async function seedTasks(db: Kysely<Database>, clock: DemoClock): Promise<void> {
  for (const t of demoTasks(clock)) {
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
