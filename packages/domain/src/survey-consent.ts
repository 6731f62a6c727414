import type { SurveyQuestion } from "./surveys";
import type { QuestionKind } from "./vocabulary";

// Purpose of use and consent (APPI, 要配慮個人情報): a survey says what its answers are for at the top of the answer
// page, and free text — where someone may write about a disease — is taken only from respondents who agreed to
// that purpose. Choice and scale answers need no consent: they cannot carry more than the options say.

/** The purpose shown when a survey has none of its own (surveys made before the field existed, or left empty). */
export const DEFAULT_SURVEY_PURPOSE_JA =
  "このアンケートの回答は、難病・慢性疾患就労支援ネットワークフォーラムの準備と振り返り（プログラムや運営の改善）のためだけに利用します。" +
  "集計結果は個人や所属先が分からない形で公表することがあります。自由記述の内容は、この地域のフォーラムを準備する実行委員だけが読みます。\n" +
  "病名や健康状態などの要配慮個人情報は、必要な場合を除き記入しないでください。";

export const SURVEY_PURPOSE_MAX = 2000;

const TEXT_KINDS: readonly QuestionKind[] = ["shortText", "longText"];
export const isTextKind = (kind: QuestionKind) => TEXT_KINDS.includes(kind);

/** Whether the answer page must ask for consent: the survey has a free-text question. */
export const asksTextConsent = (questions: readonly Pick<SurveyQuestion, "kind">[]) =>
  questions.some((q) => isTextKind(q.kind));

export const TEXT_CONSENT_NEEDED =
  "自由記述に回答するには、ページ上部の「回答の利用目的」に同意してください（チェックを入れてください）。";
export const TEXT_CONSENT_QUESTION =
  "利用目的への同意がないため、この自由記述は受け付けられません。同意欄にチェックを入れるか、この欄を空にしてください。";
export const TEXT_CONSENT_REQUIRED_QUESTION =
  "この質問は回答必須です。回答するには、ページ上部の「回答の利用目的」への同意が必要です。";

/**
 * The consent rule: without consent, a submission holding any free text is refused as a whole — the text is
 * never dropped silently — and names each free-text question filled in (or required), so the respondent either
 * ticks the box or empties those fields. A submission with choices only needs no consent. Returns null when the
 * rule is met, else the message for the consent box and per question id the message beside it.
 */
export function textConsentProblems(
  questions: readonly Pick<SurveyQuestion, "id" | "kind" | "required">[],
  answers: Record<string, unknown>,
  consent: boolean,
): { consent: string; questions: Record<string, string> } | null {
  if (consent) return null;
  const byQuestion: Record<string, string> = {};
  for (const q of questions) {
    if (!isTextKind(q.kind)) continue;
    const raw = answers[q.id];
    const filled = typeof raw === "string" ? raw.trim() !== "" : raw !== undefined && raw !== null;
    if (filled) byQuestion[q.id] = TEXT_CONSENT_QUESTION;
    else if (q.required) byQuestion[q.id] = TEXT_CONSENT_REQUIRED_QUESTION;
  }
  return Object.keys(byQuestion).length > 0 ? { consent: TEXT_CONSENT_NEEDED, questions: byQuestion } : null;
}
