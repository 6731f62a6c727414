import { text } from "node:stream/consumers";
import {
  findPublicForumPage,
  findPublicRegionFeed,
  findPublicSurvey,
  listAuditForRecord,
  listSurveyCopySources,
  recountTallies,
} from "@kyoso/db";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { createContextInner } from "../src/context";
import { surveyCsvStream } from "../src/services/survey-results";
import { surveyXlsxStream } from "../src/services/survey-sheet";
import { requireSurvey } from "../src/services/surveys";
import { announcementTrash } from "../src/services/trash/announcements";
import { sessionTrash, speakerTrash } from "../src/services/trash/program";
import { surveyResponseTrash, surveyTrash } from "../src/services/trash/surveys";
import type { TrashKind } from "../src/services/trash/types";
import { audited, type Write } from "../src/services/write";
import { trpcError, useTestApi } from "./helpers";
import { surveyFixtures } from "./survey-fixtures";

// Announcements, program sessions and speakers, surveys and single survey answers can be corrected: edits are
// versioned and audited with before and after; a delete is soft and takes the record off every list, the public
// page, the Atom feed, the timeline, the results and the exports at once; the trash kinds restore and purge.
// "Today" in these tests is 2026-11-25 (Japan).

const api = useTestApi();
const { openSurvey, submit } = surveyFixtures(api);
const RELOAD = "画面を再読み込みしてから、もう一度";

async function edition(slug: string) {
  const found = (await api.caller.region.bySlug({ slug })).currentEdition;
  if (!found) throw new Error(`demo edition of ${slug}`);
  return found;
}

/** Runs a trash kind's write the way the trash service does: in one audited transaction. */
const trash = <T>(run: (write: Write) => Promise<T>) =>
  audited(createContextInner({ db: api.handle.db, engine: api.handle.engine }), run);

const deletedIds = async (kind: TrashKind, regionId: string) =>
  (await kind.listDeleted(api.handle.db, regionId, new Date(Date.now() - 60_000))).map((r) => r.id);

const lastAudit = async (recordType: string, id: string) =>
  (await listAuditForRecord(api.handle.db, recordType, id)).at(-1);

describe("announcements", () => {
  it("edits with a version (a stale screen gets CONFLICT in Japanese) and audits before and after", async () => {
    const saitama = await edition("saitama");
    const [newest] = await api.caller.announcement.forEdition({ editionId: saitama.id });
    if (!newest) throw new Error("demo announcement");
    const edited = await api.caller.announcement.update({
      id: newest.id,
      version: newest.version,
      title: "フォーラム開催のご報告（訂正）",
    });
    expect(edited.version).toBe(newest.version + 1);
    const stale = await trpcError(
      api.caller.announcement.update({ id: newest.id, version: newest.version, title: "古い画面から" }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toContain(RELOAD);
    const audit = await lastAudit("announcement", newest.id);
    expect(audit).toMatchObject({
      action: "update",
      before: { title: newest.title },
      after: { title: "フォーラム開催のご報告（訂正）" },
    });
  });

  it("a deleted published one leaves the list, the public page, the Atom feed and the timeline at once; restored, it is back", async () => {
    const saitama = await edition("saitama");
    const list = await api.caller.announcement.forEdition({ editionId: saitama.id });
    const published = list.find((a) => a.title === "基調講演のテーマが決まりました");
    if (!published) throw new Error("published demo announcement");
    const onTimeline = async () =>
      (await api.caller.timeline.list({ slug: "saitama", kinds: ["announcement"] })).rows.some(
        (r) => r.sourceId === published.id,
      );
    expect(await onTimeline()).toBe(true);

    const stale = await trpcError(
      api.caller.announcement.delete({ id: published.id, version: published.version + 1 }),
    );
    expect(stale.code).toBe("CONFLICT");
    const deleted = await api.caller.announcement.delete({ id: published.id, version: published.version });
    expect(deleted).toMatchObject({ id: published.id, recordType: "announcement" });
    expect(Date.parse(deleted.deletedAt)).not.toBeNaN();

    const ids = (await api.caller.announcement.forEdition({ editionId: saitama.id })).map((a) => a.id);
    expect(ids).not.toContain(published.id);
    const page = await findPublicForumPage(api.handle.db, "saitama", 2026);
    expect(page?.announcements.map((a) => a.id)).not.toContain(published.id);
    const feed = await findPublicRegionFeed(api.handle.db, "saitama");
    expect(feed?.announcements.map((a) => a.id)).not.toContain(published.id);
    expect(await onTimeline()).toBe(false);
    const gone = await trpcError(
      api.caller.announcement.update({ id: published.id, version: published.version, title: "x" }),
    );
    expect(gone.code).toBe("NOT_FOUND");
    expect(await lastAudit("announcement", published.id)).toMatchObject({
      action: "delete",
      before: { id: published.id, title: published.title },
      after: null,
    });

    expect(await deletedIds(announcementTrash, saitama.regionId)).toEqual([published.id]);
    expect(await announcementTrash.regionOf(api.handle.db, published.id)).toBe(saitama.regionId);
    expect(await trash((w) => announcementTrash.restore(w, published.id))).toBe(true);
    expect(await trash((w) => announcementTrash.restore(w, published.id))).toBe(false);
    expect(
      (await findPublicForumPage(api.handle.db, "saitama", 2026))?.announcements.map((a) => a.id),
    ).toContain(published.id);
    expect(await onTimeline()).toBe(true);
    expect((await lastAudit("announcement", published.id))?.action).toBe("restore");
  });

  it("purges only a deleted one, for good", async () => {
    const saitama = await edition("saitama");
    const [newest] = await api.caller.announcement.forEdition({ editionId: saitama.id });
    if (!newest) throw new Error("demo announcement");
    expect(await trash((w) => announcementTrash.purge(w, newest.id))).toBe(false);
    await api.caller.announcement.delete({ id: newest.id, version: newest.version });
    expect(await trash((w) => announcementTrash.purge(w, newest.id))).toBe(true);
    expect(await announcementTrash.regionOf(api.handle.db, newest.id)).toBeUndefined();
    expect(await trash((w) => announcementTrash.restore(w, newest.id))).toBe(false);
    expect((await lastAudit("announcement", newest.id))?.action).toBe("purge");
  });
});

describe("program sessions and speakers", () => {
  it("a deleted session leaves the program, the region page and the public page with its speakers; restored, it comes last", async () => {
    const saitama = await edition("saitama");
    const program = await api.caller.program.forEdition({ editionId: saitama.id });
    const [first, second] = program.sessions;
    if (!first || !second) throw new Error("two demo sessions");
    const firstSpeaker = first.speakers[0]?.name;
    if (!firstSpeaker) throw new Error("keynote speaker");

    const deleted = await api.caller.program.deleteSession({ id: first.id, version: first.version });
    expect(deleted).toMatchObject({ id: first.id, recordType: "forum_session" });
    const after = await api.caller.program.forEdition({ editionId: saitama.id });
    expect(after.sessions.map((s) => s.id)).not.toContain(first.id);
    const regionPage = await api.caller.region.bySlug({ slug: "saitama" });
    expect(regionPage.currentEdition?.sessions.map((s) => s.title)).not.toContain(first.title);
    const page = await findPublicForumPage(api.handle.db, "saitama", 2026);
    expect(page?.sessions.map((s) => s.title)).not.toContain(first.title);
    expect(page?.sessions.flatMap((s) => s.speakers.map((sp) => sp.name))).not.toContain(firstSpeaker);
    const edit = await trpcError(
      api.caller.program.updateSession({ id: first.id, version: first.version, kind: "keynote", title: "x" }),
    );
    expect(edit.code).toBe("NOT_FOUND");

    // The remaining sessions can still be reordered, and a new one added, around the deleted one's old place.
    await api.caller.program.reorderSessions({
      editionId: saitama.id,
      sessionIds: after.sessions.map((s) => s.id).reverse(),
    });
    await api.caller.program.createSession({ editionId: saitama.id, kind: "exchange", title: "交流会" });

    expect(await deletedIds(sessionTrash, saitama.regionId)).toEqual([first.id]);
    expect(await trash((w) => sessionTrash.restore(w, first.id))).toBe(true);
    const restored = await api.caller.program.forEdition({ editionId: saitama.id });
    expect(restored.sessions.at(-1)).toMatchObject({ id: first.id, title: first.title });
    expect(restored.sessions.at(-1)?.speakers.map((s) => s.name)).toEqual(first.speakers.map((s) => s.name));
    expect((await lastAudit("forum_session", first.id))?.action).toBe("restore");
  });

  it("a speaker's edit is versioned; a deleted speaker leaves the session and the public page, and comes back", async () => {
    const saitama = await edition("saitama");
    const [first] = (await api.caller.program.forEdition({ editionId: saitama.id })).sessions;
    const speaker = first?.speakers[0];
    if (!first || !speaker) throw new Error("keynote speaker");
    const stale = await trpcError(
      api.caller.program.deleteSpeaker({ id: speaker.id, version: speaker.version + 1 }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toContain(RELOAD);
    const deleted = await api.caller.program.deleteSpeaker({ id: speaker.id, version: speaker.version });
    expect(deleted).toMatchObject({ id: speaker.id, recordType: "session_speaker" });
    const names = async () =>
      (await findPublicForumPage(api.handle.db, "saitama", 2026))?.sessions.flatMap((s) =>
        s.speakers.map((sp) => sp.name),
      );
    expect(await names()).not.toContain(speaker.name);
    expect(await deletedIds(speakerTrash, saitama.regionId)).toEqual([speaker.id]);
    expect(await trash((w) => speakerTrash.restore(w, speaker.id))).toBe(true);
    expect(await names()).toContain(speaker.name);

    await api.caller.program.deleteSpeaker({
      id: speaker.id,
      version: (await api.caller.program.forEdition({ editionId: saitama.id })).sessions[0]?.speakers.find(
        (s) => s.id === speaker.id,
      )?.version as number,
    });
    expect(await trash((w) => speakerTrash.purge(w, speaker.id))).toBe(true);
    expect(await speakerTrash.regionOf(api.handle.db, speaker.id)).toBeUndefined();
  });
});

describe("surveys", () => {
  it("a deleted unanswered survey leaves the list, its answer link, the copy sources and the timeline; restored, all come back", async () => {
    const { survey, region } = await openSurvey();
    const onTimeline = async () =>
      (await api.caller.timeline.list({ slug: "saitama", kinds: ["survey"] })).rows.filter(
        (r) => r.sourceId === survey.id,
      ).length;
    expect(await onTimeline()).toBe(1);
    const stale = await trpcError(api.caller.survey.delete({ id: survey.id, version: survey.version + 1 }));
    expect(stale.code).toBe("CONFLICT");
    const deleted = await api.caller.survey.delete({ id: survey.id, version: survey.version });
    expect(deleted).toMatchObject({ id: survey.id, recordType: "survey" });

    expect((await api.caller.survey.forRegion({ slug: "saitama" })).map((s) => s.id)).not.toContain(
      survey.id,
    );
    expect((await trpcError(api.caller.survey.byId({ id: survey.id }))).code).toBe("NOT_FOUND");
    expect((await trpcError(api.caller.survey.results({ id: survey.id }))).code).toBe("NOT_FOUND");
    expect(await findPublicSurvey(api.handle.db, survey.publicToken)).toBeUndefined();
    expect((await trpcError(api.anonymous().publicSurvey.get({ token: survey.publicToken }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await trpcError(submit(survey.publicToken, {}))).code).toBe("NOT_FOUND");
    expect((await listSurveyCopySources(api.handle.db, null)).map((s) => s.id)).not.toContain(survey.id);
    expect(await onTimeline()).toBe(0);
    const audit = await lastAudit("survey", survey.id);
    expect(audit).toMatchObject({ action: "delete", after: null });
    expect(JSON.stringify(audit?.before)).not.toContain(survey.publicToken);

    expect(await deletedIds(surveyTrash, region.id)).toEqual([survey.id]);
    expect(await trash((w) => surveyTrash.restore(w, survey.id))).toBe(true);
    expect((await api.caller.survey.byId({ id: survey.id })).openingEntryId).not.toBeNull();
    expect(await onTimeline()).toBe(1);
    expect((await api.anonymous().publicSurvey.get({ token: survey.publicToken })).title).toBe(survey.title);
  });

  it("refuses deleting an answered survey (close it instead), and purges only a deleted one", async () => {
    const { survey, qid, opt } = await openSurvey();
    await submit(survey.publicToken, { [qid("role")]: opt("role", 0), [qid("scale")]: 3 });
    const fresh = await api.caller.survey.byId({ id: survey.id });
    expect((await trpcError(api.caller.survey.delete({ id: fresh.id, version: fresh.version }))).code).toBe(
      "BAD_REQUEST",
    );
    expect(await trash((w) => surveyTrash.purge(w, survey.id))).toBe(false);
  });
});

describe("single survey answers", () => {
  it("deleting a spam answer takes it off the results, tallies (equal to a recount), free text, CSV and xlsx at once; restoring puts it back", async () => {
    const { survey, region, qid, opt } = await openSurvey();
    await submit(survey.publicToken, {
      [qid("role")]: opt("role", 0),
      [qid("scale")]: 4,
      [qid("opinion")]: "参考になりました",
    });
    await submit(
      survey.publicToken,
      {
        [qid("role")]: opt("role", 1),
        [qid("topics")]: [opt("topics", 0), opt("topics", 2)],
        [qid("scale")]: 1,
        [qid("opinion")]: "スパム https://spam.example",
      },
      { respondentOrganizationType: "hello_work" },
    );
    await submit(survey.publicToken, { [qid("role")]: opt("role", 1), [qid("scale")]: 5 });

    const page = await api.caller.survey.responses({ surveyId: survey.id });
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => r.number)).toEqual([3, 2, 1]);
    const spam = page.rows.find((r) => r.answers[qid("opinion")] === "スパム https://spam.example");
    if (!spam) throw new Error("the spam answer");

    const tallies = () =>
      api.handle.db
        .selectFrom("surveyTally")
        .select(["questionId", "value", "organizationType", "count"])
        .where("surveyId", "=", survey.id)
        .orderBy("questionId")
        .orderBy("value")
        .orderBy("organizationType")
        .execute();
    const csvNumbers = async () => {
      const detail = await requireSurvey(api.handle.db, survey.id);
      const rows = Papa.parse<string[]>((await text(surveyCsvStream(api.handle.db, detail))).slice(1), {
        skipEmptyLines: true,
      }).data;
      return rows.slice(1).map((r) => r[0]);
    };
    const xlsxNumbers = async () => {
      const detail = await requireSurvey(api.handle.db, survey.id);
      const book = new ExcelJS.Workbook();
      await book.xlsx.read(surveyXlsxStream(api.handle.db, detail));
      const sheet = book.worksheets[0];
      const numbers: unknown[] = [];
      sheet?.eachRow((row, n) => {
        if (n > 1) numbers.push(row.getCell(1).value);
      });
      return numbers;
    };
    const opinions = async () =>
      (await api.caller.survey.textAnswers({ id: survey.id, questionId: qid("opinion") })).rows.map(
        (r) => r.text,
      );

    const deleted = await api.caller.survey.deleteResponse({ surveyId: survey.id, id: spam.id });
    expect(deleted).toMatchObject({ id: spam.id, recordType: "survey_response" });

    const results = await api.caller.survey.results({ id: survey.id });
    expect(results.responseCount).toBe(2);
    expect(results.questions[0]?.choices?.map((c) => c.count)).toEqual([1, 1, 0]);
    expect(results.questions[1]?.choices?.map((c) => c.count)).toEqual([0, 0, 0]);
    expect(results.byRespondentType.find((t) => t.type === "hello_work")?.count ?? 0).toBe(0);
    expect((await api.caller.survey.byId({ id: survey.id })).responseCount).toBe(2);
    expect((await api.caller.survey.responses({ surveyId: survey.id })).rows.map((r) => r.number)).toEqual([
      3, 1,
    ]);
    expect(await opinions()).toEqual(["参考になりました"]);
    expect(await csvNumbers()).toEqual(["1", "3"]);
    expect(await xlsxNumbers()).toEqual([1, 3]);
    // The running tallies are what a recount of the answers kept gives.
    const running = await tallies();
    await recountTallies(api.handle.db, survey.id);
    expect(await tallies()).toEqual(running);
    // The audit row names the answer, never its text.
    const audit = await lastAudit("survey_response", spam.id);
    expect(audit).toMatchObject({
      action: "delete",
      before: { surveyId: survey.id, number: 2 },
      after: null,
    });
    expect(JSON.stringify(audit)).not.toContain("spam.example");
    // Deleting it again finds nothing; an answer of another survey is not reached through this one.
    expect(
      (await trpcError(api.caller.survey.deleteResponse({ surveyId: survey.id, id: spam.id }))).code,
    ).toBe("NOT_FOUND");

    // A new answer gets a number never given before.
    expect(
      (await submit(survey.publicToken, { [qid("role")]: opt("role", 2), [qid("scale")]: 2 })).number,
    ).toBe(4);

    expect(await deletedIds(surveyResponseTrash, region.id)).toEqual([spam.id]);
    expect(await trash((w) => surveyResponseTrash.restore(w, spam.id))).toBe(true);
    const back = await api.caller.survey.results({ id: survey.id });
    expect(back.responseCount).toBe(4);
    expect(back.questions[1]?.choices?.map((c) => c.count)).toEqual([1, 0, 1]);
    expect(await opinions()).toEqual(["スパム https://spam.example", "参考になりました"]);
    expect(await csvNumbers()).toEqual(["1", "2", "3", "4"]);
    const restoredTallies = await tallies();
    await recountTallies(api.handle.db, survey.id);
    expect(await tallies()).toEqual(restoredTallies);
  });

  it("purging a deleted answer removes it and its free text for good", async () => {
    const { survey, qid, opt } = await openSurvey();
    await submit(survey.publicToken, {
      [qid("role")]: opt("role", 0),
      [qid("scale")]: 4,
      [qid("name")]: "テスト太郎",
    });
    const [answer] = (await api.caller.survey.responses({ surveyId: survey.id })).rows;
    if (!answer) throw new Error("the answer");
    expect(await trash((w) => surveyResponseTrash.purge(w, answer.id))).toBe(false);
    await api.caller.survey.deleteResponse({ surveyId: survey.id, id: answer.id });
    expect(await trash((w) => surveyResponseTrash.purge(w, answer.id))).toBe(true);
    const left = await api.handle.db
      .selectFrom("surveyResponse")
      .select("id")
      .where("surveyId", "=", survey.id)
      .execute();
    expect(left).toEqual([]);
    const texts = await api.handle.db
      .selectFrom("surveyTextAnswer")
      .select("text")
      .where("surveyId", "=", survey.id)
      .execute();
    expect(texts).toEqual([]);
    expect(await surveyResponseTrash.regionOf(api.handle.db, answer.id)).toBeUndefined();
  });

  it("shows answers one by one only to those who may read the region, and lets only its writers delete one", async () => {
    const { survey, qid, opt } = await openSurvey();
    await submit(survey.publicToken, {
      [qid("role")]: opt("role", 0),
      [qid("scale")]: 4,
      [qid("opinion")]: "持病のこと",
    });
    const [answer] = (await api.caller.survey.responses({ surveyId: survey.id })).rows;
    if (!answer) throw new Error("the answer");
    for (const who of ["shutoken", "probono", "partner"] as const) {
      const caller = await api.as(who);
      expect((await trpcError(caller.survey.responses({ surveyId: survey.id }))).code).toBe("FORBIDDEN");
      expect(
        (await trpcError(caller.survey.deleteResponse({ surveyId: survey.id, id: answer.id }))).code,
      ).toBe("FORBIDDEN");
    }
    const saitama = await api.as("saitama");
    expect((await saitama.survey.responses({ surveyId: survey.id })).rows[0]?.answers[qid("opinion")]).toBe(
      "持病のこと",
    );
    await saitama.survey.deleteResponse({ surveyId: survey.id, id: answer.id });
    expect((await saitama.survey.results({ id: survey.id })).responseCount).toBe(0);
  });
});
