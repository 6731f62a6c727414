import { findPublicForumPage } from "@kyoso/db";
import { describe, expect, it } from "vitest";
import { trpcError, useTestApi } from "./helpers";

const api = useTestApi();

async function edition(slug: string) {
  const found = (await api.caller.region.bySlug({ slug })).currentEdition;
  if (!found) throw new Error(`demo edition of ${slug}`);
  return found;
}

const publicTitles = async (slug: string, year: number) =>
  (await findPublicForumPage(api.handle.db, slug, year))?.announcements.map((a) => a.title);

describe("announcements (お知らせ)", () => {
  it("lists SAITAMA2026's, newest first, with the venue-full notice of 1/27 published and a draft", async () => {
    const list = await api.caller.announcement.forEdition({ editionId: (await edition("saitama")).id });
    expect(list.map((a) => [a.announcedOn, a.status, a.title])).toEqual([
      ["2026-03-10", "draft", "フォーラム開催のご報告"],
      ["2026-01-27", "published", "当日会場参加枠は、定員となりました"],
      ["2026-01-27", "published", "基調講演のテーマが決まりました"],
    ]);
    expect(await publicTitles("saitama", 2026)).toEqual([
      "当日会場参加枠は、定員となりました",
      "基調講演のテーマが決まりました",
    ]);
  });

  it("shows the forum's partner only the published ones, never the committee's drafts", async () => {
    const partner = await api.as("partner");
    const list = await partner.announcement.forEdition({ editionId: (await edition("saitama")).id });
    expect(list.map((a) => a.status)).toEqual(["published", "published"]);
  });

  it("are written as drafts, published onto the public page and the timeline, then taken back", async () => {
    const fukuoka = await edition("fukuoka");
    const draft = await api.caller.announcement.create({
      editionId: fukuoka.id,
      announcedOn: "2026-11-25",
      title: "FUKUOKA2027 開催決定",
      body: "2027年2月20日(土)に開催します。",
    });
    expect(draft).toMatchObject({ status: "draft", publishedAt: null, version: 1 });
    expect(await publicTitles("fukuoka", 2027)).toEqual([]);

    const published = await api.caller.announcement.publish({ id: draft.id, version: draft.version });
    expect(published.status).toBe("published");
    expect(published.publishedAt).not.toBeNull();
    expect(await publicTitles("fukuoka", 2027)).toEqual(["FUKUOKA2027 開催決定"]);
    const timeline = await api.caller.timeline.list({ slug: "fukuoka", kinds: ["announcement"] });
    expect(timeline.rows.map((r) => [r.title, r.isPublic, r.sourceId])).toEqual([
      ["FUKUOKA2027 開催決定", true, draft.id],
    ]);

    const edited = await api.caller.announcement.update({
      id: draft.id,
      version: published.version,
      title: "FUKUOKA2027の開催が決まりました",
    });
    expect(
      (await api.caller.timeline.list({ slug: "fukuoka", kinds: ["announcement"] })).rows[0]?.title,
    ).toBe("FUKUOKA2027の開催が決まりました");
    const again = await trpcError(api.caller.announcement.publish({ id: draft.id, version: edited.version }));
    expect(again.message).toBe("このお知らせはすでに公開されています。");

    const back = await api.caller.announcement.unpublish({ id: draft.id, version: edited.version });
    expect(back).toMatchObject({ status: "draft", publishedAt: null });
    expect(await publicTitles("fukuoka", 2027)).toEqual([]);
    expect((await api.caller.timeline.list({ slug: "fukuoka", kinds: ["announcement"] })).total).toBe(0);

    await api.caller.announcement.delete({ id: draft.id, version: back.version });
    expect(await api.caller.announcement.forEdition({ editionId: fukuoka.id })).toEqual([]);
    const audit = await api.caller.audit.list({ recordType: "announcement" });
    expect(audit.rows.filter((r) => r.recordId === draft.id).map((r) => r.action)).toEqual([
      "delete",
      "update",
      "update",
      "update",
      "create",
    ]);
  });

  it("cannot be published before the forum is 開催決定, said in Japanese", async () => {
    const draft = await api.caller.announcement.create({
      editionId: (await edition("shutoken")).id,
      announcedOn: "2026-11-25",
      title: "準備中",
      body: "まだ公開しません。",
    });
    const error = await trpcError(api.caller.announcement.publish({ id: draft.id, version: draft.version }));
    expect(error.code).toBe("UNPROCESSABLE_CONTENT");
    expect(error.message).toBe(
      "フォーラムが「調整中」のため、お知らせは公開できません。「開催決定」になってから公開してください。",
    );
  });

  it("refuse a stale version and a 埼玉 member editing 首都圏's", async () => {
    const [first] = await api.caller.announcement.forEdition({ editionId: (await edition("saitama")).id });
    if (!first) throw new Error("demo announcement");
    expect(
      (await trpcError(api.caller.announcement.delete({ id: first.id, version: first.version + 1 }))).code,
    ).toBe("CONFLICT");
    const shutoken = await api.caller.announcement.create({
      editionId: (await edition("shutoken")).id,
      announcedOn: "2026-11-25",
      title: "首都圏",
      body: "本文",
    });
    const saitama = await api.as("saitama");
    expect(
      (await trpcError(saitama.announcement.update({ id: shutoken.id, version: 1, title: "書き換え" }))).code,
    ).toBe("FORBIDDEN");
  });
});
