import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type DatabaseHandle, findRegionDetail, listRegions, seedDemoData } from "../src/index";
import { createTestDatabase } from "../src/testing/index";

let handle: DatabaseHandle;
beforeEach(async () => {
  handle = await createTestDatabase();
});
afterEach(async () => {
  await handle.close();
});

describe("region queries", () => {
  it("list regions in JIS order with their latest edition, areas after the prefecture they start with", async () => {
    const regions = await listRegions(handle.db);
    const slugs = regions.map((r) => r.slug);
    expect(slugs.indexOf("hokkaido")).toBe(0);
    expect(slugs.indexOf("saitama")).toBeLessThan(slugs.indexOf("shutoken"));
    const shutoken = regions.find((r) => r.slug === "shutoken");
    expect(shutoken?.prefectures.map((p) => p.nameJa)).toEqual(["埼玉県", "千葉県", "東京都", "神奈川県"]);
    const saitama = regions.find((r) => r.slug === "saitama");
    expect(saitama?.currentEdition).toMatchObject({ year: 2026, stage: "held", heldOn: "2026-02-21" });
  });

  it("read a region page with its program and a timeline newest first", async () => {
    const detail = await findRegionDetail(handle.db, "saitama");
    expect(detail?.currentEdition?.title).toBe("難病・慢性疾患就労支援ネットワークフォーラムSAITAMA2026");
    expect(detail?.currentEdition?.venueFullFrom).toBe("2026-01-27");
    expect(detail?.currentEdition?.sessions.map((s) => s.speakers[0]?.name)).toEqual([
      "朝日雅也",
      "大竹祐貴",
    ]);
    const dates = detail?.timeline.map((e) => e.occurredOn) ?? [];
    // The participant survey after the forum is the newest entry; the forum day comes right before it.
    expect(detail?.timeline[0]).toMatchObject({ occurredOn: "2026-03-06", kind: "survey" });
    expect(detail?.timeline.find((e) => e.kind !== "survey")?.occurredOn).toBe("2026-02-21");
    expect(dates.at(-1)).toBe("2025-04-17");
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it("keep a month-only next meeting date as a month", async () => {
    const detail = await findRegionDetail(handle.db, "shutoken");
    // The 10.29 meeting's 「次回11月」; the demo's newer meeting names a day.
    expect(detail?.meetings.find((m) => m.heldOn === "2025-10-29")?.nextMeeting).toEqual({
      date: "2025-11-01",
      precision: "month",
    });
    expect(detail?.meetings[0]?.nextMeeting).toEqual({ date: "2026-12-17", precision: "day" });
  });

  it("return nothing for an unknown slug", async () => {
    expect(await findRegionDetail(handle.db, "atlantis")).toBeUndefined();
  });

  it("seed only an empty database", async () => {
    expect(await seedDemoData(handle.db)).toBe(false);
  });
});
