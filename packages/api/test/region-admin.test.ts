import { listAuditForRecord } from "@kyoso/db";
import { describe, expect, it } from "vitest";
import { trpcError, useTestApi } from "./helpers";

const api = useTestApi();

const chiba = {
  slug: "chiba",
  nameJa: "千葉県",
  nameEn: "Chiba",
  kind: "prefecture" as const,
  prefectureCodes: ["12"],
};

describe("regions the national team manages (region.create / rename / setArchived)", () => {
  it("creates 千葉県 with its prefecture, audited, and a 千葉県 member can then be invited into it", async () => {
    const created = await api.caller.region.create(chiba);
    expect(created).toMatchObject({
      slug: "chiba",
      nameJa: "千葉県",
      kind: "prefecture",
      prefectureCodes: ["12"],
    });
    expect(created.archivedAt).toBeNull();
    const audit = await listAuditForRecord(api.handle.db, "region", created.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "create", regionId: created.id });

    const invited = await api.caller.user.invite({
      email: "chiba-member@kyoso.example",
      displayName: "千葉の委員",
      role: "committee",
      regionIds: [created.id],
    });
    expect(invited.user.regionIds).toEqual([created.id]);
    expect((await api.caller.region.list()).map((r) => r.slug)).toContain("chiba");
  });

  it("creates a named area of several prefectures, and refuses an area of one or a prefecture of two", async () => {
    const area = await api.caller.region.create({
      slug: "kinki",
      nameJa: "近畿圏",
      nameEn: "Kinki area",
      kind: "area",
      prefectureCodes: ["27", "26", "28"],
    });
    expect(area.prefectureCodes).toEqual(["26", "27", "28"]);
    const oneArea = await trpcError(api.caller.region.create({ ...chiba, kind: "area", slug: "x1" }));
    expect(oneArea.code).toBe("BAD_REQUEST");
    expect(oneArea.message).toContain("複数の都道府県からなる地域には都道府県を2つ以上選んでください。");
    const twoPrefectures = await trpcError(
      api.caller.region.create({ ...chiba, slug: "x2", prefectureCodes: ["12", "13"] }),
    );
    expect(twoPrefectures.code).toBe("BAD_REQUEST");
  });

  it("refuses a slug already in use and a second active region for 埼玉県, but 千葉県 may overlap 首都圏", async () => {
    const slug = await trpcError(api.caller.region.create({ ...chiba, slug: "saitama" }));
    expect(slug.code).toBe("CONFLICT");
    expect(slug.message).toContain("すでにあります");
    const saitama = await trpcError(
      api.caller.region.create({ ...chiba, slug: "saitama2", nameJa: "埼玉", prefectureCodes: ["11"] }),
    );
    expect(saitama.code).toBe("CONFLICT");
    expect(saitama.message).toBe("埼玉県の地域「埼玉県」はすでにあります。");
    // 首都圏 covers 千葉, yet 千葉県 is a region of its own.
    await expect(api.caller.region.create(chiba)).resolves.toMatchObject({ slug: "chiba" });
  });

  it("renames a region keeping its slug, and refuses a rename based on a stale version", async () => {
    const created = await api.caller.region.create(chiba);
    const renamed = await api.caller.region.rename({
      id: created.id,
      version: created.version,
      nameJa: "千葉県（房総）",
      nameEn: "Chiba (Boso)",
    });
    expect(renamed).toMatchObject({ slug: "chiba", nameJa: "千葉県（房総）", version: created.version + 1 });
    const stale = await trpcError(
      api.caller.region.rename({ id: created.id, version: created.version, nameJa: "千葉", nameEn: "Chiba" }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toContain("他の人によって更新されています");
    const audit = await listAuditForRecord(api.handle.db, "region", created.id);
    expect(audit.map((a) => a.action).sort()).toEqual(["create", "update"]);
  });

  it("an archived region leaves the overview and the region list but keeps its page; unarchiving brings it back", async () => {
    const [saitama] = (await api.caller.region.manageList()).filter((r) => r.slug === "saitama");
    if (!saitama) throw new Error("saitama missing");
    const archived = await api.caller.region.setArchived({
      id: saitama.id,
      version: saitama.version,
      archived: true,
    });
    expect(archived.archivedAt).toBe("2026-11-25T03:00:00.000Z");
    expect((await api.caller.region.list()).map((r) => r.slug)).not.toContain("saitama");
    expect((await api.caller.overview.get({})).regions.map((r) => r.slug)).not.toContain("saitama");
    // Its history stays: the page still opens with its timeline.
    const page = await api.caller.region.bySlug({ slug: "saitama" });
    expect(page.timeline.length).toBeGreaterThan(0);
    // The national team's list keeps it, last.
    const managed = await api.caller.region.manageList();
    expect(managed.at(-1)?.slug).toBe("saitama");

    const back = await api.caller.region.setArchived({
      id: saitama.id,
      version: archived.version,
      archived: false,
    });
    expect(back.archivedAt).toBeNull();
    expect((await api.caller.region.list()).map((r) => r.slug)).toContain("saitama");
  });

  it("only the national team may create, rename or archive (a committee member is FORBIDDEN)", async () => {
    const committee = await api.as("shutoken");
    const error = await trpcError(committee.region.create(chiba));
    expect(error.code).toBe("FORBIDDEN");
    expect((await api.caller.region.manageList()).map((r) => r.slug)).not.toContain("chiba");
  });
});
