import { findUserIdByEmail, recountTallies } from "@kyoso/db";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { createContextInner } from "../src/index";
import { eraseExpiredFreeText } from "../src/services/privacy";
import { trpcError, useTestApi } from "./helpers";
import { surveyFixtures } from "./survey-fixtures";

// Privacy by design: free-text retention, the read log, hearing consent and the subject access export.
// "Today" is 2026-11-25 (Japan).
const api = useTestApi();
const { openSurvey, submit } = surveyFixtures(api);

const tallies = (surveyId: string) =>
  api.handle.db
    .selectFrom("surveyTally")
    .select(["questionId", "value", "organizationType", "count"])
    .where("surveyId", "=", surveyId)
    .orderBy("questionId")
    .orderBy("value")
    .orderBy("organizationType")
    .execute();

/** The daily job's run at a given moment (a job's context: no actor). */
const runRetention = (at: string) =>
  eraseExpiredFreeText(
    createContextInner({
      db: api.handle.db,
      engine: api.handle.engine,
      now: () => new Date(at),
      sleep: async () => {},
    }),
  );

async function saitamaHearingSetup() {
  const region = await api.caller.region.bySlug({ slug: "saitama" });
  const organization = await api.handle.db
    .selectFrom("organization")
    .select("id")
    .where("prefectureCode", "=", "11")
    .where("deletedAt", "is", null)
    .orderBy("name")
    .executeTakeFirst();
  const [theme] = await api.caller.hearing.themes();
  if (!organization || !theme) throw new Error("demo data");
  return { region, organizationId: organization.id, themeId: theme.id };
}

describe("free-text retention", () => {
  it("erases only the free text on the day the retention ends, keeping tallies, choices and the recount equal", async () => {
    const { survey, qid, opt } = await openSurvey({ closesOn: "2026-11-30" });
    await submit(survey.publicToken, {
      [qid("role")]: opt("role", 0),
      [qid("topics")]: [opt("topics", 1), opt("topics", 2)],
      [qid("scale")]: 4,
      [qid("name")]: "山田",
      [qid("opinion")]: "通院と仕事の両立が難しい",
    });
    await submit(survey.publicToken, {
      [qid("role")]: opt("role", 1),
      [qid("scale")]: 2,
      [qid("opinion")]: "体調",
    });
    const saved = await api.caller.survey.setRetention({ id: survey.id, freeTextRetentionDays: 30 });
    expect(saved.freeTextRetentionDays).toBe(30);
    const resultsBefore = await api.caller.survey.results({ id: survey.id });
    const talliesBefore = await tallies(survey.id);

    // 2026-11-30 + 30 days = 2026-12-30: nothing happens the day before (Japan time).
    expect(await runRetention("2026-12-29T14:00:00Z")).toBe(0);
    expect(
      (await api.caller.survey.textAnswers({ id: survey.id, questionId: qid("opinion") })).rows.length,
    ).toBe(2);

    expect(await runRetention("2026-12-29T18:00:00Z")).toBe(1); // 03:00 on 12-30 in Tokyo
    expect(
      (await api.caller.survey.textAnswers({ id: survey.id, questionId: qid("opinion") })).rows.length,
    ).toBe(0);
    const responses = await api.handle.db
      .selectFrom("surveyResponse")
      .select("answers")
      .where("surveyId", "=", survey.id)
      .orderBy("number")
      .execute();
    expect(responses.map((r) => r.answers)).toEqual([
      {
        [qid("role")]: opt("role", 0),
        [qid("topics")]: [opt("topics", 1), opt("topics", 2)],
        [qid("scale")]: 4,
        [qid("name")]: "",
        [qid("opinion")]: "",
      },
      { [qid("role")]: opt("role", 1), [qid("scale")]: 2, [qid("opinion")]: "" },
    ]);
    expect(await api.caller.survey.results({ id: survey.id })).toEqual(resultsBefore);
    expect(await tallies(survey.id)).toEqual(talliesBefore);
    await recountTallies(api.handle.db, survey.id);
    expect(await tallies(survey.id)).toEqual(talliesBefore);

    const audit = await api.handle.db
      .selectFrom("auditLog")
      .select(["actorId", "action", "after"])
      .where("recordType", "=", "survey")
      .where("recordId", "=", survey.id)
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actorId: null, action: "update", after: { erasedFreeTextAnswers: 3 } });
    expect((await api.caller.survey.byId({ id: survey.id })).freeTextErasedAt).not.toBeNull();
    // Erased once: the next run finds nothing, and the retention can no longer be changed.
    expect(await runRetention("2027-01-10T00:00:00Z")).toBe(0);
    expect(
      (await trpcError(api.caller.survey.setRetention({ id: survey.id, freeTextRetentionDays: 90 }))).code,
    ).toBe("BAD_REQUEST");
  });

  it("keeps free text of surveys without a retention period", async () => {
    const { survey, qid, opt } = await openSurvey({ closesOn: "2026-11-30" });
    await submit(survey.publicToken, {
      [qid("role")]: opt("role", 0),
      [qid("scale")]: 3,
      [qid("opinion")]: "残す",
    });
    expect(await runRetention("2030-01-01T00:00:00Z")).toBe(0);
    expect(
      (await api.caller.survey.textAnswers({ id: survey.id, questionId: qid("opinion") })).rows.length,
    ).toBe(1);
  });
});

describe("read log", () => {
  it("logs a committee member reading a hearing's findings, naming the record and the reader", async () => {
    const setup = await saitamaHearingSetup();
    const hearing = await api.caller.hearing.create({
      regionId: setup.region.id,
      organizationId: setup.organizationId,
      heldOn: "2026-11-20",
      interviewer: "聞き手",
      respondent: "佐藤 花子",
      consent: "written",
      consentOn: "2026-11-20",
      purposeOfUse: "フォーラムの企画のため",
      findings: [{ themeId: setup.themeId, body: "通院との両立が難しい" }],
    });
    if (!hearing) throw new Error("created");
    const committee = await api.as("saitama");
    const read = await committee.hearing.byId({ id: hearing.id });
    expect(read.findings).toHaveLength(1);
    const readerId = await findUserIdByEmail(api.handle.db, "saitama@kyoso.example");

    const log = await api.caller.privacy.readLog({ recordId: hearing.id });
    expect(log.total).toBe(1);
    expect(log.rows[0]).toMatchObject({
      actorId: readerId,
      actorName: expect.any(String),
      recordType: "hearing",
      recordId: hearing.id,
      what: "hearing_findings",
      regionSlug: "saitama",
      hearingHeldOn: "2026-11-20",
    });
    // The list of the region's hearings (with findings) is a read of each hearing on the page.
    await committee.hearing.forRegion({ slug: "saitama" });
    const byReader = await api.caller.privacy.readLog({
      actorId: readerId ?? undefined,
      recordId: hearing.id,
    });
    expect(byReader.total).toBe(2);
    // So is its change history, which shows the findings before and after each change.
    await committee.audit.forRecord({ recordType: "hearing", id: hearing.id });
    expect((await api.caller.privacy.readLog({ recordId: hearing.id })).total).toBe(3);
  });

  it("logs reads of survey free text and answers", async () => {
    const { survey, qid, opt } = await openSurvey();
    await submit(survey.publicToken, {
      [qid("role")]: opt("role", 0),
      [qid("scale")]: 3,
      [qid("opinion")]: "意見",
    });
    await api.caller.survey.textAnswers({ id: survey.id, questionId: qid("opinion") });
    await api.caller.survey.responses({ surveyId: survey.id });
    const log = await api.caller.privacy.readLog({ recordId: survey.id });
    // The test clock stands still, so both reads share a time: compared without their order.
    expect(log.rows.map((r) => [r.what, r.surveyTitle]).sort()).toEqual([
      ["survey_responses", "事前アンケート 2026"],
      ["survey_text_answers", "事前アンケート 2026"],
    ]);
  });

  it("is refused to everyone but the national team, and a refused read of findings logs nothing", async () => {
    for (const who of ["saitama", "shutoken", "probono", "partner"] as const) {
      const caller = await api.as(who);
      expect((await trpcError(caller.privacy.readLog({}))).code).toBe("FORBIDDEN");
      expect((await trpcError(caller.privacy.subjectExport({ query: "田中" }))).code).toBe("FORBIDDEN");
    }
    expect((await trpcError(api.anonymous().privacy.readLog({}))).code).toBe("UNAUTHORIZED");
    const [saitamaHearing] = (await api.caller.hearing.forRegion({ slug: "saitama" })).rows;
    const before = await sql<{ n: number }>`select count(*)::int as n from read_log`.execute(api.handle.db);
    const shutoken = await api.as("shutoken");
    if (saitamaHearing) await trpcError(shutoken.hearing.byId({ id: saitamaHearing.id }));
    const after = await sql<{ n: number }>`select count(*)::int as n from read_log`.execute(api.handle.db);
    expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
  });
});

describe("hearing consent", () => {
  it("needs consent and its purpose to record findings; oral consent is dated the hearing's day", async () => {
    const setup = await saitamaHearingSetup();
    const base = {
      regionId: setup.region.id,
      organizationId: setup.organizationId,
      heldOn: "2026-11-20",
      interviewer: "聞き手",
      findings: [{ themeId: setup.themeId, body: "わかったこと" }],
    };
    const refused = await trpcError(api.caller.hearing.create({ ...base, consent: "none" }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(JSON.stringify(refused.cause)).toContain(
      "同意を得ていないヒアリングには、わかったことを記録できません",
    );
    const noPurpose = await trpcError(api.caller.hearing.create({ ...base, consent: "verbal" }));
    expect(JSON.stringify(noPurpose.cause)).toContain("同意を得た利用目的を入力してください。");
    const noDate = await trpcError(
      api.caller.hearing.create({ ...base, consent: "written", purposeOfUse: "企画のため" }),
    );
    expect(JSON.stringify(noDate.cause)).toContain("同意を得た日を入力してください。");

    const oral = await api.caller.hearing.create({ ...base, consent: "verbal", purposeOfUse: "企画のため" });
    expect(oral).toMatchObject({ consent: "verbal", consentOn: "2026-11-20", purposeOfUse: "企画のため" });
    const without = await api.caller.hearing.create({ ...base, consent: "none", findings: [] });
    expect(without).toMatchObject({ consent: "none", consentOn: null, findings: [] });
  });
});

describe("subject access export", () => {
  it("finds a contact by e-mail and a hearing by the interviewee's name, and audits the export", async () => {
    const setup = await saitamaHearingSetup();
    const org = await api.caller.organization.create({
      regionId: setup.region.id,
      name: "さいたま就労支援の会",
      type: "npo",
      prefectureCode: "11",
      contacts: [{ name: "鈴木 一郎", title: "事務局長", email: "Ichiro.Suzuki@example.jp", phone: null }],
    });
    await api.caller.hearing.create({
      regionId: setup.region.id,
      organizationId: setup.organizationId,
      heldOn: "2026-11-21",
      interviewer: "聞き手",
      respondent: "鈴木 一郎",
      consent: "verbal",
      purposeOfUse: "企画のため",
      findings: [{ themeId: setup.themeId, body: "短時間勤務の求人が少ない" }],
    });

    const byMail = await api.caller.privacy.subjectExport({ query: "ichiro.suzuki@example.jp" });
    expect(byMail.contacts.map((c) => [c.name, c.email, c.organizationId])).toEqual([
      ["鈴木 一郎", "Ichiro.Suzuki@example.jp", org?.id],
    ]);
    expect(byMail.hearings).toEqual([]);

    const byName = await api.caller.privacy.subjectExport({ query: "鈴木 一郎" });
    expect(byName.counts).toMatchObject({ contacts: 1, hearings: 1 });
    expect(byName.hearings[0]).toMatchObject({
      respondent: "鈴木 一郎",
      findings: [{ body: "短時間勤務の求人が少ない" }],
    });
    // A LIKE wildcard in the query is taken literally.
    expect((await api.caller.privacy.subjectExport({ query: "%%" })).counts).toEqual({
      contacts: 0,
      meetings: 0,
      hearings: 0,
      users: 0,
    });

    const audit = await api.handle.db
      .selectFrom("auditLog")
      .select(["action", "after", "recordId"])
      .where("recordType", "=", "subject_export")
      .orderBy("id")
      .execute();
    expect(audit[1]).toMatchObject({
      action: "create",
      recordId: byName.id,
      after: { query: "鈴木 一郎", counts: { contacts: 1, hearings: 1 } },
    });
  });
});
