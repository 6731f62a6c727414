import type { DB } from "@kyoso/db";

// Program and announcement records the authorization matrix aims at in both regions. The demo gives SAITAMA2026
// its keynotes and announcements; 首都圏 has none yet, so the matrix adds a session and a draft there. Each
// session gets spare speakers, since the matrix really deletes one per allowed caller.

const SPARE_SPEAKERS = 3;

export async function addProgramFixtures(db: DB): Promise<void> {
  const editions = await db
    .selectFrom("forumEdition")
    .innerJoin("region", "region.id", "forumEdition.regionId")
    .innerJoin("cohostAgreement", "cohostAgreement.editionId", "forumEdition.id")
    .select(["forumEdition.id", "region.slug"])
    .where("region.slug", "in", ["saitama", "shutoken"])
    .distinct()
    .execute();
  for (const edition of editions) {
    let session = await db
      .selectFrom("forumSession")
      .select("id")
      .where("editionId", "=", edition.id)
      .orderBy("position")
      .executeTakeFirst();
    session ??= await db
      .insertInto("forumSession")
      .values({
        editionId: edition.id,
        position: 1,
        kind: "panel",
        title: "パネルディスカッション",
        subtitle: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await db
      .insertInto("sessionSpeaker")
      .values(
        Array.from({ length: SPARE_SPEAKERS }, (_, i) => ({
          sessionId: session.id,
          position: 100 + i,
          name: `登壇者${i + 1}`,
          affiliation: null,
          title: null,
        })),
      )
      .execute();
    const announcement = await db
      .selectFrom("announcement")
      .select("id")
      .where("editionId", "=", edition.id)
      .executeTakeFirst();
    if (!announcement) {
      await db
        .insertInto("announcement")
        .values({
          editionId: edition.id,
          announcedOn: "2026-11-20",
          title: "準備中のお知らせ",
          body: "下書き",
        })
        .execute();
    }
  }
}

/** The records of a region's edition (the one with co-host talks) that program procedures aim at. */
export async function programTarget(db: DB, editionId: string) {
  const session = await db
    .selectFrom("forumSession")
    .select("id")
    .where("editionId", "=", editionId)
    .orderBy("position")
    .executeTakeFirstOrThrow();
  const speaker = await db
    .selectFrom("sessionSpeaker")
    .select("id")
    .where("sessionId", "=", session.id)
    .orderBy("position")
    .executeTakeFirstOrThrow();
  const announcement = await db
    .selectFrom("announcement")
    .select("id")
    .where("editionId", "=", editionId)
    .orderBy("announcedOn")
    .executeTakeFirstOrThrow();
  return { sessionId: session.id, speakerId: speaker.id, announcementId: announcement.id };
}
