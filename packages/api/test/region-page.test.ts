import { describe, expect, it } from "vitest";
import { trpcError, useTestApi } from "./helpers";

const api = useTestApi();

describe("region.page: the summary, plus the full record when the caller may read it", () => {
  it("gives a committee member of the region the full record and the current forum's milestones", async () => {
    const saitama = await api.as("saitama");
    const page = await saitama.region.page({ slug: "saitama" });
    expect(page.summary).toEqual(await saitama.region.summary({ slug: "saitama" }));
    expect(page.detail).toEqual(await saitama.region.bySlug({ slug: "saitama" }));
    const editionId = page.detail?.currentEdition?.id;
    if (!editionId) throw new Error("saitama has a current forum in the demo data");
    expect(page.milestones).toEqual(await saitama.milestone.forEdition({ editionId }));
    expect(page.milestones?.length).toBeGreaterThan(0);
  });

  it("gives the national team every region's full record", async () => {
    const page = await api.caller.region.page({ slug: "shutoken" });
    expect(page.detail).toEqual(await api.caller.region.bySlug({ slug: "shutoken" }));
    expect(page.milestones).not.toBeNull();
  });

  it.each([
    ["a committee member of another region", "saitama", "shutoken"],
    ["a partner, in their own forum's region", "partner", "saitama"],
    ["pro bono staff", "probono", "saitama"],
  ] as const)("gives %s the summary only, no free text", async (_who, user, slug) => {
    const caller = await api.as(user);
    const page = await caller.region.page({ slug });
    expect(page).toEqual({
      summary: await api.caller.region.summary({ slug }),
      detail: null,
      milestones: null,
    });
    // The full record's timeline holds notes' bodies; none of them may reach a caller without region.read.
    const full = await api.caller.region.bySlug({ slug });
    const bodies = full.timeline.map((e) => e.body).filter((b): b is string => Boolean(b));
    expect(bodies.length).toBeGreaterThan(0);
    const text = JSON.stringify(page);
    expect(bodies.filter((b) => text.includes(b))).toEqual([]);
  });

  it("refuses a partner another region's page, as region.summary does", async () => {
    const partner = await api.as("partner");
    const error = await trpcError(partner.region.page({ slug: "shutoken" }));
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toBe("この操作を行う権限がありません。");
    expect((await trpcError(partner.region.summary({ slug: "shutoken" }))).code).toBe("FORBIDDEN");
  });

  it("answers an unknown region as region.summary does: NOT_FOUND in Japanese, FORBIDDEN to a partner", async () => {
    for (const user of ["national", "saitama"] as const) {
      const error = await trpcError((await api.as(user)).region.page({ slug: "atlantis" }));
      expect(error.code).toBe("NOT_FOUND");
      expect(error.message).toBe("指定された地域が見つかりません。");
    }
    const partner = await api.as("partner");
    expect((await trpcError(partner.region.page({ slug: "atlantis" }))).code).toBe("FORBIDDEN");
    expect((await trpcError(partner.region.summary({ slug: "atlantis" }))).code).toBe("FORBIDDEN");
  });

  it("asks no one signed out", async () => {
    expect((await trpcError(api.anonymous().region.page({ slug: "saitama" }))).code).toBe("UNAUTHORIZED");
  });
});
