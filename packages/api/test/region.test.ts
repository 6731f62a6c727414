import { describe, expect, it } from "vitest";
import { trpcError, useTestApi } from "./helpers";

const api = useTestApi();

describe("reference and region procedures", () => {
  it("reference.prefectures lists the 47 prefectures with JIS codes and blocks", async () => {
    const { prefectures, blocks } = await api.caller.reference.prefectures();
    expect(prefectures).toHaveLength(47);
    expect(prefectures[10]).toEqual({ code: "11", nameJa: "埼玉県", nameRomaji: "Saitama", block: "関東" });
    expect(blocks).toHaveLength(8);
  });

  it("region.list gives each region its current edition and stage", async () => {
    const regions = await api.caller.region.list();
    const saitama = regions.find((r) => r.slug === "saitama");
    expect(saitama?.currentEdition).toMatchObject({
      title: "難病・慢性疾患就労支援ネットワークフォーラムSAITAMA2026",
      stage: "held",
      heldOn: "2026-02-21",
    });
    expect(regions.find((r) => r.slug === "shutoken")?.kind).toBe("area");
  });

  it("region.bySlug returns the edition, program and timeline newest first", async () => {
    const region = await api.caller.region.bySlug({ slug: "shutoken" });
    expect(region.currentEdition?.stage).toBe("coordinating");
    // The demo's current year (seeded as of 2026-12-02): the committee meeting of 11/16 is the newest entry
    // and names its next day; the agency survey opened on 11/1; the 10.29 meeting stays as history.
    expect(region.timeline[0]).toMatchObject({ occurredOn: "2026-11-16", kind: "meeting" });
    expect(region.timeline.find((e) => e.kind === "survey")?.occurredOn).toBe("2026-11-01");
    expect(region.meetings[0]?.nextMeeting).toEqual({ date: "2026-12-17", precision: "day" });
    expect(region.meetings.find((m) => m.heldOn === "2025-10-29")?.nextMeeting).toEqual({
      date: "2025-11-01",
      precision: "month",
    });
  });

  it("region.bySlug answers NOT_FOUND in Japanese for an unknown region", async () => {
    const error = await trpcError(api.caller.region.bySlug({ slug: "atlantis" }));
    expect(error.code).toBe("NOT_FOUND");
    expect(error.message).toBe("指定された地域が見つかりません。");
  });

  it("a region's lists answer NOT_FOUND for an unknown region: the region the permission check found, not an empty list", async () => {
    // Called one at a time: a call started early would reject before it is awaited.
    const lists = [
      () => api.caller.meeting.forRegion({ slug: "atlantis" }),
      () => api.caller.hearing.forRegion({ slug: "atlantis" }),
      () => api.caller.survey.forRegion({ slug: "atlantis" }),
      () => api.caller.agreement.forRegion({ slug: "atlantis" }),
      () => api.caller.timeline.list({ slug: "atlantis" }),
    ];
    for (const list of lists) {
      const error = await trpcError(list());
      expect(error.code).toBe("NOT_FOUND");
      expect(error.message).toBe("指定された地域が見つかりません。");
    }
  });

  it("region.bySlug rejects a malformed slug as BAD_REQUEST", async () => {
    const error = await trpcError(api.caller.region.bySlug({ slug: "../etc" }));
    expect(error.code).toBe("BAD_REQUEST");
  });
});
