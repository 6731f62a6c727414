import { findUserIdByEmail } from "@kyoso/db";
import { sql } from "kysely";
import { beforeEach, describe, expect, it } from "vitest";
import { appRouter, type Meta } from "../src/index";
import { catalogSnapshot, changedTables, unauditedChanges } from "./authorization-matrix.audit";
import { MATRIX, type Row, type Target, type Who } from "./authorization-matrix.cases";
import { makeFixtures } from "./authorization-matrix.fixtures";
import { type Caller, DEMO_EMAILS, trpcError, useTestApi } from "./helpers";
import { addProgramFixtures, programTarget } from "./program-fixtures";

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
async function target(slug: string): Promise<Target> {
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
    const isMutation = procedures[path]?._def.type === "mutation";
    it(`${path}: allows (the call succeeds) and denies (and writes nothing) each role in its own and another region as specified`, async () => {
      const db = api.handle.db;
      const counter = { n: 0 };
      for (const person of PEOPLE) {
        const caller = person.who === "anonymous" ? api.anonymous() : await api.as(person.who);
        const callerId =
          person.who === "anonymous"
            ? null
            : ((await findUserIdByEmail(db, DEMO_EMAILS[person.who])) ?? null);
        for (const [i, slug] of [person.own, person.other].entries()) {
          const verdict = spec.expect[person.role][i];
          const label = `${path} as ${person.who} in ${i === 0 ? "own" : "other"} region (${slug})`;
          const input = await spec.input(await target(slug), makeFixtures(db, callerId, counter));
          const before = await catalogSnapshot(db);
          const outcome = await call(caller, path, input).then(
            () => null,
            (e: { code?: string; message?: string }) => e,
          );
          if (verdict === "deny") {
            expect(outcome?.code, label).toBe(person.who === "anonymous" ? "UNAUTHORIZED" : "FORBIDDEN");
            expect(changedTables(before, await catalogSnapshot(db)), `${label} wrote something`).toEqual([]);
            continue;
          }
          expect(outcome && `${outcome.code}: ${outcome.message}`, `${label} did not succeed`).toBeNull();
          if (!isMutation) {
            // A query may log that it read free text (read_log), and nothing else.
            const wrote = changedTables(before, await catalogSnapshot(db)).filter((t) => t !== "read_log");
            expect(wrote, `${label} (a query) wrote`).toEqual([]);
          } else if ((spec.audit ?? "records") === "records") {
            const unaudited = await unauditedChanges(db, before);
            expect(unaudited, `${label} changed records without an audit row naming them`).toEqual([]);
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
