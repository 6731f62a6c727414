import { sql } from "kysely";
import { beforeEach, describe, expect, it } from "vitest";
import { appRouter, type Meta } from "../src/index";
import { MATRIX, type Row, type Target, type Who } from "./authorization-matrix.cases";
import { type Caller, trpcError, useTestApi } from "./helpers";
import { addProgramFixtures, PROGRAM_COUNTS, programTarget } from "./program-fixtures";

const api = useTestApi();
beforeEach(() => addProgramFixtures(api.handle.db));

const procedures = appRouter._def.procedures as unknown as Record<
  string,
  { _def: { type: string; meta?: Meta } }
>;

/** Whose own region is which: a 埼玉 member's own is 埼玉 and other is 首都圏 (東京 …); the pro bono's is 首都圏. */
const PEOPLE: { who: Who; role: keyof Row; own: string; other: string }[] = [
  { who: "national", role: "national", own: "saitama", other: "shutoken" },
  { who: "saitama", role: "committee", own: "saitama", other: "shutoken" },
  { who: "probono", role: "probono", own: "shutoken", other: "saitama" },
  { who: "partner", role: "partner", own: "saitama", other: "shutoken" },
  { who: "anonymous", role: "anonymous", own: "saitama", other: "shutoken" },
];

/** The demo records of a region that procedures aim at. */
async function target(slug: string): Promise<Target & { prefectureCode: string }> {
  const db = api.handle.db;
  const region = await db
    .selectFrom("region")
    .select(["id", "slug"])
    .where("slug", "=", slug)
    .executeTakeFirstOrThrow();
  const first = async <T>(query: Promise<T | undefined>, what: string): Promise<T> => {
    const found = await query;
    if (!found) throw new Error(`demo data has no ${what} in ${slug}`);
    return found;
  };
  // The edition with co-host talks (a test may have added a later edition without any).
  const agreement = await first(
    db
      .selectFrom("cohostAgreement")
      .innerJoin("forumEdition", "forumEdition.id", "cohostAgreement.editionId")
      .select(["cohostAgreement.id", "forumEdition.id as editionId"])
      .where("forumEdition.regionId", "=", region.id)
      .executeTakeFirst(),
    "agreement",
  );
  const edition = { id: agreement.editionId };
  const meeting = await first(
    db.selectFrom("meeting").select("id").where("regionId", "=", region.id).executeTakeFirst(),
    "meeting",
  );
  const hearing = await first(
    db.selectFrom("hearing").select("id").where("regionId", "=", region.id).executeTakeFirst(),
    "hearing",
  );
  const entry = await first(
    db.selectFrom("timelineEntry").select("id").where("regionId", "=", region.id).executeTakeFirst(),
    "timeline entry",
  );
  const organization = await first(
    db
      .selectFrom("organization")
      .innerJoin("regionPrefecture", "regionPrefecture.prefectureCode", "organization.prefectureCode")
      .select(["organization.id", "organization.prefectureCode"])
      .where("regionPrefecture.regionId", "=", region.id)
      // 首都圏 includes 埼玉: take its last prefecture's organization, which no 埼玉 member may touch.
      .orderBy("organization.prefectureCode", "desc")
      .orderBy("organization.id")
      .executeTakeFirst(),
    "organization",
  );
  const theme = await first(db.selectFrom("hearingTheme").select("id").executeTakeFirst(), "theme");
  // An open (unassigned) task where there is one: the kind pro bono staff may pick up.
  const task = await first(
    db
      .selectFrom("task")
      .select("id")
      .where("regionId", "=", region.id)
      .orderBy(sql`assignee_id is null`, "desc")
      .orderBy("id")
      .executeTakeFirst(),
    "task",
  );
  const survey = await first(
    db
      .selectFrom("survey")
      .select(["id", "publicToken"])
      .where("regionId", "=", region.id)
      .executeTakeFirst(),
    "survey",
  );
  return {
    ...(await programTarget(db, edition.id)),
    surveyId: survey.id,
    surveyToken: survey.publicToken,
    regionId: region.id,
    slug: region.slug,
    editionId: edition.id,
    agreementId: agreement.id,
    meetingId: meeting.id,
    hearingId: hearing.id,
    timelineEntryId: entry.id,
    organizationId: organization.id,
    prefectureCode: organization.prefectureCode ?? "",
    themeId: theme.id,
    taskId: task.id,
  };
}

async function rowCounts(): Promise<string> {
  const result = await sql<{ counts: string }>`
    select concat_ws(',', (select count(*) from audit_log), (select count(*) from forum_edition),
      (select count(*) from timeline_entry), (select count(*) from app_user), (select count(*) from invitation),
      (select max(version) from forum_edition), (select count(*) from organization), (select sum(version) from organization),
      (select count(*) from cohost_agreement), (select count(*) from agreement_event), (select count(*) from meeting),
      (select count(*) from task), (select count(*) from hearing), (select count(*) from hearing_theme),
      (select count(*) filter (where is_public) from timeline_entry), (select sum(version) from task),
      (select count(*) from task), (select count(*) from task_comment), (select sum(version) from milestone_template),
      (select count(*) from milestone_template), (select count(*) from edition_milestone),
      (select count(*) from survey), (select sum(version) from survey), (select count(*) from survey_response),
      ${sql.raw(PROGRAM_COUNTS)}) as counts`.execute(api.handle.db);
  return result.rows[0]?.counts ?? "";
}

async function call(caller: Caller, path: string, input: unknown): Promise<unknown> {
  const [router, name] = path.split(".") as [string, string];
  const fn = (caller as unknown as Record<string, Record<string, (i: unknown) => Promise<unknown>>>)[
    router
  ]?.[name];
  if (!fn) throw new Error(`no procedure ${path}`);
  return fn(input);
}

describe("authorization matrix", () => {
  it("covers every procedure of the router, and every procedure declares a permission and a scope", () => {
    expect(Object.keys(procedures).sort()).toEqual(Object.keys(MATRIX).sort());
    for (const [path, procedure] of Object.entries(procedures)) {
      expect(procedure._def.meta?.permission, `${path} declares no permission`).toBeTruthy();
      expect(procedure._def.meta?.scope, `${path} declares no scope`).toBeTruthy();
    }
  });

  for (const [path, spec] of Object.entries(MATRIX)) {
    it(`${path}: allows and denies each role in its own and another region as specified`, async () => {
      for (const person of PEOPLE) {
        const caller = person.who === "anonymous" ? api.anonymous() : await api.as(person.who);
        for (const [i, slug] of [person.own, person.other].entries()) {
          const verdict = spec.expect[person.role][i];
          const label = `${path} as ${person.who} in ${i === 0 ? "own" : "other"} region (${slug})`;
          const before = await rowCounts();
          const outcome = await call(caller, path, spec.input(await target(slug))).then(
            () => null,
            (e: { code?: string }) => e,
          );
          if (verdict === "deny") {
            expect((outcome as { code?: string } | null)?.code, label).toBe(
              person.who === "anonymous" ? "UNAUTHORIZED" : "FORBIDDEN",
            );
            expect(await rowCounts(), `${label} wrote something`).toBe(before);
          } else {
            expect(["FORBIDDEN", "UNAUTHORIZED"], label).not.toContain(
              (outcome as { code?: string } | null)?.code,
            );
          }
        }
      }
    });
  }
});

describe("what other regions see", () => {
  it("gives a 埼玉 member only the summary of 首都圏: no timeline, meetings or notes", async () => {
    const saitama = await api.as("saitama");
    const summary = await saitama.region.summary({ slug: "shutoken" });
    const text = JSON.stringify(summary);
    expect(summary.currentEdition?.stage).toBe("coordinating");
    expect(Object.keys(summary).sort()).toEqual(
      ["currentEdition", "editions", "id", "kind", "nameEn", "nameJa", "prefectures", "slug"].sort(),
    );
    expect(text).not.toContain("多職種連携");
    expect(text).not.toContain("ヒアリング");
    expect((await trpcError(saitama.region.bySlug({ slug: "shutoken" }))).code).toBe("FORBIDDEN");
  });

  it("shows a partner only their own forum's region in the list", async () => {
    const partner = await api.as("partner");
    expect((await partner.region.list()).map((r) => r.slug)).toEqual(["saitama"]);
  });
});
