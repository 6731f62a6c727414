import { randomUUID } from "node:crypto";
import { buffer, text } from "node:stream/consumers";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { surveyCsvStream } from "../src/services/survey-results";
import { requireSurvey } from "../src/services/surveys";
import { useTestApi } from "./helpers";
import { surveyFixtures } from "./survey-fixtures";

// "Today" in these tests is 2026-11-25 (Japan).
const api = useTestApi();
const { openSurvey, submit } = surveyFixtures(api);

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
    // A line break with nothing else to quote (no comma or quote mark) must still stay in its cell.
    await submit(survey.publicToken, {
      [qid("role")]: opt("role", 0),
      [qid("scale")]: 5,
      [qid("opinion")]: "一行目\n二行目\rの続き",
    });
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
    expect(second).toEqual(["2", expect.any(String), "", "当事者", "", "5", "", "一行目\n二行目\rの続き"]);
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
