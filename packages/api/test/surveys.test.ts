import { randomUUID } from "node:crypto";
import { buffer, text } from "node:stream/consumers";
import { recountTallies } from "@kyoso/db";
import { sql } from "kysely";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { surveyCsvStream } from "../src/services/survey-results";
import { requireSurvey } from "../src/services/surveys";
import { trpcError, useTestApi } from "./helpers";

// "Today" in these tests is 2026-11-25 (Japan).
const api = useTestApi();

async function saitama() {
  const region = await api.caller.region.bySlug({ slug: "saitama" });
  return region;
}

const QUESTIONS = [
  {
    kind: "single" as const,
    label: "ご所属の立場",
    required: true,
    options: [{ label: "当事者" }, { label: "支援者" }, { label: "行政" }],
  },
  {
    kind: "multiple" as const,
    label: "関心のあるテーマ",
    required: false,
    options: [{ label: "就労相談" }, { label: "職場定着" }, { label: "制度の周知" }],
  },
  { kind: "scale" as const, label: "満足度", required: true, scaleMinLabel: "不満", scaleMaxLabel: "満足" },
  { kind: "shortText" as const, label: "お名前（任意）", required: false },
  { kind: "longText" as const, label: "ご意見", required: false },
];

async function openSurvey(over: { opensOn?: string; closesOn?: string } = {}) {
  const region = await saitama();
  const draft = await api.caller.survey.create({
    regionId: region.id,
    title: "事前アンケート 2026",
    introduction: "地域の支援ニーズを伺います。",
    opensOn: over.opensOn ?? "2026-11-20",
    closesOn: over.closesOn ?? "2026-12-20",
    questions: QUESTIONS,
  });
  const published = await api.caller.survey.publish({ id: draft.id, version: draft.version });
  const keys = ["role", "topics", "scale", "name", "opinion"];
  const question = (key: string) => {
    const found = published.questions[keys.indexOf(key)];
    if (!found) throw new Error(`no question ${key}`);
    return found;
  };
  const options = (key: string) => question(key).options;
  const opt = (key: string, i: number) => {
    const found = options(key)[i];
    if (!found) throw new Error(`no option ${i} of ${key}`);
    return found.id;
  };
  return { region, survey: published, qid: (key: string) => question(key).id, options, opt };
}

const submit = (token: string, answers: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  api.anonymous().publicSurvey.submit({
    token,
    idempotencyKey: randomUUID(),
    answers: answers as Record<string, string>,
    ...extra,
  });

describe("survey builder", () => {
  it("creates a draft with ids on questions and options, with an audit row", async () => {
    const region = await saitama();
    const survey = await api.caller.survey.create({
      regionId: region.id,
      title: "参加者アンケート",
      opensOn: "2026-12-01",
      closesOn: "2026-12-31",
      questions: QUESTIONS,
    });
    expect(survey).toMatchObject({
      status: "draft",
      responseCount: 0,
      questionCount: 5,
      regionSlug: "saitama",
    });
    expect(survey.publicToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(survey.questions[0]?.options.map((o) => o.label)).toEqual(["当事者", "支援者", "行政"]);
    expect(new Set(survey.questions.flatMap((q) => [q.id, ...q.options.map((o) => o.id)])).size).toBe(11);
    const audit = await api.caller.audit.list({ recordType: "survey" });
    expect(audit.rows[0]).toMatchObject({ action: "create", recordId: survey.id });
    expect(JSON.stringify(audit.rows)).not.toContain(survey.publicToken);
    expect((await api.caller.survey.forRegion({ slug: "saitama" })).map((s) => s.id)).toContain(survey.id);
  });

  it("copies another region's survey as a new draft with fresh ids and no answers", async () => {
    const { survey, qid, opt } = await openSurvey();
    await submit(survey.publicToken, { [qid("role")]: opt("role", 0), [qid("scale")]: 3 });
    const shutoken = await api.caller.region.bySlug({ slug: "shutoken" });
    const sources = await api.caller.survey.copySources({ regionId: shutoken.id });
    expect(sources.find((s) => s.id === survey.id)).toMatchObject({
      regionNameJa: "埼玉県",
      questionCount: 5,
    });
    const copy = await api.caller.survey.copy({
      sourceId: survey.id,
      regionId: shutoken.id,
      title: "首都圏 事前アンケート",
      opensOn: "2027-01-10",
      closesOn: "2027-01-31",
    });
    expect(copy).toMatchObject({
      status: "draft",
      responseCount: 0,
      copiedFromId: survey.id,
      regionSlug: "shutoken",
    });
    expect(copy.questions.map((x) => [x.kind, x.label, x.required])).toEqual(
      survey.questions.map((x) => [x.kind, x.label, x.required]),
    );
    expect(copy.questions[0]?.id).not.toBe(survey.questions[0]?.id);
    expect(copy.publicToken).not.toBe(survey.publicToken);
  });

  it("once answered, refuses removing a question or an option in Japanese, and allows rewording", async () => {
    const { survey, qid, opt } = await openSurvey();
    await submit(survey.publicToken, { [qid("role")]: opt("role", 1), [qid("scale")]: 5 });
    const current = await api.caller.survey.byId({ id: survey.id });
    const asInput = current.questions.map((x) => ({ ...x, options: x.options }));
    const base = {
      id: current.id,
      version: current.version,
      title: current.title,
      introduction: current.introduction,
      opensOn: current.opensOn,
      closesOn: current.closesOn,
      asksOrganizationType: true,
    };
    const removed = await trpcError(api.caller.survey.update({ ...base, questions: asInput.slice(1) }));
    expect(removed.code).toBe("BAD_REQUEST");
    expect(removed.message).toBe(
      "回答が既にあるため、質問「ご所属の立場」は削除できません（回答が失われます）。",
    );
    const lostOption = await trpcError(
      api.caller.survey.update({
        ...base,
        questions: asInput.map((x, i) => (i === 0 ? { ...x, options: x.options.slice(0, 2) } : x)),
      }),
    );
    expect(lostOption.message).toContain("選択肢「行政」は削除できません");
    const reworded = await api.caller.survey.update({
      ...base,
      questions: asInput.map((x, i) => (i === 2 ? { ...x, label: "本日の満足度" } : x)),
    });
    expect(reworded.questions[2]).toMatchObject({ id: qid("scale"), label: "本日の満足度" });
    const stale = await trpcError(api.caller.survey.update({ ...base, questions: asInput }));
    expect(stale.code).toBe("CONFLICT");
  });

  it("deletes an unanswered draft but not an answered survey", async () => {
    const { survey, qid, opt } = await openSurvey();
    await submit(survey.publicToken, { [qid("role")]: opt("role", 0), [qid("scale")]: 1 });
    const fresh = await api.caller.survey.byId({ id: survey.id });
    const refused = await trpcError(api.caller.survey.delete({ id: fresh.id, version: fresh.version }));
    expect(refused.message).toContain("回答があるアンケートは削除できません");
  });
});

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

describe("timeline", () => {
  it("shows the opening, every tenth answer and the closing on the region timeline", async () => {
    const { survey, qid, opt } = await openSurvey();
    for (let i = 0; i < 21; i++) {
      await submit(survey.publicToken, { [qid("role")]: opt("role", 0), [qid("scale")]: 3 });
    }
    const fresh = await api.caller.survey.byId({ id: survey.id });
    await api.caller.survey.close({ id: fresh.id, version: fresh.version });
    const timeline = await api.caller.timeline.list({ slug: "saitama", kinds: ["survey"] });
    expect(timeline.rows.map((r) => [r.occurredOn, r.title])).toEqual(
      expect.arrayContaining([
        ["2026-11-20", "アンケート「事前アンケート 2026」回答受付開始"],
        ["2026-11-25", "アンケート「事前アンケート 2026」の回答が10件になりました"],
        ["2026-11-25", "アンケート「事前アンケート 2026」の回答が20件になりました"],
        ["2026-11-25", "アンケート「事前アンケート 2026」回答締切"],
      ]),
    );
    expect(
      timeline.rows.filter((r) => r.title.startsWith("アンケート「事前アンケート 2026」の回答が")),
    ).toHaveLength(2);
  });

  it("closes surveys past their closing day in the sweep", async () => {
    const { survey } = await openSurvey({ opensOn: "2026-11-01", closesOn: "2026-11-25" });
    const { closeExpiredSurveys } = await import("../src/services/surveys");
    const { createContextInner } = await import("../src/context");
    const closed = await closeExpiredSurveys(
      createContextInner({
        db: api.handle.db,
        engine: api.handle.engine,
        now: () => new Date("2026-11-26T03:00:00Z"),
      }),
    );
    expect(closed).toBeGreaterThanOrEqual(1);
    expect((await api.caller.survey.byId({ id: survey.id })).status).toBe("closed");
    const timeline = await api.caller.timeline.list({ slug: "saitama", kinds: ["survey"] });
    expect(timeline.rows[0]).toMatchObject({
      occurredOn: "2026-11-25",
      title: "アンケート「事前アンケート 2026」回答締切",
    });
  });
});

describe("CSV export", () => {
  it("opens in Japanese Excel: BOM, CRLF, one row per response, one column per question", async () => {
    const { survey, qid, opt } = await openSurvey();
    await submit(
      survey.publicToken,
      {
        [qid("role")]: opt("role", 2),
        [qid("topics")]: [opt("topics", 0), opt("topics", 1)],
        [qid("scale")]: 2,
        [qid("opinion")]: '改行あり\n「引用」, カンマ"も',
        [qid("name")]: "=1+1",
      },
      { respondentOrganizationType: "hello_work" },
    );
    await submit(survey.publicToken, { [qid("role")]: opt("role", 0), [qid("scale")]: 5 });
    const detail = await requireSurvey(api.handle.db, survey.id);
    const bytes = await buffer(surveyCsvStream(api.handle.db, detail));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString("utf8");
    expect(csv).toContain("\r\n");
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, first, second] = parsed.data;
    expect(header).toEqual([
      "回答番号",
      "回答日時",
      "所属の種類",
      "ご所属の立場",
      "関心のあるテーマ",
      "満足度",
      "お名前（任意）",
      "ご意見",
    ]);
    expect(first).toEqual([
      "1",
      expect.stringMatching(/^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d$/),
      "ハローワーク",
      "行政",
      "就労相談 / 職場定着",
      "2",
      "'=1+1",
      '改行あり\n「引用」, カンマ"も',
    ]);
    expect(second).toEqual(["2", expect.any(String), "", "当事者", "", "5", "", ""]);
    expect(parsed.data).toHaveLength(3);
  });

  it("streams in batches: more responses than one batch all arrive, in order, up to the count at the start", async () => {
    const { survey, qid, opt } = await openSurvey();
    const rows = Array.from({ length: 2105 }, (_, i) => ({
      survey_id: survey.id,
      number: i + 1,
      idempotency_key: randomUUID(),
      answers: JSON.stringify({ [qid("role")]: opt("role", i % 3), [qid("scale")]: (i % 5) + 1 }),
    }));
    for (let i = 0; i < rows.length; i += 500) {
      await api.handle.db
        .insertInto("surveyResponse")
        .values(
          rows.slice(i, i + 500).map((r) => ({
            surveyId: r.survey_id,
            number: r.number,
            idempotencyKey: r.idempotency_key,
            answers: r.answers,
          })),
        )
        .execute();
    }
    await api.handle.db
      .updateTable("survey")
      .set({ responseCount: rows.length })
      .where("id", "=", survey.id)
      .execute();
    const detail = await requireSurvey(api.handle.db, survey.id);
    const parsed = Papa.parse<string[]>((await text(surveyCsvStream(api.handle.db, detail))).slice(1), {
      skipEmptyLines: true,
    });
    expect(parsed.data).toHaveLength(2106);
    expect(parsed.data.slice(1).map((r) => Number(r[0]))).toEqual(rows.map((r) => r.number));
  });
});
