import { describe, expect, it } from "vitest";
import { trpcError, useTestApi } from "./helpers";

const api = useTestApi();

async function edition(slug: string) {
  const found = (await api.caller.region.bySlug({ slug })).currentEdition;
  if (!found) throw new Error(`demo edition of ${slug}`);
  return found;
}

describe("the retrospective after a forum", () => {
  it("is saved for SAITAMA2026 (開催済), moving it on to 振り返り with a timeline entry and audit rows", async () => {
    const saitama = await edition("saitama");
    expect(await api.caller.retrospective.forEdition({ editionId: saitama.id })).toBeNull();
    const saved = await api.caller.retrospective.save({
      editionId: saitama.id,
      version: null,
      venueAttendance: 78,
      onlineAttendance: 104,
      surveyUrl: "https://forms.example/saitama2026",
      notes: "会場は満席。オンラインの音声について改善を。",
    });
    expect(saved.retrospective).toMatchObject({ venueAttendance: 78, onlineAttendance: 104, version: 1 });
    expect(saved.edition.stage).toBe("retrospective");
    const timeline = await api.caller.timeline.list({ slug: "saitama", kinds: ["edition"] });
    expect(timeline.rows[0]?.title).toBe("ステージを「開催済」から「振り返り」に変更しました");
    const audit = await api.caller.audit.list({ recordType: "edition_retrospective" });
    expect(audit.rows[0]).toMatchObject({ action: "create", recordId: saitama.id });

    // A later save edits it at its version; the edition stays in 振り返り.
    const second = await api.caller.retrospective.save({
      editionId: saitama.id,
      version: 1,
      venueAttendance: 79,
      onlineAttendance: 104,
    });
    expect(second.retrospective).toMatchObject({ venueAttendance: 79, surveyUrl: null, version: 2 });
    expect(second.edition.stage).toBe("retrospective");
    const stale = await trpcError(
      api.caller.retrospective.save({ editionId: saitama.id, version: 1, venueAttendance: 1 }),
    );
    expect(stale.code).toBe("CONFLICT");
    const secondFirst = await trpcError(
      api.caller.retrospective.save({ editionId: saitama.id, version: null }),
    );
    expect(secondFirst.code).toBe("CONFLICT");
  });

  it("cannot be saved before the forum is held, said in Japanese", async () => {
    const error = await trpcError(
      api.caller.retrospective.save({
        editionId: (await edition("fukuoka")).id,
        version: null,
        venueAttendance: 10,
      }),
    );
    expect(error.code).toBe("UNPROCESSABLE_CONTENT");
    expect(error.message).toBe(
      "振り返りは、フォーラムが「開催済」になってから記録できます（現在は「開催決定」です）。",
    );
  });

  it("may be read by the forum's partner but not written by them", async () => {
    const saitama = await edition("saitama");
    const partner = await api.as("partner");
    expect(await partner.retrospective.forEdition({ editionId: saitama.id })).toBeNull();
    expect((await trpcError(partner.retrospective.save({ editionId: saitama.id, version: null }))).code).toBe(
      "FORBIDDEN",
    );
  });
});
