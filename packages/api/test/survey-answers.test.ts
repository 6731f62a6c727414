import { randomUUID } from "node:crypto";
import { recountTallies } from "@kyoso/db";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { trpcError, useTestApi } from "./helpers";
import { surveyFixtures } from "./survey-fixtures";

// "Today" in these tests is 2026-11-25 (Japan).
const api = useTestApi();
const { saitama, openSurvey, submit } = surveyFixtures(api);

describe("public answer page", () => {
  it("shows the questions without counts or region ids, and hides drafts", async () => {
    const { survey } = await openSurvey();
    const page = await api.anonymous().publicSurvey.get({ token: survey.publicToken });
    expect(page).toMatchObject({
      title: "事前アンケート 2026",
      regionNameJa: "埼玉県",
      availability: { open: true },
    });
    expect(page).not.toHaveProperty("responseCount");
    expect(page).not.toHaveProperty("id");
    expect(JSON.stringify(page)).not.toContain(survey.regionId);

    const region = await saitama();
    const draft = await api.caller.survey.create({
      regionId: region.id,
      title: "下書き",
      opensOn: "2026-11-01",
      closesOn: "2026-12-31",
      questions: [{ kind: "longText", label: "ご意見", required: false }],
    });
    expect((await trpcError(api.anonymous().publicSurvey.get({ token: draft.publicToken }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await trpcError(api.anonymous().publicSurvey.get({ token: "x".repeat(43) }))).code).toBe(
      "NOT_FOUND",
    );
  });

  it("validates answers on the server with a reason per question", async () => {
    const { survey, qid } = await openSurvey();
    const error = await trpcError(
      submit(survey.publicToken, { [qid("role")]: "not-an-option", [qid("name")]: "あ".repeat(201) }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    const fieldErrors = (error as unknown as { cause: { fieldErrors: Record<string, string[]> } }).cause
      .fieldErrors;
    expect(fieldErrors).toEqual({
      [`answers.${qid("role")}`]: ["選択肢の中から選んでください。"],
      [`answers.${qid("scale")}`]: ["この質問は回答必須です。"],
      [`answers.${qid("name")}`]: ["200文字以内で入力してください（現在201文字）。"],
    });
    expect((await api.caller.survey.byId({ id: survey.id })).responseCount).toBe(0);
  });

  it("refuses free text without consent to the purpose of use, and records the consent given", async () => {
    const { survey, qid, opt } = await openSurvey();
    const choices = { [qid("role")]: opt("role", 0), [qid("scale")]: 4 };
    const error = await trpcError(
      submit(survey.publicToken, { ...choices, [qid("opinion")]: "通院の配慮" }, { textConsent: false }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    const fieldErrors = (error as unknown as { cause: { fieldErrors: Record<string, string[]> } }).cause
      .fieldErrors;
    expect(Object.keys(fieldErrors).sort()).toEqual([`answers.${qid("opinion")}`, "textConsent"]);
    // Choices alone need no consent; with consent the text is taken and the consent kept with the answer.
    await submit(survey.publicToken, choices, { textConsent: false });
    await submit(survey.publicToken, { ...choices, [qid("opinion")]: "通院の配慮" });
    const rows = await api.handle.db
      .selectFrom("surveyResponse")
      .select(["number", "textConsent"])
      .where("surveyId", "=", survey.id)
      .orderBy("number")
      .execute();
    expect(rows).toEqual([
      { number: 1, textConsent: false },
      { number: 2, textConsent: true },
    ]);
  });

  it("stores a form sent twice once (idempotency key)", async () => {
    const { survey, qid, opt } = await openSurvey();
    const form = {
      token: survey.publicToken,
      idempotencyKey: randomUUID(),
      answers: { [qid("role")]: opt("role", 0), [qid("scale")]: 4 },
    };
    const first = await api.anonymous().publicSurvey.submit(form);
    const again = await api.anonymous().publicSurvey.submit(form);
    expect(first).toEqual({ number: 1, duplicate: false });
    expect(again).toEqual({ number: 1, duplicate: true });
    // One audit row for the stored answer, none for the repeat; no answers in it.
    const audit = await api.caller.audit.list({ recordType: "survey_response" });
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]).toMatchObject({ actorId: null, action: "create" });
    expect(JSON.stringify(audit.rows[0])).not.toContain(opt("role", 0));
    const [both1, both2] = await Promise.all([
      api
        .anonymous()
        .publicSurvey.submit({ ...form, idempotencyKey: "8b0f7c1e-5d7a-4d8e-9f00-3c2b1a000001" }),
      api
        .anonymous()
        .publicSurvey.submit({ ...form, idempotencyKey: "8b0f7c1e-5d7a-4d8e-9f00-3c2b1a000001" }),
    ]);
    expect([both1.duplicate, both2.duplicate].sort()).toEqual([false, true]);
    expect((await api.caller.survey.byId({ id: survey.id })).responseCount).toBe(2);
    expect((await api.caller.survey.results({ id: survey.id })).responseCount).toBe(2);
  });

  it("refuses answers before the opening day, after the closing day and to a closed survey", async () => {
    const early = await openSurvey({ opensOn: "2026-11-26", closesOn: "2026-12-31" });
    const answers = { [early.qid("role")]: early.opt("role", 0), [early.qid("scale")]: 2 };
    const notYet = await trpcError(submit(early.survey.publicToken, answers));
    expect(notYet.code).toBe("UNPROCESSABLE_CONTENT");
    expect(notYet.message).toBe(
      "このアンケートはまだ回答を受け付けていません。受付開始日以降にお越しください。",
    );
    expect(
      (await api.anonymous().publicSurvey.get({ token: early.survey.publicToken })).availability,
    ).toMatchObject({
      open: false,
      reason: "notYetOpen",
    });

    const late = await openSurvey({ opensOn: "2026-11-01", closesOn: "2026-11-25" });
    const lateAnswers = { [late.qid("role")]: late.opt("role", 0), [late.qid("scale")]: 2 };
    await submit(late.survey.publicToken, lateAnswers); // the closing day itself still counts
    const dayAfter = new Date("2026-11-25T15:00:00Z"); // 2026-11-26 00:00 in Japan
    const tooLate = await trpcError(
      api.anonymous({ now: () => dayAfter }).publicSurvey.submit({
        token: late.survey.publicToken,
        idempotencyKey: randomUUID(),
        answers: lateAnswers,
      }),
    );
    expect(tooLate.message).toContain("回答受付は終了しました");

    const closed = await api.caller.survey.close({ id: early.survey.id, version: early.survey.version });
    expect(closed.status).toBe("closed");
    const refused = await trpcError(
      api.anonymous({ now: () => new Date("2026-11-28T03:00:00Z") }).publicSurvey.submit({
        token: early.survey.publicToken,
        idempotencyKey: randomUUID(),
        answers,
      }),
    );
    expect(refused.message).toContain("回答受付は終了しました");
  });
});

describe("results", () => {
  it("counts choices, the scale's distribution and mean, filtered by respondent type, live", async () => {
    const { survey, qid, opt } = await openSurvey();
    await submit(
      survey.publicToken,
      {
        [qid("role")]: opt("role", 0),
        [qid("topics")]: [opt("topics", 0), opt("topics", 2)],
        [qid("scale")]: 5,
      },
      { respondentOrganizationType: "patient_group" },
    );
    await submit(
      survey.publicToken,
      {
        [qid("role")]: opt("role", 1),
        [qid("topics")]: [opt("topics", 0)],
        [qid("scale")]: 3,
        [qid("opinion")]: "相談先が分からない",
      },
      { respondentOrganizationType: "hello_work" },
    );
    await submit(survey.publicToken, { [qid("role")]: opt("role", 1), [qid("scale")]: 4 });

    const all = await api.caller.survey.results({ id: survey.id });
    expect(all.responseCount).toBe(3);
    const [role, topics, scale] = all.questions;
    expect(role?.choices?.map((c) => [c.label, c.count, c.percent])).toEqual([
      ["当事者", 1, 33.3],
      ["支援者", 2, 66.7],
      ["行政", 0, 0],
    ]);
    expect(topics).toMatchObject({ answered: 2 });
    expect(topics?.choices?.map((c) => [c.count, c.percent])).toEqual([
      [2, 100],
      [0, 0],
      [1, 50],
    ]);
    expect(scale?.scale).toMatchObject({ answered: 3, mean: 4 });
    expect(scale?.scale?.distribution.map((d) => d.count)).toEqual([0, 0, 1, 1, 1]);
    expect(all.byRespondentType).toEqual(
      expect.arrayContaining([
        { type: "patient_group", count: 1 },
        { type: "hello_work", count: 1 },
        { type: "unspecified", count: 1 },
      ]),
    );

    const hw = await api.caller.survey.results({ id: survey.id, respondentType: "hello_work" });
    expect(hw.responseCount).toBe(1);
    expect(hw.questions[2]?.scale?.mean).toBe(3);
    const none = await api.caller.survey.results({ id: survey.id, respondentType: "unspecified" });
    expect(none.questions[2]?.scale?.mean).toBe(4);

    const texts = await api.caller.survey.textAnswers({ id: survey.id, questionId: qid("opinion") });
    expect(texts.rows.map((r) => [r.number, r.text, r.respondentOrganizationType])).toEqual([
      [2, "相談先が分からない", "hello_work"],
    ]);
    const filtered = await api.caller.survey.textAnswers({
      id: survey.id,
      questionId: qid("opinion"),
      respondentType: "patient_group",
    });
    expect(filtered.rows).toEqual([]);
  });

  it("keeps the running tallies equal to a count of the stored answers", async () => {
    const { survey, qid, opt, options } = await openSurvey();
    const types = ["patient_group", "hello_work", null] as const;
    for (let i = 0; i < 23; i++) {
      const topics = options("topics")
        .filter((_, j) => (i >> j) & 1)
        .map((o) => o.id);
      await submit(
        survey.publicToken,
        { [qid("role")]: opt("role", i % 3), [qid("topics")]: topics, [qid("scale")]: (i % 5) + 1 },
        { respondentOrganizationType: types[i % 3] },
      );
    }
    const results = await api.caller.survey.results({ id: survey.id, respondentType: "hello_work" });
    const counted = await sql<{ option: string; n: number }>`
      select o as option, count(*)::int as n from survey_response r, jsonb_array_elements_text(r.answers -> ${qid("topics")}) o
      where r.survey_id = ${survey.id} and r.respondent_organization_type = 'hello_work' group by o`.execute(
      api.handle.db,
    );
    const expected = new Map(counted.rows.map((r) => [r.option, r.n]));
    expect(results.questions[1]?.choices?.map((c) => c.count)).toEqual(
      options("topics").map((o) => expected.get(o.id) ?? 0),
    );
    const mean = await sql<{ mean: string }>`
      select round(avg((answers ->> ${qid("scale")})::int), 2) as mean from survey_response
      where survey_id = ${survey.id} and respondent_organization_type = 'hello_work'`.execute(api.handle.db);
    expect(results.questions[2]?.scale?.mean).toBe(Number(mean.rows[0]?.mean));
    // A recount from the stored answers gives exactly the running tallies.
    const tallies = () =>
      api.handle.db
        .selectFrom("surveyTally")
        .selectAll()
        .where("surveyId", "=", survey.id)
        .orderBy(["questionId", "value", "organizationType"])
        .execute();
    const running = await tallies();
    await recountTallies(api.handle.db, survey.id);
    expect(await tallies()).toEqual(running);
  });
});
