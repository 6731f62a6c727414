import { listAuditForRecord } from "@kyoso/db";
import { describe, expect, it } from "vitest";
import { trpcError, useTestApi } from "./helpers";

const api = useTestApi();

async function regionId(slug: string): Promise<string> {
  return (await api.caller.region.bySlug({ slug })).id;
}

async function countRows(table: "forumEdition" | "auditLog" | "timelineEntry"): Promise<number> {
  const row = await api.handle.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const newEdition = (id: string) => ({
  regionId: id,
  year: 2027,
  title: "難病・慢性疾患就労支援ネットワークフォーラムSAITAMA2027",
  stage: "concept" as const,
  heldOn: "2027-02-20",
  venueName: null,
  venueCapacity: 100,
  onlineCapacity: null,
});

describe("forumEdition.create", () => {
  it("creates an edition with an audit row and a timeline entry dated today in Japan", async () => {
    const created = await api.caller.forumEdition.create(newEdition(await regionId("saitama")));
    expect(created).toMatchObject({ year: 2027, stage: "concept", version: 1, venueRegistrations: 0 });
    const audit = await listAuditForRecord(api.handle.db, "forum_edition", created.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "create", before: null, after: { title: created.title } });
    const region = await api.caller.region.bySlug({ slug: "saitama" });
    expect(region.currentEdition?.id).toBe(created.id);
    expect(region.timeline[0]).toMatchObject({ occurredOn: "2026-11-25", kind: "edition" });
  });

  it("refuses a second edition for the same region and year with CONFLICT and writes nothing", async () => {
    const before = await Promise.all([
      countRows("forumEdition"),
      countRows("auditLog"),
      countRows("timelineEntry"),
    ]);
    const error = await trpcError(
      api.caller.forumEdition.create({ ...newEdition(await regionId("saitama")), year: 2026 }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe("この地域には2026年のフォーラムがすでに登録されています。");
    expect(
      await Promise.all([countRows("forumEdition"), countRows("auditLog"), countRows("timelineEntry")]),
    ).toEqual(before);
  });

  it("rejects an empty title as BAD_REQUEST with a Japanese message per field", async () => {
    const error = await trpcError(
      api.caller.forumEdition.create({ ...newEdition(await regionId("saitama")), title: "  " }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(JSON.stringify(error.cause)).toContain("フォーラム名を入力してください。");
  });

  it("rejects a new edition that starts as already held", async () => {
    const error = await trpcError(
      api.caller.forumEdition.create({ ...newEdition(await regionId("saitama")), stage: "held" }),
    );
    expect(error.code).toBe("BAD_REQUEST");
  });

  it("rejects an impossible date such as 2027-02-30", async () => {
    const error = await trpcError(
      api.caller.forumEdition.create({ ...newEdition(await regionId("saitama")), heldOn: "2027-02-30" }),
    );
    expect(error.code).toBe("BAD_REQUEST");
  });

  it("answers NOT_FOUND for a region that does not exist", async () => {
    const error = await trpcError(
      api.caller.forumEdition.create(newEdition("00000000-0000-4000-8000-000000000000")),
    );
    expect(error.code).toBe("NOT_FOUND");
  });
});

describe("forumEdition.update", () => {
  async function hokkaido() {
    const region = await api.caller.region.bySlug({ slug: "hokkaido" });
    if (!region.currentEdition) throw new Error("demo data has a Hokkaido edition");
    return region.currentEdition;
  }

  it("moves one step along the path, bumps the version and logs the change", async () => {
    const edition = await hokkaido();
    const updated = await api.caller.forumEdition.update({
      id: edition.id,
      version: edition.version,
      stage: "approach",
    });
    expect(updated).toMatchObject({ stage: "approach", version: edition.version + 1 });
    const audit = await listAuditForRecord(api.handle.db, "forum_edition", edition.id);
    expect(
      audit.map((a) => [
        a.action,
        (a.before as { stage: string }).stage,
        (a.after as { stage: string }).stage,
      ]),
    ).toEqual([["update", "concept", "approach"]]);
    const region = await api.caller.region.bySlug({ slug: "hokkaido" });
    expect(region.timeline[0]?.title).toBe("ステージを「構想」から「打診・説明」に変更しました");
  });

  it("refuses a jump from 構想 to 開催済 with a Japanese reason and changes nothing", async () => {
    const edition = await hokkaido();
    const auditBefore = await countRows("auditLog");
    const error = await trpcError(
      api.caller.forumEdition.update({
        id: edition.id,
        version: edition.version,
        stage: "held",
        venueName: "札幌",
      }),
    );
    expect(error.code).toBe("UNPROCESSABLE_CONTENT");
    expect(error.message).toContain("「構想」から「開催済」へ変更することはできません");
    expect(await api.caller.forumEdition.byId({ id: edition.id })).toMatchObject({
      stage: "concept",
      venueName: null,
      version: edition.version,
    });
    expect(await countRows("auditLog")).toBe(auditBefore);
  });

  it("fails with CONFLICT on a stale version and keeps the newer edit", async () => {
    const edition = await hokkaido();
    await api.caller.forumEdition.update({
      id: edition.id,
      version: edition.version,
      venueName: "札幌市民交流プラザ",
    });
    const error = await trpcError(
      api.caller.forumEdition.update({ id: edition.id, version: edition.version, venueName: "かでる2・7" }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain("再読み込み");
    expect((await api.caller.forumEdition.byId({ id: edition.id })).venueName).toBe("札幌市民交流プラザ");
  });

  it("lets exactly one of two concurrent edits of the same version win", async () => {
    const edition = await hokkaido();
    const results = await Promise.allSettled([
      api.caller.forumEdition.update({ id: edition.id, version: edition.version, venueName: "A" }),
      api.caller.forumEdition.update({ id: edition.id, version: edition.version, venueName: "B" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected");
    expect((rejected as PromiseRejectedResult).reason.code).toBe("CONFLICT");
    expect((await api.caller.forumEdition.byId({ id: edition.id })).version).toBe(edition.version + 1);
  });

  it("rejects a venue-full date after the forum date, even when only one of them is sent", async () => {
    const saitama = (await api.caller.region.bySlug({ slug: "saitama" })).currentEdition;
    if (!saitama) throw new Error("demo data has SAITAMA2026");
    const error = await trpcError(
      api.caller.forumEdition.update({
        id: saitama.id,
        version: saitama.version,
        venueFullFrom: "2026-03-01",
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe("会場満席の日付は開催日以前にしてください。");
  });

  it("answers NOT_FOUND for an unknown edition", async () => {
    const error = await trpcError(
      api.caller.forumEdition.update({ id: "00000000-0000-4000-8000-000000000000", version: 1, title: "x" }),
    );
    expect(error.code).toBe("NOT_FOUND");
  });
});
