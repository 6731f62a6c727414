import { z } from "zod";
import { type IsoDate, todayInTokyo } from "./dates";
import { SURVEY_PURPOSE_MAX } from "./survey-consent";
import { int4, isoDateSchema, pageSchema, safeString, versionSchema } from "./text";
import {
  ORGANIZATION_TYPES,
  type OrganizationType,
  QUESTION_KINDS,
  type QuestionKind,
  type SurveyStatus,
} from "./vocabulary";

// Surveys (アンケート): what a survey is, what may change once people have answered, what a valid answer is,
// and when the survey takes answers. Pure rules; the API applies them.

export const SCALE_MIN = 1;
export const SCALE_MAX = 5;
export const SHORT_TEXT_MAX = 200;
export const LONG_TEXT_MAX = 4000;
export const MAX_QUESTIONS = 60;
export const MAX_OPTIONS = 30;
/** A response milestone lands on the region timeline every this many answers. */
export const RESPONSE_MILESTONE_EVERY = 10;

export const isChoiceKind = (kind: QuestionKind) => kind === "single" || kind === "multiple";

export interface SurveyOption {
  id: string;
  label: string;
}

export interface SurveyQuestion {
  id: string;
  kind: QuestionKind;
  label: string;
  help: string | null;
  required: boolean;
  /** Choices, for single and multiple choice; empty otherwise. */
  options: SurveyOption[];
  /** What 1 and 5 mean on a scale question (e.g. 不満 / 満足); null otherwise. */
  scaleMinLabel: string | null;
  scaleMaxLabel: string | null;
}

const text = (max: number) => safeString().trim().min(1).max(max);
const optionalText = (max: number) =>
  safeString()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

/** Option and question ids come from the builder for existing items; new ones get an id on save. */
const itemId = safeString().regex(/^[A-Za-z0-9_-]{1,40}$/);

export const surveyOptionInputSchema = z.object({
  id: itemId.optional(),
  label: text(200),
});

export const surveyQuestionInputSchema = z
  .object({
    id: itemId.optional(),
    kind: z.enum(QUESTION_KINDS),
    label: text(500),
    help: optionalText(1000),
    required: z.boolean(),
    options: z.array(surveyOptionInputSchema).max(MAX_OPTIONS).default([]),
    scaleMinLabel: optionalText(40),
    scaleMaxLabel: optionalText(40),
  })
  .superRefine((q, ctx) => {
    if (isChoiceKind(q.kind) && q.options.length < 2) {
      ctx.addIssue({ code: "custom", path: ["options"], message: "選択肢を2つ以上入力してください。" });
    }
    if (!isChoiceKind(q.kind) && q.options.length > 0) {
      ctx.addIssue({
        code: "custom",
        path: ["options"],
        message: "この形式の質問に選択肢は付けられません。",
      });
    }
    const labels = q.options.map((o) => o.label);
    if (new Set(labels).size !== labels.length) {
      ctx.addIssue({ code: "custom", path: ["options"], message: "同じ選択肢が2回あります。" });
    }
  });
export type SurveyQuestionInput = z.input<typeof surveyQuestionInputSchema>;

const surveyFields = {
  title: text(200),
  introduction: optionalText(4000),
  /**
   * What the answers are used for, shown at the top of the answer page (survey-consent.ts). Left out, a new survey
   * gets the standard text and a saved one keeps its own; empty means the standard text.
   */
  purposeOfUse: safeString().trim().max(SURVEY_PURPOSE_MAX).nullish(),
  opensOn: isoDateSchema,
  closesOn: isoDateSchema,
  asksOrganizationType: z.boolean().default(true),
  questions: z.array(surveyQuestionInputSchema).min(1, "質問を1つ以上追加してください。").max(MAX_QUESTIONS),
};

const periodIsOrdered = (s: { opensOn: string; closesOn: string }) => s.opensOn <= s.closesOn;
const periodMessage = { message: "締切日は開始日以降にしてください。", path: ["closesOn"] };

export const surveyCreateSchema = z
  .object({
    regionId: z.uuid(),
    editionId: z.uuid().nullish(),
    ...surveyFields,
  })
  .refine(periodIsOrdered, periodMessage);
export type SurveyCreate = z.infer<typeof surveyCreateSchema>;

export const surveyUpdateSchema = z
  .object({
    id: z.uuid(),
    version: versionSchema,
    editionId: z.uuid().nullish(),
    ...surveyFields,
  })
  .refine(periodIsOrdered, periodMessage);
export type SurveyUpdate = z.infer<typeof surveyUpdateSchema>;

/** A page of a survey's answers, one by one (to review them and delete a spam or test answer). */
export const surveyResponsesSchema = z.object({
  surveyId: z.uuid({ message: "アンケートの指定が正しくありません。" }),
  page: pageSchema.default(1),
  pageSize: int4().min(1).max(100).default(20),
});

/** One answer of a survey: answers are never edited, so no version; deleting a deleted one finds nothing. */
export const surveyResponseRefSchema = z.object({
  surveyId: z.uuid({ message: "アンケートの指定が正しくありません。" }),
  id: z.uuid({ message: "回答の指定が正しくありません。" }),
});

export const surveyCopySchema = z
  .object({
    sourceId: z.uuid(),
    regionId: z.uuid(),
    editionId: z.uuid().nullish(),
    title: text(200),
    opensOn: isoDateSchema,
    closesOn: isoDateSchema,
  })
  .refine(periodIsOrdered, periodMessage);
export type SurveyCopy = z.infer<typeof surveyCopySchema>;

/**
 * Gives every new question and option an id, so answers can refer to them and labels can be corrected later
 * without losing what they point at.
 */
export function assignQuestionIds(
  questions: z.infer<typeof surveyQuestionInputSchema>[],
  newId: () => string,
): SurveyQuestion[] {
  return questions.map((q) => ({
    id: q.id ?? newId(),
    kind: q.kind,
    label: q.label,
    help: q.help,
    required: q.required,
    options: q.options.map((o) => ({ id: o.id ?? newId(), label: o.label })),
    scaleMinLabel: q.kind === "scale" ? q.scaleMinLabel : null,
    scaleMaxLabel: q.kind === "scale" ? q.scaleMaxLabel : null,
  }));
}

/**
 * Why a change of questions would break answers already given, in Japanese; empty when it is safe.
 * Once answers exist a question may be reworded, moved, made optional or required, and get new options;
 * it may not be removed, change its kind, or lose an option, since existing answers point at them.
 */
export function questionChangeProblems(
  before: readonly SurveyQuestion[],
  after: readonly SurveyQuestion[],
  hasAnswers: boolean,
): string[] {
  if (!hasAnswers) return [];
  const problems: string[] = [];
  const afterById = new Map(after.map((q) => [q.id, q]));
  for (const old of before) {
    const next = afterById.get(old.id);
    if (!next) {
      problems.push(`回答が既にあるため、質問「${old.label}」は削除できません（回答が失われます）。`);
      continue;
    }
    if (next.kind !== old.kind) {
      problems.push(
        `回答が既にあるため、質問「${old.label}」の形式は変更できません（既存の回答が読めなくなります）。`,
      );
      continue;
    }
    const kept = new Set(next.options.map((o) => o.id));
    for (const option of old.options) {
      if (!kept.has(option.id)) {
        problems.push(
          `回答が既にあるため、質問「${old.label}」の選択肢「${option.label}」は削除できません（選んだ人の回答が失われます）。`,
        );
      }
    }
  }
  return problems;
}

/** Whether a survey takes answers on a given day, and why not (the public page shows the message). */
export type SurveyAvailability =
  | { open: true }
  | { open: false; reason: "draft" | "notYetOpen" | "closed"; message: string };

export function surveyAvailability(
  survey: { status: SurveyStatus; opensOn: IsoDate; closesOn: IsoDate },
  today: IsoDate = todayInTokyo(),
): SurveyAvailability {
  if (survey.status === "draft") {
    return { open: false, reason: "draft", message: "このアンケートはまだ公開されていません。" };
  }
  if (survey.status === "closed" || today > survey.closesOn) {
    return {
      open: false,
      reason: "closed",
      message: "このアンケートの回答受付は終了しました。ご協力ありがとうございました。",
    };
  }
  if (today < survey.opensOn) {
    return {
      open: false,
      reason: "notYetOpen",
      message: "このアンケートはまだ回答を受け付けていません。受付開始日以降にお越しください。",
    };
  }
  return { open: true };
}

/** One answer as sent by the public page: an option id, several, a scale value or text. */
export type AnswerValue = string | string[] | number;

export const surveySubmissionSchema = z.object({
  token: safeString().regex(/^[A-Za-z0-9_-]{22,64}$/),
  /** Made by the answer page once per form: a second send of the same form is stored once. */
  idempotencyKey: z.uuid(),
  respondentOrganizationType: z.enum(ORGANIZATION_TYPES).nullish(),
  /** The respondent agreed to the survey's purpose of use: needed for any free-text answer (survey-consent.ts). */
  textConsent: z.boolean().default(false),
  answers: z.record(
    safeString().max(40),
    z.union([
      safeString().max(LONG_TEXT_MAX * 2),
      z.array(safeString().max(40)).max(MAX_OPTIONS),
      z.number(),
    ]),
  ),
});
export type SurveySubmission = z.infer<typeof surveySubmissionSchema>;

/** Answers as stored: question id → option id(s), scale value, or text; unanswered questions are absent. */
export type StoredAnswers = Record<string, AnswerValue>;

export type AnswerErrors = Record<string, string>;

/**
 * Checks a submission against the survey's questions. Returns the cleaned answers (trimmed text, empty
 * answers dropped) or, per question id, a Japanese reason.
 */
export function validateAnswers(
  questions: readonly SurveyQuestion[],
  answers: Record<string, unknown>,
): { ok: true; answers: StoredAnswers } | { ok: false; errors: AnswerErrors } {
  const errors: AnswerErrors = {};
  const clean: StoredAnswers = {};
  const known = new Set(questions.map((q) => q.id));
  for (const id of Object.keys(answers)) {
    if (!known.has(id)) errors[id] = "このアンケートにない質問への回答です。ページを再読み込みしてください。";
  }
  for (const q of questions) {
    const result = checkAnswer(q, answers[q.id]);
    if (result.error) errors[q.id] = result.error;
    else if (result.value !== undefined) clean[q.id] = result.value;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, answers: clean };
}

const REQUIRED = "この質問は回答必須です。";

function checkAnswer(q: SurveyQuestion, raw: unknown): { value?: AnswerValue; error?: string } {
  const isEmpty =
    raw === undefined ||
    raw === null ||
    (typeof raw === "string" && raw.trim() === "") ||
    (Array.isArray(raw) && raw.length === 0);
  if (isEmpty) return q.required ? { error: REQUIRED } : {};
  const optionIds = new Set(q.options.map((o) => o.id));
  switch (q.kind) {
    case "single":
      if (typeof raw !== "string" || !optionIds.has(raw)) return { error: "選択肢の中から選んでください。" };
      return { value: raw };
    case "multiple": {
      if (!Array.isArray(raw) || raw.some((v) => typeof v !== "string" || !optionIds.has(v))) {
        return { error: "選択肢の中から選んでください。" };
      }
      if (new Set(raw).size !== raw.length) return { error: "同じ選択肢が2回選ばれています。" };
      // Stored in the survey's order, whatever order they were ticked in.
      return { value: q.options.map((o) => o.id).filter((id) => raw.includes(id)) };
    }
    case "scale":
      if (typeof raw !== "number" || !Number.isInteger(raw) || raw < SCALE_MIN || raw > SCALE_MAX) {
        return { error: `${SCALE_MIN}から${SCALE_MAX}の中から選んでください。` };
      }
      return { value: raw };
    case "shortText":
    case "longText": {
      if (typeof raw !== "string") return { error: "文章で入力してください。" };
      const max = q.kind === "shortText" ? SHORT_TEXT_MAX : LONG_TEXT_MAX;
      const value = raw.trim();
      if (value.length > max)
        return { error: `${max}文字以内で入力してください（現在${value.length}文字）。` };
      if (q.kind === "shortText" && /[\r\n]/.test(value))
        return { error: "改行せずに1行で入力してください。" };
      return { value };
    }
  }
}

/** The response counts reached between two totals that earn a timeline entry (every 10 answers). */
export function responseMilestonesCrossed(
  before: number,
  after: number,
  every = RESPONSE_MILESTONE_EVERY,
): number[] {
  const crossed: number[] = [];
  for (let n = (Math.floor(before / every) + 1) * every; n <= after; n += every) crossed.push(n);
  return crossed;
}

/** What a results filter may narrow to: a respondent organization type, or those who gave none. */
export const respondentFilterSchema = z
  .union([z.enum(ORGANIZATION_TYPES), z.literal("unspecified")])
  .nullish();
export type RespondentFilter = OrganizationType | "unspecified" | null | undefined;

/** Results of one question, computed from per-option counts. */
export interface ChoiceResult {
  optionId: string;
  label: string;
  count: number;
  /** Share of respondents who answered the question, 0–100, one decimal. */
  percent: number;
}

export function choiceResults(
  options: readonly SurveyOption[],
  counts: ReadonlyMap<string, number>,
  answered: number,
): ChoiceResult[] {
  return options.map((o) => {
    const count = counts.get(o.id) ?? 0;
    return { optionId: o.id, label: o.label, count, percent: percentOf(count, answered) };
  });
}

export function percentOf(count: number, total: number): number {
  return total === 0 ? 0 : Math.round((count / total) * 1000) / 10;
}

/** The distribution of a 1–5 scale and its mean (null when nobody answered). */
export function scaleResults(counts: ReadonlyMap<number, number>): {
  distribution: { value: number; count: number; percent: number }[];
  answered: number;
  mean: number | null;
} {
  let answered = 0;
  let sum = 0;
  for (let v = SCALE_MIN; v <= SCALE_MAX; v++) {
    const c = counts.get(v) ?? 0;
    answered += c;
    sum += c * v;
  }
  return {
    distribution: Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => {
      const value = SCALE_MIN + i;
      const count = counts.get(value) ?? 0;
      return { value, count, percent: percentOf(count, answered) };
    }),
    answered,
    mean: answered === 0 ? null : Math.round((sum / answered) * 100) / 100,
  };
}

/** One answer as a CSV cell: option labels (several joined by " / "), the scale value, or the text. */
export function answerCell(question: SurveyQuestion, value: AnswerValue | undefined): string {
  if (value === undefined) return "";
  if (typeof value === "number") return String(value);
  const label = (id: string) => question.options.find((o) => o.id === id)?.label ?? id;
  if (Array.isArray(value)) return value.map(label).join(" / ");
  return isChoiceKind(question.kind) ? label(value) : value;
}

/**
 * A cell Excel would read as a formula (=, +, -, @, tab or CR first) gets a leading apostrophe, so an answer
 * typed on the public page can never run as a formula in the organizers' spreadsheet.
 */
export function spreadsheetSafe(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
