import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { useTestApi } from "./helpers";

// The demo database is seeded as of 2026-12-02 (Tokyo); the home page reads "today" from the clock.
const NOW = new Date("2026-12-02T03:00:00Z");
const api = useTestApi(NOW);

async function addAnswers(slug: string, times: string[]) {
  const survey = await api.handle.db
    .selectFrom("survey")
    .innerJoin("region", "region.id", "survey.regionId")
    .select(["survey.id", "survey.responseCount"])
    .where("region.slug", "=", slug)
    .where("survey.status", "=", "published")
    .executeTakeFirstOrThrow();
  let number = survey.responseCount;
  for (const submittedAt of times) {
    number += 1;
    await api.handle.db
      .insertInto("surveyResponse")
      .values({
        surveyId: survey.id,
        number,
        idempotencyKey: randomUUID(),
        submittedAt: new Date(submittedAt),
        answers: "{}",
      })
      .execute();
  }
  await api.handle.db
    .updateTable("survey")
    .set({ responseCount: number })
    .where("id", "=", survey.id)
    .execute();
  return survey.id;
}

describe("home.get: each person's 「今日やること」", () => {
  it("a 首都圏 committee member sees their region first, their task due this week, the announced next meeting, the talk whose next step passed and the 11/16 meeting still without minutes", async () => {
    const home = await (await api.as("shutoken")).home.get({});
    expect(home.today).toBe("2026-12-02");
    expect(home.myRegions.map((r) => [r.slug, r.canLog])).toEqual([["shutoken", true]]);
    expect(home.tasks.map((t) => [t.title, t.dueOn, t.overdue])).toEqual([
      ["参加支援機関へのアンケート案を作る", "2026-12-04", false],
    ]);
    // The 11/16 committee meeting announced 12/17; nothing is logged for that day yet.
    expect(home.meetings).toEqual([
      expect.objectContaining({
        heldOn: "2026-12-17",
        planned: true,
        precision: "day",
        regionSlug: "shutoken",
      }),
    ]);
    expect(home.agreements.map((a) => [a.organizationName, a.nextStepOn])).toEqual([
      ["東京都難病相談・支援センター", "2026-11-30"],
    ]);
    // Held 16 days ago (3+ days) without minutes.
    expect(home.withoutMinutes.map((m) => m.heldOn)).toEqual(["2026-11-16"]);
    expect(home.national).toBeNull();
    expect(home.partnerForum).toBeNull();
    // Nothing of another region: 大阪府's meetings and milestones stay off this page.
    const slugs = [...home.meetings, ...home.milestones, ...home.agreements, ...home.withoutMinutes].map(
      (i) => i.regionSlug,
    );
    expect(new Set(slugs)).toEqual(new Set(["shutoken"]));
  });

  it("marks a task overdue when its due day is before Tokyo's today (埼玉県: due 11/20)", async () => {
    const home = await (await api.as("saitama")).home.get({});
    expect(home.tasks.map((t) => [t.dueOn, t.overdue])).toEqual([["2026-11-20", true]]);
    expect(home.milestones.map((m) => [m.regionSlug, m.key, m.status])).toEqual([
      ["saitama", "retrospective", "late"],
    ]);
  });

  it("pro bono staff see open tasks of their region to pick up, and no meetings, talks or minutes (region.read is not theirs)", async () => {
    const home = await (await api.as("probono")).home.get({});
    expect(home.myRegions.map((r) => [r.slug, r.canLog])).toEqual([["shutoken", false]]);
    expect(home.tasks.length).toBeGreaterThan(0);
    expect(home.tasks.every((t) => t.regionSlug === "shutoken" && !t.assigned)).toBe(true);
    expect(home.meetings).toEqual([]);
    expect(home.agreements).toEqual([]);
    expect(home.withoutMinutes).toEqual([]);
    expect(home.surveys).toEqual([]);
  });

  it("a partner's home is their forum (SAITAMA2026), with nothing of other regions", async () => {
    const home = await (await api.as("partner")).home.get({});
    expect(home.partnerForum?.regionSlug).toBe("saitama");
    expect(home.myRegions.map((r) => r.slug)).toEqual(["saitama"]);
    expect(home.milestones.every((m) => m.regionSlug === "saitama")).toBe(true);
    expect([
      ...home.tasks,
      ...home.meetings,
      ...home.agreements,
      ...home.withoutMinutes,
      ...home.surveys,
    ]).toEqual([]);
    expect(home.national).toBeNull();
  });

  it("the national team sees the national picture: regions by stage, regions with a late step, and what waits across regions", async () => {
    const home = await api.caller.home.get({});
    // Every active region with a forum, whatever its stage (the demo: 9 regions).
    expect(home.national?.regionCount).toBe(9);
    expect(home.national?.regionsLate).toBe(2);
    expect(home.national?.byStage.reduce((n, s) => n + s.n, 0)).toBe(9);
    expect(home.milestones[0]?.status).toBe("late");
    expect(home.milestones.at(-1)).toMatchObject({
      regionSlug: "osaka",
      status: "due_soon",
      dueOn: "2026-12-10",
    });
    expect(home.withoutMinutes.map((m) => m.regionSlug).sort()).toEqual(["osaka", "shutoken"]);
  });

  it("counts survey answers that came in since the last visit to the home page, never the answers themselves", async () => {
    const shutoken = await api.as("shutoken");
    await shutoken.home.markSeen();
    // Marked seen at NOW: one answer before, two after.
    await addAnswers("shutoken", ["2026-12-02T02:00:00Z", "2026-12-02T04:00:00Z", "2026-12-02T05:00:00Z"]);
    const home = await shutoken.home.get({});
    expect(home.seenAt).toBe(NOW.toISOString());
    expect(home.surveys).toHaveLength(1);
    expect(home.surveys[0]).toMatchObject({ title: "支援機関向け 事前アンケート", newAnswers: 2 });
    expect(Object.keys(home.surveys[0] ?? {})).not.toContain("answers");
  });

  it("leaves an archived region off the home page", async () => {
    const [region] = (await api.caller.region.manageList()).filter((r) => r.slug === "shutoken");
    if (!region) throw new Error("shutoken missing");
    await api.caller.region.setArchived({ id: region.id, version: region.version, archived: true });
    const home = await (await api.as("shutoken")).home.get({});
    expect(home.myRegions).toEqual([]);
    expect([...home.meetings, ...home.agreements, ...home.withoutMinutes, ...home.milestones]).toEqual([]);
  });
});
