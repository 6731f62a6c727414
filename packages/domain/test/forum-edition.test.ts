import { describe, expect, it } from "vitest";
import { forumEditionCreateSchema, forumEditionUpdateSchema, PREFECTURES, REGION_BLOCKS } from "../src/index";

const valid = {
  regionId: "5f0c3a4e-8a1b-4c3d-9e2f-1a2b3c4d5e6f",
  year: 2027,
  title: "難病・慢性疾患就労支援ネットワークフォーラムSAITAMA2027",
  stage: "concept",
  heldOn: "2027-02-20",
  venueName: null,
  venueCapacity: 80,
  onlineCapacity: null,
};

describe("forum edition input", () => {
  it("accepts a complete new edition and defaults registrations to zero", () => {
    const parsed = forumEditionCreateSchema.parse(valid);
    expect(parsed).toMatchObject({ venueRegistrations: 0, onlineRegistrations: 0, venueFullFrom: null });
  });

  it("trims the title and refuses a blank one in Japanese", () => {
    const result = forumEditionCreateSchema.safeParse({ ...valid, title: "   " });
    expect(result.error?.issues[0]?.message).toBe("フォーラム名を入力してください。");
  });

  it("refuses a negative capacity", () => {
    const result = forumEditionCreateSchema.safeParse({ ...valid, venueCapacity: -1 });
    expect(result.error?.issues[0]?.message).toBe("定員は0以上で入力してください。");
  });

  it("refuses creating an edition past 開催決定", () => {
    expect(forumEditionCreateSchema.safeParse({ ...valid, stage: "decided" }).success).toBe(true);
    expect(forumEditionCreateSchema.safeParse({ ...valid, stage: "announced" }).success).toBe(false);
  });

  it("refuses a venue-full date after the forum date, and accepts the forum day itself", () => {
    const base = { id: valid.regionId, version: 1, heldOn: "2026-02-21" };
    expect(forumEditionUpdateSchema.safeParse({ ...base, venueFullFrom: "2026-02-21" }).success).toBe(true);
    expect(forumEditionUpdateSchema.safeParse({ ...base, venueFullFrom: "2026-02-22" }).success).toBe(false);
  });
});

describe("prefectures", () => {
  it("are the 47 in JIS order, each in one of the eight blocks", () => {
    expect(PREFECTURES).toHaveLength(47);
    expect(PREFECTURES[0]).toMatchObject({ code: "01", nameJa: "北海道" });
    expect(PREFECTURES[46]).toMatchObject({ code: "47", nameJa: "沖縄県", block: "九州・沖縄" });
    expect(new Set(PREFECTURES.map((p) => p.block))).toEqual(new Set(REGION_BLOCKS));
  });
});
