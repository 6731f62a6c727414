import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { trpcError, useTestApi } from "./helpers";

// "Today" in these tests is 2026-11-25 (Japan). FUKUOKA2027 is 開催決定, on 2027-02-20, with no capacity set.
const api = useTestApi();
const fixture = async (name: string) =>
  (await readFile(path.join(import.meta.dirname, "fixtures", name))).toString("base64");

async function fukuoka() {
  const edition = (await api.caller.region.bySlug({ slug: "fukuoka" })).currentEdition;
  if (!edition) throw new Error("demo FUKUOKA2027");
  return edition;
}

const counts = { venueCapacity: 80, onlineCapacity: 200, onlineRegistrations: 30 };

async function venueFullDrafts(editionId: string) {
  const list = await api.caller.announcement.forEdition({ editionId });
  return list.filter((a) => a.origin === "venue_full");
}

describe("capacity entered by hand", () => {
  it("stays open one registration short of capacity, with no announcement", async () => {
    const edition = await fukuoka();
    const result = await api.caller.capacity.set({
      editionId: edition.id,
      version: edition.version,
      ...counts,
      venueRegistrations: 79,
    });
    expect(result.edition).toMatchObject({ venueRegistrations: 79, venueFullFrom: null });
    expect(result.venueFullAnnouncement).toBeNull();
    expect(await venueFullDrafts(edition.id)).toEqual([]);
  });

  it("switches to online-only from today when registrations reach capacity, drafting exactly one announcement", async () => {
    const edition = await fukuoka();
    const full = await api.caller.capacity.set({
      editionId: edition.id,
      version: edition.version,
      ...counts,
      venueRegistrations: 80,
    });
    expect(full.edition.venueFullFrom).toBe("2026-11-25");
    expect(full.venueFullAnnouncement).toMatchObject({
      status: "draft",
      announcedOn: "2026-11-25",
      body: "会場参加枠は定員となりました。オンラインでのご参加のみ受付となります。",
    });

    // A later write (one more registration) neither moves the date nor drafts a second announcement.
    const later = await api.caller.capacity.set({
      editionId: edition.id,
      version: full.edition.version,
      ...counts,
      venueRegistrations: 81,
    });
    expect(later.edition.venueFullFrom).toBe("2026-11-25");
    expect(later.venueFullAnnouncement).toBeNull();
    expect(await venueFullDrafts(edition.id)).toHaveLength(1);

    const audit = await api.caller.audit.list({ recordType: "announcement" });
    expect(audit.rows.map((r) => r.recordId)).toContain(full.venueFullAnnouncement?.id);
    const timeline = await api.caller.timeline.list({ slug: "fukuoka", kinds: ["edition"] });
    expect(timeline.rows[0]).toMatchObject({
      title: "会場参加枠が定員に達しました（2026年11月25日(水)からオンライン参加のみ）",
      isPublic: false,
    });
  });

  it("fills the venue through the forum edition form as well, still with one announcement only", async () => {
    const edition = await fukuoka();
    const updated = await api.caller.forumEdition.update({
      id: edition.id,
      version: edition.version,
      venueCapacity: 50,
      venueRegistrations: 50,
    });
    expect(updated.venueFullFrom).toBe("2026-11-25");
    // Clearing the date by hand while still full: the switch turns again, and the draft is not duplicated.
    await api.caller.forumEdition.update({ id: edition.id, version: updated.version, venueFullFrom: null });
    expect(await venueFullDrafts(edition.id)).toHaveLength(1);
  });

  it("never switches with unlimited venue capacity", async () => {
    const edition = await fukuoka();
    const result = await api.caller.capacity.set({
      editionId: edition.id,
      version: edition.version,
      ...counts,
      venueCapacity: null,
      venueRegistrations: 5000,
    });
    expect(result.edition.venueFullFrom).toBeNull();
  });

  it("refuses a stale version with CONFLICT and a negative count with a Japanese message", async () => {
    const edition = await fukuoka();
    const stale = await trpcError(
      api.caller.capacity.set({
        editionId: edition.id,
        version: edition.version + 1,
        ...counts,
        venueRegistrations: 1,
      }),
    );
    expect(stale.code).toBe("CONFLICT");
    const negative = await trpcError(
      api.caller.capacity.set({
        editionId: edition.id,
        version: edition.version,
        ...counts,
        venueRegistrations: -1,
      }),
    );
    expect(negative.code).toBe("BAD_REQUEST");
    expect(JSON.stringify(negative.cause)).toContain("会場参加の申込数は0以上で入力してください。");
  });
});

describe("registration counts from a registration service's CSV", () => {
  it("previews a Shift_JIS export without writing, and commits it: full from the day the 3rd venue seat went", async () => {
    const edition = await fukuoka();
    await api.caller.capacity.set({
      editionId: edition.id,
      version: edition.version,
      venueCapacity: 3,
      onlineCapacity: null,
      venueRegistrations: 0,
      onlineRegistrations: 0,
    });
    const current = await api.caller.forumEdition.byId({ id: edition.id });
    const file = await fixture("registrations-excel-sjis.csv");

    const preview = await api.caller.capacity.importPreview({ editionId: edition.id, fileBase64: file });
    expect(preview).toMatchObject({
      venue: 4,
      online: 2,
      cancelled: 1,
      rejected: [],
      venueFullFrom: "2026-11-03",
      becomesVenueFull: true,
    });
    expect((await api.caller.forumEdition.byId({ id: edition.id })).venueRegistrations).toBe(0);

    const committed = await api.caller.capacity.importCommit({
      editionId: edition.id,
      version: current.version,
      fileBase64: file,
    });
    expect(committed.edition).toMatchObject({
      venueRegistrations: 4,
      onlineRegistrations: 2,
      venueFullFrom: "2026-11-03",
    });
    expect(committed.venueFullAnnouncement).toMatchObject({ announcedOn: "2026-11-03", status: "draft" });
  });

  it("reads UTF-8 with a BOM, and stays open below capacity", async () => {
    const edition = await fukuoka();
    const preview = await api.caller.capacity.importPreview({
      editionId: edition.id,
      fileBase64: await fixture("registrations-utf8-bom.csv"),
    });
    expect(preview).toMatchObject({ venue: 3, online: 1, becomesVenueFull: false, venueFullFrom: null });
  });

  it("names unreadable lines in Japanese and refuses to commit a file with them", async () => {
    const edition = await fukuoka();
    const file = await fixture("registrations-malformed.csv");
    const preview = await api.caller.capacity.importPreview({ editionId: edition.id, fileBase64: file });
    expect(preview.rejected).toEqual([
      { line: 3, reasons: ["申込日がありません。"] },
      { line: 4, reasons: ["申込日「2026-11-31」を日付として読み取れません。"] },
      { line: 5, reasons: ["参加形態「当日決める」が会場かオンラインか判別できません。"] },
    ]);
    const error = await trpcError(
      api.caller.capacity.importCommit({ editionId: edition.id, version: edition.version, fileBase64: file }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe(
      "読み取れない行があります（3行目、4行目、5行目）。CSVを直してから取り込んでください。",
    );
  });

  it("names the missing columns", async () => {
    const edition = await fukuoka();
    const error = await trpcError(
      api.caller.capacity.importPreview({
        editionId: edition.id,
        fileBase64: Buffer.from("氏名,メール\nA,a@example.jp\n").toString("base64"),
      }),
    );
    expect(error.message).toBe("CSVの1行目に「申込日」「参加形態」の列が必要です（申込1件につき1行）。");
  });
});
