import type { Kysely } from "kysely";
import type { Database } from "../schema";

// SAITAMA2026's announcements (お知らせ), as the organizers' page has them (shared/seed/forum-site.txt, 1/27).
// The demo timeline already logs both on 1/27 as public 'announcement' entries: they become the timeline
// side of these announcements (linked by source), as publishing one does, so the public page shows each once.

interface DemoAnnouncement {
  title: string;
  body: string;
  announcedOn: string;
  /** Published at (Japan time); absent: a draft. */
  publishedAt?: string;
  origin?: "venue_full";
}

const SAITAMA_2026: DemoAnnouncement[] = [
  {
    title: "基調講演のテーマが決まりました",
    body: [
      "フォーラム前半の基調講演のタイトルは以下となります。",
      "「難病者の就労を実現する3つのプレイヤー」\n埼玉県立大学名誉教授 朝日雅也先生",
      "「難病患者の就労支援についての現状と課題 ～難病患者の就労困難性に関する調査研究より～」\nJEED 障害者職業総合センター 大竹祐貴様",
    ].join("\n\n"),
    announcedOn: "2026-01-27",
    publishedAt: "2026-01-27T10:00:00+09:00",
  },
  {
    title: "当日会場参加枠は、定員となりました",
    body: "2月21日(土)開催のフォーラム、会場の定員が満席となりました。1月27日からは、オンラインでのご参加のみ、受付となります。\n\nどうぞよろしくお願いいたします。",
    announcedOn: "2026-01-27",
    publishedAt: "2026-01-27T12:00:00+09:00",
    origin: "venue_full",
  },
  {
    title: "フォーラム開催のご報告",
    body: "2月21日(土)のフォーラムには、会場とオンラインでご参加いただき、ありがとうございました。当日の様子とアンケートの結果は、まとまり次第お知らせします。",
    announcedOn: "2026-03-10",
  },
];

export async function seedForum(db: Kysely<Database>): Promise<void> {
  const edition = await db
    .selectFrom("forumEdition")
    .innerJoin("region", "region.id", "forumEdition.regionId")
    .select(["forumEdition.id", "region.id as regionId"])
    .where("region.slug", "=", "saitama")
    .where("forumEdition.year", "=", 2026)
    .executeTakeFirstOrThrow();
  for (const a of SAITAMA_2026) {
    const published = a.publishedAt !== undefined;
    const row = await db
      .insertInto("announcement")
      .values({
        editionId: edition.id,
        announcedOn: a.announcedOn,
        title: a.title,
        body: a.body,
        status: published ? "published" : "draft",
        origin: a.origin ?? null,
        publishedAt: a.publishedAt ? new Date(a.publishedAt) : null,
        createdAt: new Date(a.publishedAt ?? `${a.announcedOn}T09:00:00+09:00`),
        updatedAt: new Date(a.publishedAt ?? `${a.announcedOn}T09:00:00+09:00`),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    if (!published) continue;
    const linked = await db
      .updateTable("timelineEntry")
      .set({ sourceType: "announcement", sourceId: row.id, body: a.body })
      .where("regionId", "=", edition.regionId)
      .where("kind", "=", "announcement")
      .where("title", "=", a.title)
      .executeTakeFirst();
    if (linked.numUpdatedRows === 0n) {
      await db
        .insertInto("timelineEntry")
        .values({
          regionId: edition.regionId,
          occurredOn: a.announcedOn,
          kind: "announcement",
          title: a.title,
          body: a.body,
          isPublic: true,
          sourceType: "announcement",
          sourceId: row.id,
        })
        .execute();
    }
  }
}
