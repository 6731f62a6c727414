import { Readable } from "node:stream";
import {
  countByRespondentType,
  type DB,
  listTallies,
  listTextAnswers,
  responseRange,
  type SurveyDetail,
} from "@kyoso/db";
import {
  answerCell,
  type ChoiceResult,
  choiceResults,
  isChoiceKind,
  ORGANIZATION_TYPE_LABELS_JA,
  type OrganizationType,
  type QuestionKind,
  type RespondentFilter,
  scaleResults,
  spreadsheetSafe,
} from "@kyoso/domain";
import { stringify } from "csv-stringify/sync";

// Reading a survey's answers: results from the running tallies, free-text pages, and the CSV export.

export interface QuestionResult {
  id: string;
  kind: QuestionKind;
  label: string;
  required: boolean;
  /** How many respondents (in the filter) answered this question. */
  answered: number;
  choices: ChoiceResult[] | null;
  scale: ReturnType<typeof scaleResults> | null;
}

export interface SurveyResults {
  responseCount: number;
  /** Responses by respondent organization type ('unspecified' when none was given), for the filter. */
  byRespondentType: { type: OrganizationType | "unspecified"; count: number }[];
  questions: QuestionResult[];
}

export async function surveyResults(
  db: DB,
  survey: SurveyDetail,
  filter: RespondentFilter,
): Promise<SurveyResults> {
  const [tallies, byType] = await Promise.all([
    listTallies(db, survey.id, filter),
    countByRespondentType(db, survey.id),
  ]);
  const byQuestion = new Map<string, Map<string, number>>();
  for (const t of tallies) {
    const counts = byQuestion.get(t.questionId) ?? new Map<string, number>();
    counts.set(t.value, t.count);
    byQuestion.set(t.questionId, counts);
  }
  const questions = survey.questions.map((q): QuestionResult => {
    const counts = byQuestion.get(q.id) ?? new Map<string, number>();
    const answered = counts.get("*") ?? 0;
    return {
      id: q.id,
      kind: q.kind,
      label: q.label,
      required: q.required,
      answered,
      choices: isChoiceKind(q.kind) ? choiceResults(q.options, counts, answered) : null,
      scale:
        q.kind === "scale"
          ? scaleResults(new Map([...counts].filter(([v]) => v !== "*").map(([v, c]) => [Number(v), c])))
          : null,
    };
  });
  return {
    responseCount: byQuestion.get("")?.get("*") ?? 0,
    byRespondentType: byType
      .filter((t) => t.count > 0)
      .map((t) => ({
        type: (t.organizationType || "unspecified") as OrganizationType | "unspecified",
        count: t.count,
      })),
    questions,
  };
}

export async function textAnswerPage(
  db: DB,
  survey: SurveyDetail,
  input: { questionId: string; filter: RespondentFilter; page: number; pageSize: number },
) {
  const question = survey.questions.find((q) => q.id === input.questionId);
  if (!question || (question.kind !== "shortText" && question.kind !== "longText")) {
    return { rows: [], page: input.page, pageSize: input.pageSize };
  }
  const rows = await listTextAnswers(db, { surveyId: survey.id, ...input });
  return { rows, page: input.page, pageSize: input.pageSize };
}

const EXPORT_BATCH = 5000;

/** The export's file name: ASCII, so every browser and mail client keeps it. */
export const exportFileName = (survey: SurveyDetail) => `survey-${survey.regionSlug}-${survey.opensOn}.csv`;

/** A function per question turning a stored answer into its cell, with option labels looked up once. */
function cellWriters(survey: SurveyDetail) {
  return survey.questions.map((q) => {
    const labels = new Map(q.options.map((o) => [o.id, o.label]));
    const withLabels = {
      ...q,
      options: q.options.map((o) => ({ id: o.id, label: labels.get(o.id) ?? o.id })),
    };
    return (answers: Record<string, unknown>) =>
      spreadsheetSafe(answerCell(withLabels, answers[q.id] as Parameters<typeof answerCell>[1]));
  });
}

/**
 * CRLF rows; csv-stringify quotes a cell only when it holds the record delimiter itself, so a bare LF or CR
 * (a line break typed on a phone) would split one answer into two rows in Excel: quote any cell holding one.
 */
const CSV_OPTIONS = { record_delimiter: "windows", quoted_match: /[\r\n]/ } as const;

/**
 * One CSV chunk per batch of responses (number, time in Japan, respondent type, one column per question),
 * the first with the BOM and the header. The stream asks for the next batch only when the reader has taken
 * the last, so memory stays flat however many responses there are.
 */
async function* csvChunks(db: DB, survey: SurveyDetail): AsyncGenerator<string> {
  const cells = cellWriters(survey);
  yield stringify(
    [["回答番号", "回答日時", "所属の種類", ...survey.questions.map((q) => spreadsheetSafe(q.label))]],
    {
      ...CSV_OPTIONS,
      bom: true,
    },
  );
  // Responses numbered up to the count when the export starts (answers arriving meanwhile wait for the next
  // export), a batch of numbers at a time. The next batch is read while this one is written out, so the
  // database and the formatting overlap; one left unread when the download is cut short must not become an
  // unhandled rejection.
  // Up to the last number given (deleted answers leave gaps, and are not read).
  const total = survey.lastResponseNumber;
  type Batch = Awaited<ReturnType<typeof responseRange>>;
  const read = (from: number): Promise<Batch> | null => {
    if (from > total) return null;
    const batch = responseRange(db, survey.id, from, Math.min(total, from + EXPORT_BATCH - 1));
    batch.catch(() => {});
    return batch;
  };
  let next = read(1);
  for (let from = 1; next; from += EXPORT_BATCH) {
    const batch: Batch = await next;
    next = read(from + EXPORT_BATCH);
    const rows = batch.map((r) => {
      const answers = JSON.parse(r.answersJson) as Record<string, unknown>;
      const type = r.respondentOrganizationType as OrganizationType | null;
      return [
        String(r.number),
        r.submittedAtJst,
        type ? (ORGANIZATION_TYPE_LABELS_JA[type] ?? type) : "",
        ...cells.map((cell) => cell(answers)),
      ];
    });
    if (rows.length > 0) yield stringify(rows, CSV_OPTIONS);
  }
}

/** The survey's answers as a CSV stream that opens correctly in Japanese Excel: UTF-8 with a BOM, CRLF. */
export function surveyCsvStream(db: DB, survey: SurveyDetail): Readable {
  return Readable.from(csvChunks(db, survey), { objectMode: false });
}
