import { StatementCounter } from "@kyoso/db/testing";
import { describe, expect, it } from "vitest";
import { createServerCaches } from "../src/index";
import { trpcError, useTestApi } from "./helpers";

const api = useTestApi();

describe("national overview", () => {
  it("colours 埼玉県 by SAITAMA2026's stage, shows milestone status, and takes one statement", async () => {
    const counter = new StatementCounter();
    const caller = await api.as("national", { db: api.handle.db.withPlugin(counter) });
    const overview = await caller.overview.get({});
    expect(counter.count).toBe(1);
    expect(overview.prefectureTiles.find((t) => t.code === "11")).toEqual({
      code: "11",
      stage: "held",
      regionSlug: "saitama",
    });
    expect(overview.prefectureTiles.find((t) => t.code === "13")).toEqual({
      code: "13",
      stage: "coordinating",
      regionSlug: "shutoken",
    });
    const fukuoka = overview.regions.find((r) => r.slug === "fukuoka");
    // FUKUOKA2027 on 2027-02-20: 共催決定 (T−180) was due 2026-08-24 and is late; 開催 is on track.
    expect(fukuoka?.edition?.milestones.map((m) => [m.key, m.status])).toContainEqual([
      "cohost_decided",
      "late",
    ]);
    expect(fukuoka?.edition?.milestones.find((m) => m.key === "forum")?.status).toBe("on_track");
    expect(overview.byStage.find((s) => s.stage === "held")?.n).toBe(1);
    expect(overview.byFiscalYear).toContainEqual({ fiscalYear: 2025, stage: "held", n: 1 });
    expect(overview.dueTasks?.map((t) => t.title)).toEqual([
      "2027年度の開催について難病相談支援センターと相談",
    ]);
  });

  it("shows the held SAITAMA2026 with every step up to the forum done and only 振り返り still open", async () => {
    const overview = await api.caller.overview.get({});
    const saitama = overview.regions.find((r) => r.slug === "saitama");
    expect(saitama?.edition?.milestones.map((m) => [m.key, m.status])).toEqual([
      ["cohost_decided", "done"],
      ["venue_booked", "done"],
      ["keynote_fixed", "done"],
      ["flyer_out", "done"],
      ["registration_open", "done"],
      ["survey_ready", "done"],
      ["forum", "done"],
      ["retrospective", "late"],
    ]);
  });

  it("gives each edition the same due dates and statuses as its own milestone list", async () => {
    const fukuoka = await api.caller.region.bySlug({ slug: "fukuoka" });
    const editionId = fukuoka.currentEdition?.id ?? "";
    await api.caller.milestone.setForEdition({
      editionId,
      key: "keynote_fixed",
      shiftDays: 21,
      doneOn: null,
      version: 0,
    });
    const overview = await api.caller.overview.get({});
    const withEditions = overview.regions.flatMap((r) => (r.edition ? [r.edition] : []));
    expect(withEditions.length).toBeGreaterThan(5);
    for (const edition of withEditions) {
      const own = await api.caller.milestone.forEdition({ editionId: edition.id });
      expect(edition.milestones).toEqual(own.map(({ key, dueOn, status }) => ({ key, dueOn, status })));
    }
  });

  it("shows a milestone marked done on the next call, though the server caches the overview", async () => {
    const caller = await api.as("national", { caches: createServerCaches() });
    const fukuoka = await caller.region.bySlug({ slug: "fukuoka" });
    const editionId = fukuoka.currentEdition?.id ?? "";
    const statusOf = async () =>
      (await caller.overview.get({})).regions
        .find((r) => r.slug === "fukuoka")
        ?.edition?.milestones.find((m) => m.key === "cohost_decided")?.status;
    expect(await statusOf()).toBe("late");
    await caller.milestone.setForEdition({
      editionId,
      key: "cohost_decided",
      shiftDays: 0,
      doneOn: "2026-11-24",
      version: 0,
    });
    expect(await statusOf()).toBe("done");
  });

  it("gives a committee member stages and milestones but no task titles", async () => {
    const overview = await (await api.as("saitama")).overview.get({});
    expect(overview.regions.length).toBeGreaterThan(5);
    expect(overview.dueTasks).toBeNull();
  });

  it("shows a partner only their forum's region, without national counts", async () => {
    const overview = await (await api.as("partner")).overview.get({});
    expect(overview.regions.map((r) => r.slug)).toEqual(["saitama"]);
    expect(overview.byStage).toEqual([]);
  });
});

describe("milestones", () => {
  it("let an edition shift a milestone and mark it done, with an audit row", async () => {
    const fukuoka = await api.caller.region.bySlug({ slug: "fukuoka" });
    const editionId = fukuoka.currentEdition?.id ?? "";
    const shifted = await api.caller.milestone.setForEdition({
      editionId,
      key: "venue_booked",
      shiftDays: 60,
      doneOn: null,
      version: 0,
    });
    expect(shifted.find((m) => m.key === "venue_booked")).toMatchObject({
      dueOn: "2026-11-22",
      status: "late",
      version: 1,
    });
    const done = await api.caller.milestone.setForEdition({
      editionId,
      key: "venue_booked",
      shiftDays: 60,
      doneOn: "2026-11-24",
      version: 1,
    });
    expect(done.find((m) => m.key === "venue_booked")).toMatchObject({ status: "done", version: 2 });
    expect((await api.caller.audit.list({ recordType: "edition_milestone" })).total).toBe(2);
  });

  it("refuse a stale edit with CONFLICT and the reload message, first change or later, writing nothing", async () => {
    const fukuoka = await api.caller.region.bySlug({ slug: "fukuoka" });
    const editionId = fukuoka.currentEdition?.id ?? "";
    const edit = (version: number, shiftDays: number) =>
      api.caller.milestone.setForEdition({ editionId, key: "flyer_out", shiftDays, doneOn: null, version });
    await edit(0, 5);
    // Someone who opened the page before that first change still holds version 0.
    const stale = await trpcError(edit(0, 9));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toContain("画面を再読み込みしてから");
    await edit(1, 6);
    expect((await trpcError(edit(1, 9))).code).toBe("CONFLICT");
    const now = await api.caller.milestone.forEdition({ editionId });
    expect(now.find((m) => m.key === "flyer_out")).toMatchObject({ shiftDays: 6, version: 2 });
    expect((await api.caller.audit.list({ recordType: "edition_milestone" })).total).toBe(2);
  });

  it("let exactly one of two simultaneous edits from the same version win", async () => {
    const fukuoka = await api.caller.region.bySlug({ slug: "fukuoka" });
    const editionId = fukuoka.currentEdition?.id ?? "";
    const edit = (version: number, shiftDays: number) =>
      api.caller.milestone.setForEdition({
        editionId,
        key: "survey_ready",
        shiftDays,
        doneOn: null,
        version,
      });
    for (const version of [0, 1]) {
      const results = await Promise.allSettled([edit(version, 10 + version), edit(version, 20 + version)]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const rejected = results.find((r) => r.status === "rejected");
      expect((rejected as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    }
    const now = await api.caller.milestone.forEdition({ editionId });
    expect(now.find((m) => m.key === "survey_ready")?.version).toBe(2);
  });

  it("let the national team move a template step, which moves every edition's due date", async () => {
    const [first] = await api.caller.milestone.template();
    if (!first) throw new Error("template");
    await api.caller.milestone.updateTemplateItem({ ...first, offsetDays: -200 });
    const fukuoka = await api.caller.region.bySlug({ slug: "fukuoka" });
    const milestones = await api.caller.milestone.forEdition({ editionId: fukuoka.currentEdition?.id ?? "" });
    expect(milestones[0]?.dueOn).toBe("2026-08-04");
    const stale = await trpcError(api.caller.milestone.updateTemplateItem({ ...first, offsetDays: -100 }));
    expect(stale.code).toBe("CONFLICT");
  });
});
