import {
  type AnswerValue,
  isTextKind,
  LONG_TEXT_MAX,
  SCALE_MAX,
  SCALE_MIN,
  SHORT_TEXT_MAX,
  type SurveyQuestion,
} from "@kyoso/domain";
import { type Html, html } from "../html";
import { CONSENT_FIELD, fieldName } from "./form-state";

// One question as plain HTML. Choices and the scale are fieldsets whose legend names the question and says
// 「必須」 in words; the help and the error are tied to the group (or the text box) by aria-describedby. The form
// is novalidate: the server, not the browser, says what is missing, in the same words as the summary.

/** The element the error summary links to: the question's first control, so the keyboard lands on it. */
export function firstControlId(question: SurveyQuestion): string {
  const base = fieldName(question.id);
  if (isTextKind(question.kind)) return `${base}-input`;
  if (question.kind === "scale") return `${base}-${SCALE_MIN}`;
  return `${base}-${question.options[0]?.id ?? "none"}`;
}

const marker = (required: boolean) =>
  required ? html`<span class="required">必須</span>` : html`<span class="optional">任意</span>`;

function heading(question: SurveyQuestion, number: number): Html {
  return html`<span class="q-number">質問${number}</span><span class="q-label">${question.label}</span>${marker(question.required)}`;
}

function notes(
  ids: { help: string; error: string; consent: string },
  question: SurveyQuestion,
  error?: string,
) {
  return html`${question.help ? html`<p id="${ids.help}" class="help">${question.help}</p>` : ""}${
    isTextKind(question.kind)
      ? html`<p id="${ids.consent}" class="help">自由記述です。回答するには、ページ上部の「回答の利用目的」への同意が必要です。</p>`
      : ""
  }${error ? html`<p id="${ids.error}" class="error"><span class="visually-hidden">エラー: </span>${error}</p>` : ""}`;
}

export function renderQuestion(
  question: SurveyQuestion,
  number: number,
  value: AnswerValue | undefined,
  error: string | undefined,
): Html {
  const base = fieldName(question.id);
  const ids = { help: `${base}-help`, error: `${base}-error`, consent: `${base}-consent` };
  const describedBy =
    [
      error ? ids.error : null,
      question.help ? ids.help : null,
      isTextKind(question.kind) ? ids.consent : null,
    ]
      .filter(Boolean)
      .join(" ") || null;
  const invalid = error ? html` aria-invalid="true"` : "";
  const box = `question${error ? " invalid" : ""}`;

  if (isTextKind(question.kind)) {
    const long = question.kind === "longText";
    const text = typeof value === "string" ? value : "";
    const max = long ? LONG_TEXT_MAX : SHORT_TEXT_MAX;
    const attrs = html`id="${base}-input" name="${base}" maxlength="${max}"${
      describedBy ? html` aria-describedby="${describedBy}"` : ""
    }${question.required ? html` aria-required="true"` : ""}${invalid}`;
    return html`<div id="${base}" class="${box}">
<label for="${base}-input" class="q-heading">${heading(question, number)}</label>
${notes(ids, question, error)}
${long ? html`<textarea ${attrs} rows="5">${text}</textarea>` : html`<input type="text" ${attrs} value="${text}">`}
<p class="limit">${max}文字まで</p>
</div>`;
  }

  const group = (controls: Html) => html`<fieldset id="${base}" class="${box}"${
    describedBy ? html` aria-describedby="${describedBy}"` : ""
  }${invalid}>
<legend class="q-heading">${heading(question, number)}</legend>
${notes(ids, question, error)}
${controls}
</fieldset>`;
  // Without a script a chosen radio cannot be unchosen: optional questions offer 「回答しない」 instead.
  const none = (checked: boolean) =>
    question.required
      ? ""
      : html`<label class="choice none" for="${base}-none"><input type="radio" id="${base}-none" name="${base}" value=""${
          checked ? " checked" : ""
        }><span>回答しない</span></label>`;

  if (question.kind === "scale") {
    const ends = { min: question.scaleMinLabel, max: question.scaleMaxLabel };
    const points = Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => SCALE_MIN + i);
    return group(
      html`${
        ends.min || ends.max
          ? html`<p class="scale-ends" aria-hidden="true"><span>${ends.min ? `${SCALE_MIN} = ${ends.min}` : ""}</span><span>${
              ends.max ? `${SCALE_MAX} = ${ends.max}` : ""
            }</span></p>`
          : ""
      }<div class="scale">${points.map((point) => {
        const end = point === SCALE_MIN ? ends.min : point === SCALE_MAX ? ends.max : null;
        return html`<label class="scale-point" for="${base}-${point}"><input type="radio" id="${base}-${point}" name="${base}" value="${point}"${
          question.required ? " required" : ""
        }${value === point ? " checked" : ""}><span>${point}</span>${end ? html`<span class="visually-hidden">${end}</span>` : ""}</label>`;
      })}</div>${none(value === undefined)}`,
    );
  }

  const multiple = question.kind === "multiple";
  const chosen = Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
  return group(
    html`${multiple ? html`<p class="help">あてはまるものをすべて選んでください。</p>` : ""}<div class="choices">${question.options.map(
      (option) =>
        html`<label class="choice" for="${base}-${option.id}"><input type="${multiple ? "checkbox" : "radio"}" id="${base}-${option.id}" name="${base}" value="${option.id}"${
          !multiple && question.required ? " required" : ""
        }${chosen.includes(option.id) ? " checked" : ""}><span>${option.label}</span></label>`,
    )}${multiple ? "" : none(chosen.length === 0)}</div>`,
  );
}

/** The consent box, at the end of the purpose of use and before any question. */
export function renderConsent(checked: boolean, error: string | undefined, textNumbers: number[]): Html {
  const ids = { hint: "consent-hint", error: "consent-error" };
  const describedBy = [error ? ids.error : null, ids.hint].filter(Boolean).join(" ");
  return html`<div id="consent" class="consent${error ? " invalid" : ""}">
${error ? html`<p id="${ids.error}" class="error"><span class="visually-hidden">エラー: </span>${error}</p>` : ""}
<label class="choice" for="consent-input"><input type="checkbox" id="consent-input" name="${CONSENT_FIELD}" value="yes"${
    checked ? " checked" : ""
  } aria-describedby="${describedBy}"${error ? html` aria-invalid="true"` : ""}><span>上記の利用目的に同意して、自由記述に回答します</span></label>
<p id="${ids.hint}" class="help">自由記述の質問（${textNumbers.map((n) => `質問${n}`).join("・")}）に書く場合に必要です。選択式の質問だけに答える場合は、チェックしなくても送信できます。</p>
</div>`;
}
