import { addDays, editionMilestones, surveyAvailability } from "@kyoso/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type DatabaseHandle,
  listEditionMilestoneOverrides,
  listMilestoneTemplate,
  prepareDatabase,
  seedDemoData,
} from "../src/index";
import { createEmptyTestDatabase, createTestDatabase } from "../src/testing/index";

const emptyDatabase = () => createEmptyTestDatabase("demo");

/** What a newcomer would find under way on `today`: surveys open, tasks and meetings ahead, milestones. */
async function liveWork(handle: DatabaseHandle, today: string) {
  const db = handle.db;
  const surveys = await db.selectFrom("survey").select(["title", "status", "opensOn", "closesOn"]).execute();
  const tasks = await db.selectFrom("task").select(["title", "status", "dueOn"]).execute();
  const meetings = await db.selectFrom("meeting").select(["title", "nextMeetingOn"]).execute();
  const editions = await db.selectFrom("forumEdition").select(["id", "title", "heldOn"]).execute();
  const template = await listMilestoneTemplate(db);
  const dueSoon: string[] = [];
  for (const e of editions) {
    const overrides = await listEditionMilestoneOverrides(db, e.id);
    for (const m of editionMilestones(template, e.heldOn, overrides, today))
      if (m.status === "due_soon") dueSoon.push(`${e.title} ${m.key}`);
  }
  return {
    openSurveys: surveys.filter((s) => surveyAvailability(s, today).open).map((s) => s.title),
    dueThisWeek: tasks
      .filter((t) => t.status !== "done" && t.dueOn && t.dueOn >= today && t.dueOn <= addDays(today, 6))
      .map((t) => t.title),
    upcomingMeetings: meetings.filter((m) => m.nextMeetingOn && m.nextMeetingOn > today).map((m) => m.title),
    dueSoon,
    history: editions.find((e) => e.title.endsWith("SAITAMA2026"))?.heldOn,
  };
}

describe("the demo's current year, counted from the day it is loaded", () => {
  // A summer day and New Year's Day (the pinned day below is a third): a newcomer in any month finds work.
  for (const today of ["2027-07-15", "2028-01-01"]) {
    it(`shows an open survey, tasks due this week, upcoming meetings and a milestone due soon on ${today}`, async () => {
      const handle = await emptyDatabase();
      try {
        await prepareDatabase(handle.db);
        expect(await seedDemoData(handle.db, { today })).toBe(true);
        const live = await liveWork(handle, today);
        expect(live.openSurveys).toEqual(["支援機関向け 事前アンケート"]);
        expect(live.dueThisWeek).toContain("参加支援機関へのアンケート案を作る");
        expect(live.upcomingMeetings.length).toBeGreaterThanOrEqual(2);
        expect(live.dueSoon.some((m) => m.endsWith("survey_ready"))).toBe(true);
        // The organizers' story keeps its own dates.
        expect(live.history).toBe("2026-02-21");
      } finally {
        await handle.close();
      }
      // Migrating and seeding a whole database takes seconds alone and much longer on a busy machine.
    }, 180_000);
  }
});

describe("the test databases", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => {
    await handle.close();
  });

  it("are seeded as of 2026-12-02 whatever the clock says, so counts and dates never drift", async () => {
    const survey = await handle.db
      .selectFrom("survey")
      .select(["opensOn", "closesOn"])
      .where("title", "=", "支援機関向け 事前アンケート")
      .executeTakeFirstOrThrow();
    expect(survey).toEqual({ opensOn: "2026-11-01", closesOn: "2026-12-15" });
    const fukuoka = await handle.db
      .selectFrom("forumEdition")
      .select(["title", "heldOn"])
      .where("title", "like", "%FUKUOKA%")
      .executeTakeFirstOrThrow();
    expect(fukuoka).toEqual({
      title: "難病・慢性疾患就労支援ネットワークフォーラムFUKUOKA2027",
      heldOn: "2027-02-20",
    });
    const live = await liveWork(handle, "2026-12-02");
    expect(live.dueThisWeek).toEqual(["参加支援機関へのアンケート案を作る"]);
    expect(live.dueSoon).toEqual(["難病・慢性疾患就労支援ネットワークフォーラムOSAKA2027 survey_ready"]);
  });
});
