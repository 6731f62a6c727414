import type { AnswerValue } from "@kyoso/domain";

/** What the respondent has entered so far, by question id; untouched questions are absent. */
export type AnswerDraft = Record<string, AnswerValue>;

/** Per question id, the message to show beside it. */
export type AnswerErrors = Record<string, string>;

/**
 * The server's per-question messages (keys `answers.<questionId>`) and anything else it said about the form
 * as a whole, so the page shows each message beside its question and the rest in the summary. A message about
 * a question the page does not show (removed since it loaded) goes to the summary too.
 */
export function splitServerErrors(
  fieldErrors: Record<string, string[]>,
  questions: readonly { id: string }[],
): { byQuestion: AnswerErrors; other: string[] } {
  const shown = new Set(questions.map((q) => q.id));
  const byQuestion: AnswerErrors = {};
  const other: string[] = [];
  for (const [key, messages] of Object.entries(fieldErrors)) {
    const [first] = messages;
    if (first === undefined) continue;
    const questionId = key.startsWith("answers.") ? key.slice("answers.".length) : null;
    if (questionId !== null && shown.has(questionId)) byQuestion[questionId] = first;
    else if (!other.includes(first)) other.push(first);
  }
  return { byQuestion, other };
}

/** The answers in the order of the questions, so the error summary lists them as the page shows them. */
export function orderedErrors(
  questions: readonly { id: string }[],
  errors: AnswerErrors,
): { questionId: string; number: number; message: string }[] {
  return questions.flatMap((q, index) => {
    const message = errors[q.id];
    return message === undefined ? [] : [{ questionId: q.id, number: index + 1, message }];
  });
}

/**
 * A random v4 UUID. crypto.randomUUID exists only in secure contexts (https or localhost); a plain-http
 * address on a local network still needs a key, so it falls back to getRandomValues.
 */
export function randomId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
