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
    // The agency survey opened this month is the newest entry; the 10.29 meeting is the newest meeting.
    expect(region.timeline[0]).toMatchObject({ occurredOn: "2026-11-01", kind: "survey" });
    expect(region.timeline.find((e) => e.kind === "meeting")?.occurredOn).toBe("2025-10-29");
    expect(region.meetings[0]?.nextMeeting).toEqual({ date: "2025-11-01", precision: "month" });
  });

  it("region.bySlug answers NOT_FOUND in Japanese for an unknown region", async () => {
    const error = await trpcError(api.caller.region.bySlug({ slug: "atlantis" }));
    expect(error.code).toBe("NOT_FOUND");
    expect(error.message).toBe("指定された地域が見つかりません。");
  });

  it("region.bySlug rejects a malformed slug as BAD_REQUEST", async () => {
    const error = await trpcError(api.caller.region.bySlug({ slug: "../etc" }));
    expect(error.code).toBe("BAD_REQUEST");
  });
});
