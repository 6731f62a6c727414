import { describe, expect, it } from "vitest";
import {
  answerCell,
  assignQuestionIds,
  choiceResults,
  LONG_TEXT_MAX,
  questionChangeProblems,
  responseMilestonesCrossed,
  SHORT_TEXT_MAX,
  type SurveyQuestion,
  scaleResults,
  spreadsheetSafe,
  surveyAvailability,
  surveyCreateSchema,
  surveyQuestionInputSchema,
  validateAnswers,
} from "../src/index";

const q = (over: Partial<SurveyQuestion> & Pick<SurveyQuestion, "id" | "kind">): SurveyQuestion => ({
  label: `質問 ${over.id}`,
  help: null,
  required: false,
  options: [],
  scaleMinLabel: null,
  scaleMaxLabel: null,
  ...over,
});

const options = [
  { id: "a", label: "就労相談" },
  { id: "b", label: "職場定着" },
  { id: "c", label: "制度の周知" },
];
const QUESTIONS: SurveyQuestion[] = [
  q({ id: "single", kind: "single", options, required: true }),
  q({ id: "multi", kind: "multiple", options }),
  q({ id: "scale", kind: "scale", required: true }),
  q({ id: "short", kind: "shortText" }),
  q({ id: "long", kind: "longText" }),
];
const valid = { single: "a", scale: 4 };

describe("answer validation", () => {
  it("accepts every question type and cleans the answers", () => {
    const result = validateAnswers(QUESTIONS, {
      single: "b",
      multi: ["c", "a"],
      scale: 5,
      short: "  埼玉県立大学  ",
      long: "一行目\n二行目",
    });
    expect(result).toEqual({
      ok: true,
      answers: { single: "b", multi: ["a", "c"], scale: 5, short: "埼玉県立大学", long: "一行目\n二行目" },
    });
  });

  it("drops empty optional answers and refuses empty required ones", () => {
    expect(validateAnswers(QUESTIONS, { ...valid, multi: [], short: "   " })).toEqual({
      ok: true,
      answers: valid,
    });
    const result = validateAnswers(QUESTIONS, { single: "", multi: ["a"] });
    expect(result).toEqual({
      ok: false,
      errors: { single: "この質問は回答必須です。", scale: "この質問は回答必須です。" },
    });
  });

  it("refuses option ids the question does not have", () => {
    expect(validateAnswers(QUESTIONS, { ...valid, single: "zzz" })).toMatchObject({
      ok: false,
      errors: { single: "選択肢の中から選んでください。" },
    });
    expect(validateAnswers(QUESTIONS, { ...valid, multi: ["a", "zzz"] })).toMatchObject({ ok: false });
    expect(validateAnswers(QUESTIONS, { ...valid, multi: ["a", "a"] })).toMatchObject({
      ok: false,
      errors: { multi: "同じ選択肢が2回選ばれています。" },
    });
    // A single choice sent as a list, or a list as a single choice.
    expect(validateAnswers(QUESTIONS, { ...valid, single: ["a"] })).toMatchObject({ ok: false });
    expect(validateAnswers(QUESTIONS, { ...valid, multi: "a" })).toMatchObject({ ok: false });
  });

  it("refuses scale values outside 1–5 and non-integers", () => {
    for (const scale of [0, 6, 2.5, "3", -1]) {
      expect(validateAnswers(QUESTIONS, { ...valid, scale })).toMatchObject({
        ok: false,
        errors: { scale: "1から5の中から選んでください。" },
      });
    }
    expect(validateAnswers(QUESTIONS, { ...valid, scale: 1 }).ok).toBe(true);
  });

  it("refuses oversized text at its limit + 1 and a short answer with a line break", () => {
    expect(validateAnswers(QUESTIONS, { ...valid, short: "あ".repeat(SHORT_TEXT_MAX) }).ok).toBe(true);
    expect(validateAnswers(QUESTIONS, { ...valid, short: "あ".repeat(SHORT_TEXT_MAX + 1) })).toMatchObject({
      ok: false,
      errors: { short: `${SHORT_TEXT_MAX}文字以内で入力してください（現在${SHORT_TEXT_MAX + 1}文字）。` },
    });
    expect(validateAnswers(QUESTIONS, { ...valid, long: "a".repeat(LONG_TEXT_MAX) }).ok).toBe(true);
    expect(validateAnswers(QUESTIONS, { ...valid, long: "a".repeat(LONG_TEXT_MAX + 1) }).ok).toBe(false);
    expect(validateAnswers(QUESTIONS, { ...valid, short: "一行目\n二行目" })).toMatchObject({ ok: false });
    expect(validateAnswers(QUESTIONS, { ...valid, short: 42 })).toMatchObject({ ok: false });
  });

  it("refuses answers to questions the survey does not have", () => {
    expect(validateAnswers(QUESTIONS, { ...valid, ghost: "x" })).toMatchObject({
      ok: false,
      errors: { ghost: expect.stringContaining("このアンケートにない質問") },
    });
  });
});

describe("when a survey takes answers", () => {
  const survey = { status: "published" as const, opensOn: "2026-12-01", closesOn: "2026-12-20" };
  it("opens on the opening day and closes after the closing day (Tokyo dates)", () => {
    expect(surveyAvailability(survey, "2026-11-30")).toMatchObject({ open: false, reason: "notYetOpen" });
    expect(surveyAvailability(survey, "2026-12-01")).toEqual({ open: true });
    expect(surveyAvailability(survey, "2026-12-20")).toEqual({ open: true });
    expect(surveyAvailability(survey, "2026-12-21")).toMatchObject({ open: false, reason: "closed" });
  });
  it("refuses a draft and a closed survey whatever the date", () => {
    expect(surveyAvailability({ ...survey, status: "draft" }, "2026-12-05")).toMatchObject({
      reason: "draft",
    });
    expect(surveyAvailability({ ...survey, status: "closed" }, "2026-12-05")).toMatchObject({
      open: false,
      reason: "closed",
      message: expect.stringContaining("終了しました"),
    });
  });
});

describe("changing questions once answers exist", () => {
  const before = assignQuestionIds(
    [
      {
        kind: "single",
        label: "立場",
        required: true,
        options: [{ label: "当事者" }, { label: "支援者" }],
        help: null,
        scaleMinLabel: null,
        scaleMaxLabel: null,
      },
      {
        kind: "scale",
        label: "満足度",
        required: false,
        options: [],
        help: null,
        scaleMinLabel: null,
        scaleMaxLabel: null,
      },
    ],
    (() => {
      let n = 0;
      return () => `id${++n}`;
    })(),
  );
  const [role, satisfaction] = before as [SurveyQuestion, SurveyQuestion];

  it("allows anything before the first answer", () => {
    expect(questionChangeProblems(before, [], false)).toEqual([]);
  });
  it("allows rewording, reordering, new options, new questions and required changes", () => {
    const after = [
      { ...satisfaction, label: "全体の満足度", required: true },
      { ...role, options: [...role.options, { id: "new", label: "行政" }] },
      q({ id: "added", kind: "longText" }),
    ];
    expect(questionChangeProblems(before, after, true)).toEqual([]);
  });
  it("refuses removing a question, changing its kind or removing an option, saying why", () => {
    expect(questionChangeProblems(before, [role], true)).toEqual([
      "回答が既にあるため、質問「満足度」は削除できません（回答が失われます）。",
    ]);
    expect(questionChangeProblems(before, [role, { ...satisfaction, kind: "shortText" }], true)).toEqual([
      "回答が既にあるため、質問「満足度」の形式は変更できません（既存の回答が読めなくなります）。",
    ]);
    expect(
      questionChangeProblems(before, [{ ...role, options: role.options.slice(0, 1) }, satisfaction], true),
    ).toEqual([
      "回答が既にあるため、質問「立場」の選択肢「支援者」は削除できません（選んだ人の回答が失われます）。",
    ]);
  });
});

describe("survey input", () => {
  it("needs two options on a choice question, none on others, and no duplicate options", () => {
    const base = { kind: "single", label: "立場", required: true };
    expect(surveyQuestionInputSchema.safeParse({ ...base, options: [{ label: "当事者" }] }).success).toBe(
      false,
    );
    expect(
      surveyQuestionInputSchema.safeParse({ ...base, options: [{ label: "同じ" }, { label: "同じ" }] })
        .success,
    ).toBe(false);
    expect(
      surveyQuestionInputSchema.safeParse({
        kind: "scale",
        label: "満足度",
        required: true,
        options: [{ label: "x" }],
      }).success,
    ).toBe(false);
  });
  it("needs the closing day on or after the opening day", () => {
    const input = {
      regionId: "00000000-0000-4000-8000-000000000000",
      title: "事前アンケート",
      opensOn: "2026-12-10",
      closesOn: "2026-12-09",
      questions: [{ kind: "longText", label: "ご意見", required: false }],
    };
    const parsed = surveyCreateSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe("締切日は開始日以降にしてください。");
    expect(surveyCreateSchema.safeParse({ ...input, closesOn: "2026-12-10" }).success).toBe(true);
  });
});

describe("results and export cells", () => {
  it("counts a milestone each time a multiple of ten is reached", () => {
    expect(responseMilestonesCrossed(0, 9)).toEqual([]);
    expect(responseMilestonesCrossed(9, 10)).toEqual([10]);
    expect(responseMilestonesCrossed(10, 11)).toEqual([]);
    expect(responseMilestonesCrossed(8, 31)).toEqual([10, 20, 30]);
  });
  it("gives percentages of those who answered, and the scale's mean", () => {
    expect(
      choiceResults(
        options,
        new Map([
          ["a", 1],
          ["c", 2],
        ]),
        3,
      ),
    ).toEqual([
      { optionId: "a", label: "就労相談", count: 1, percent: 33.3 },
      { optionId: "b", label: "職場定着", count: 0, percent: 0 },
      { optionId: "c", label: "制度の周知", count: 2, percent: 66.7 },
    ]);
    expect(
      scaleResults(
        new Map([
          [5, 2],
          [2, 1],
        ]),
      ),
    ).toMatchObject({ answered: 3, mean: 4 });
    expect(scaleResults(new Map())).toMatchObject({ answered: 0, mean: null });
  });
  it("writes option labels, joined for multiple choice, and neutralizes formulas", () => {
    const [single, multi, scale] = QUESTIONS as [SurveyQuestion, SurveyQuestion, SurveyQuestion];
    expect(answerCell(single, "b")).toBe("職場定着");
    expect(answerCell(multi, ["a", "c"])).toBe("就労相談 / 制度の周知");
    expect(answerCell(scale, 3)).toBe("3");
    expect(answerCell(scale, undefined)).toBe("");
    expect(spreadsheetSafe('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(spreadsheetSafe("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(spreadsheetSafe("普通の回答")).toBe("普通の回答");
  });
});
