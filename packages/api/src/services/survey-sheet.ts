import type { Readable } from "node:stream";
import { type DB, responseRange, type SurveyDetail } from "@kyoso/db";
import { ORGANIZATION_TYPE_LABELS_JA, type OrganizationType, type SurveyQuestion } from "@kyoso/domain";
import { type SheetCell, type SheetColumn, xlsxStream } from "../spreadsheets";

// A survey's answers as an Excel sheet: one row per response, one column per question, and for a multiple
// choice question one column per choice (1 when chosen), so a choice can be filtered and summed in Excel.

const BATCH = 5000;

/** Columns wide enough for their header, within reason. */
const widthFor = (header: string) => Math.min(40, Math.max(10, header.length * 2 + 2));

interface QuestionColumns {
  columns: SheetColumn[];
  /** This question's cells of one response, in the order of `columns`. */
  cells: (answer: unknown) => SheetCell[];
}

function questionColumns(q: SurveyQuestion): QuestionColumns {
  const column = (header: string): SheetColumn => ({ header, width: widthFor(header) });
  switch (q.kind) {
    case "multiple": {
      const ids = q.options.map((o) => o.id);
      return {
        columns: q.options.map((o) => column(`${q.label}: ${o.label}`)),
        cells: (answer) => {
          const chosen = Array.isArray(answer) ? answer : [];
          return ids.map((id) => (chosen.includes(id) ? 1 : null));
        },
      };
    }
    case "single": {
      const labels = new Map(q.options.map((o) => [o.id, o.label]));
      return {
        columns: [column(q.label)],
        cells: (answer) => [typeof answer === "string" ? (labels.get(answer) ?? answer) : null],
      };
    }
    case "scale":
      return { columns: [column(q.label)], cells: (answer) => [typeof answer === "number" ? answer : null] };
    case "shortText":
    case "longText":
      return {
        columns: [{ ...column(q.label), width: q.kind === "longText" ? 60 : 30 }],
        cells: (answer) => [typeof answer === "string" ? answer : null],
      };
  }
}

/** "YYYY/MM/DD HH:MI:SS", already in Japan's time, as a date cell showing that time. */
function japanWallClock(text: string): Date {
  const n = (from: number, to: number) => Number(text.slice(from, to));
  return new Date(Date.UTC(n(0, 4), n(5, 7) - 1, n(8, 10), n(11, 13), n(14, 16), n(17, 19)));
}

async function* responseBatches(
  db: DB,
  survey: SurveyDetail,
  questions: QuestionColumns[],
): AsyncGenerator<SheetCell[][]> {
  // As the CSV: responses numbered up to the count when the export starts, the next batch read while this
  // one is written; one left unread when the download is cut short must not become an unhandled rejection.
  // Up to the last number given (deleted answers leave gaps, and are not read).
  const total = survey.lastResponseNumber;
  type Batch = Awaited<ReturnType<typeof responseRange>>;
  const read = (from: number): Promise<Batch> | null => {
    if (from > total) return null;
    const batch = responseRange(db, survey.id, from, Math.min(total, from + BATCH - 1));
    batch.catch(() => {});
    return batch;
  };
  let next = read(1);
  for (let from = 1; next; from += BATCH) {
    const batch: Batch = await next;
    next = read(from + BATCH);
    yield batch.map((r) => {
      const answers = JSON.parse(r.answersJson) as Record<string, unknown>;
      const type = r.respondentOrganizationType as OrganizationType | null;
      const row: SheetCell[] = [
        r.number,
        japanWallClock(r.submittedAtJst),
        type ? (ORGANIZATION_TYPE_LABELS_JA[type] ?? type) : null,
      ];
      survey.questions.forEach((q, i) => {
        for (const cell of questions[i]?.cells(answers[q.id]) ?? []) row.push(cell);
      });
      return row;
    });
  }
}

/** The export's file name: ASCII, so every browser and mail client keeps it. */
export const surveySheetFileName = (survey: SurveyDetail) =>
  `survey-${survey.regionSlug}-${survey.opensOn}.xlsx`;

/** Every response of a survey as an .xlsx stream. */
export function surveyXlsxStream(db: DB, survey: SurveyDetail): Readable {
  const questions = survey.questions.map(questionColumns);
  const columns: SheetColumn[] = [
    { header: "回答番号", width: 10 },
    { header: "回答日時", width: 20, format: "dateTime" },
    { header: "所属の種類", width: 18 },
    ...questions.flatMap((q) => q.columns),
  ];
  return xlsxStream("回答", columns, responseBatches(db, survey, questions));
}
