import {
  asksTextConsent,
  DEFAULT_SURVEY_PURPOSE_JA,
  formatDate,
  isTextKind,
  ORGANIZATION_TYPE_LABELS_JA,
  ORGANIZATION_TYPES,
  type SurveyQuestion,
} from "@kyoso/domain";
import { Html, html, paragraphs } from "../html";
import { publicDocument, SITE_NAME } from "../layout";
import { type FormState, KEY_FIELD, ORGANIZATION_FIELD } from "./form-state";
import { firstControlId, renderConsent, renderQuestion } from "./questions";
import { ANSWER_CSS } from "./styles";

// The public answer page, rendered on the server: it works with no script at all, and the small script it links
// (answer-script.ts) only keeps a form from being sent twice and moves focus to the error summary.

/** What the page shows of a survey (PublicSurvey without its id). */
export interface AnswerSurvey {
  title: string;
  introduction: string | null;
  purposeOfUse: string | null;
  opensOn: string;
  closesOn: string;
  asksOrganizationType: boolean;
  regionNameJa: string;
  editionTitle: string | null;
  questions: SurveyQuestion[];
}

export interface FormErrors {
  /** Per question id. */
  questions: Record<string, string>;
  consent?: string;
  organizationType?: string;
  /** About the whole form (too many sends, the survey changed meanwhile). */
  general: string[];
}

export const noErrors = (): FormErrors => ({ questions: {}, general: [] });
export const errorCount = (e: FormErrors) =>
  Object.keys(e.questions).length + (e.consent ? 1 : 0) + (e.organizationType ? 1 : 0) + e.general.length;

interface PageParts {
  action: string;
  scriptSrc: string;
}

const period = (s: AnswerSurvey) =>
  html`<p class="period">回答期間: <time datetime="${s.opensOn}">${formatDate(s.opensOn)}</time>〜<time datetime="${s.closesOn}">${formatDate(s.closesOn)}</time></p>`;

function document(title: string, main: Html, head?: Html): string {
  return publicDocument(
    // No canonical: the page is reached by a secret link and must not be indexed (noindex).
    {
      title,
      description: "アンケートへのご協力のお願い",
      head: html`<style>${new Html(ANSWER_CSS)}</style>${head ?? ""}`,
    },
    main,
    html`<p>${SITE_NAME}</p>`,
  );
}

function top(s: AnswerSurvey): Html {
  return html`<p class="eyebrow">アンケートへのご協力のお願い｜${s.editionTitle ?? s.regionNameJa}</p>
<h1>${s.title}</h1>
${period(s)}`;
}

function summary(survey: AnswerSurvey, errors: FormErrors): Html {
  const count = errorCount(errors);
  if (count === 0) return html``;
  const items = [
    ...(errors.consent
      ? [html`<li><a href="#consent-input">回答の利用目的への同意: ${errors.consent}</a></li>`]
      : []),
    ...(errors.organizationType
      ? [html`<li><a href="#organization-type">ご所属の種類: ${errors.organizationType}</a></li>`]
      : []),
    ...survey.questions.flatMap((q, i) => {
      const message = errors.questions[q.id];
      return message ? [html`<li><a href="#${firstControlId(q)}">質問${i + 1}: ${message}</a></li>`] : [];
    }),
    ...errors.general.map((message) => html`<li>${message}</li>`),
  ];
  return html`<div class="error-summary" id="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
<h2 id="error-summary-title">送信できませんでした。次の${count}件をご確認ください。</h2>
<ul>${items}</ul>
<p>入力した内容は残っています。直してから、もう一度「回答を送信する」を押してください。</p>
</div>`;
}

function organizationField(state: FormState, error: string | undefined): Html {
  const describedBy = ["organization-type-hint", error ? "organization-type-error" : null]
    .filter(Boolean)
    .join(" ");
  return html`<div class="question${error ? " invalid" : ""}">
<label for="organization-type" class="q-heading"><span class="q-label">あなたのご所属の種類</span><span class="optional">任意</span></label>
<p id="organization-type-hint" class="help">集計に使います。答えたくない場合は「回答しない」のままにしてください。</p>
${error ? html`<p id="organization-type-error" class="error"><span class="visually-hidden">エラー: </span>${error}</p>` : ""}
<select id="organization-type" name="${ORGANIZATION_FIELD}" aria-describedby="${describedBy}"${error ? html` aria-invalid="true"` : ""}>
<option value="">回答しない</option>
${ORGANIZATION_TYPES.map(
  (type) =>
    html`<option value="${type}"${state.organizationType === type ? " selected" : ""}>${ORGANIZATION_TYPE_LABELS_JA[type]}</option>`,
)}
</select>
</div>`;
}

/** The form: the purpose of use (with the consent box when there is free text), then the questions. */
export function renderAnswerForm(
  survey: AnswerSurvey,
  state: FormState,
  errors: FormErrors,
  parts: PageParts,
): string {
  const textNumbers = survey.questions.flatMap((q, i) => (isTextKind(q.kind) ? [i + 1] : []));
  const failed = errorCount(errors) > 0;
  const main = html`<div class="plain-page">
${top(survey)}
${summary(survey, errors)}
${survey.introduction ? html`<div class="intro">${paragraphs(survey.introduction)}</div>` : ""}
<form method="post" action="${parts.action}" novalidate class="answer-form" aria-label="回答フォーム">
<input type="hidden" name="${KEY_FIELD}" value="${state.idempotencyKey}">
<section class="purpose" aria-labelledby="purpose-heading">
<h2 id="purpose-heading">回答の利用目的</h2>
${paragraphs(survey.purposeOfUse || DEFAULT_SURVEY_PURPOSE_JA)}
${asksTextConsent(survey.questions) ? renderConsent(state.textConsent, errors.consent, textNumbers) : ""}
</section>
<p class="note">「必須」と書かれた質問は、回答が必要です。それ以外の質問は、答えられる範囲でお答えください。</p>
${survey.asksOrganizationType ? organizationField(state, errors.organizationType) : ""}
${survey.questions.map((q, i) => renderQuestion(q, i + 1, state.answers[q.id], errors.questions[q.id]))}
<div class="submit"><button type="submit">回答を送信する</button></div>
</form>
</div>`;
  return document(
    `${failed ? "エラー: " : ""}${survey.title}｜アンケート`,
    main,
    html`<script src="${parts.scriptSrc}" defer></script>`,
  );
}

export function renderThanks(survey: AnswerSurvey, receipt: { number: number; duplicate: boolean }): string {
  return document(
    `送信しました｜${survey.title}`,
    html`<div class="plain-page">
${top(survey)}
<section class="thanks" aria-labelledby="thanks-heading">
<h2 id="thanks-heading">ご回答ありがとうございました</h2>
<p>${receipt.duplicate ? "この回答は既に受け付けています（二重に受け付けられることはありません）。" : "回答を受け付けました。このページは閉じていただいて構いません。"}</p>
<dl class="receipt"><dt>受付番号</dt><dd>${receipt.number}</dd></dl>
<p class="help">お問い合わせの際は、この受付番号をお伝えください。</p>
</section>
</div>`,
  );
}

/** A survey that takes no answers now (closed, not yet open): its title and why. */
export function renderUnavailable(survey: AnswerSurvey, message: string): string {
  return document(
    `${survey.title}｜アンケート`,
    html`<div class="plain-page">
${top(survey)}
<div class="notice"><p>${message}</p></div>
</div>`,
  );
}

export function renderAnswerNotFound(): string {
  return document(
    `アンケートが見つかりません｜${SITE_NAME}`,
    html`<div class="plain-page"><h1>アンケートが見つかりません</h1>
<p>リンクが正しいかご確認ください。メールなどからコピーしたときに、アドレスの一部が欠けていることがあります。</p></div>`,
  );
}

export function renderRefused(): string {
  return document(
    `送信できませんでした｜${SITE_NAME}`,
    html`<div class="plain-page"><h1>送信できませんでした</h1>
<p>このフォームは、アンケートの回答ページから送信してください。</p></div>`,
  );
}
