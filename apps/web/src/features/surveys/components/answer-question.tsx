import { type AnswerValue, LONG_TEXT_MAX, SHORT_TEXT_MAX, type SurveyQuestion } from "@kyoso/domain";
import type { ReactNode } from "react";
import { useAnswerText } from "./answer-text";
import { TextAnswer } from "./text-answer";

interface Props {
  question: SurveyQuestion;
  number: number;
  /** Keeps element ids apart when the builder's preview and the form share a page. */
  idPrefix: string;
  value: AnswerValue | undefined;
  error: string | undefined;
  onChange: (value: AnswerValue | undefined) => void;
}

export const questionDomId = (idPrefix: string, questionId: string) => `${idPrefix}-${questionId}`;

/**
 * One question as a respondent sees it. Choices and the scale are fieldsets whose legend names the question and
 * says 「必須」 in words, followed by the help and the error, both tied to the group by aria-describedby. Required
 * radios carry `required` (exposed as aria-required); the form is noValidate, so the page, not the browser,
 * reports what is missing.
 */
export function AnswerQuestion({ question, number, idPrefix, value, error, onChange }: Props) {
  const t = useAnswerText();
  const base = questionDomId(idPrefix, question.id);
  const ids = { help: `${base}-help`, error: `${base}-error` };
  const describedBy =
    [error ? ids.error : null, question.help ? ids.help : null].filter(Boolean).join(" ") || undefined;
  const heading = (
    <>
      <span className="answer-number">{t("question", { n: number })}</span>
      <span className="answer-label">{question.label}</span>
      {question.required ? (
        <span className="answer-required">{t("required")}</span>
      ) : (
        <span className="answer-optional">{t("optional")}</span>
      )}
    </>
  );
  const notes = (
    <>
      {question.help && (
        <p id={ids.help} className="answer-help">
          {question.help}
        </p>
      )}
      {error && (
        <p id={ids.error} className="answer-error">
          <span aria-hidden="true">! </span>
          <span className="visually-hidden">{t("errorPrefix")}</span>
          {error}
        </p>
      )}
    </>
  );

  if (question.kind === "shortText" || question.kind === "longText") {
    return (
      <div id={base} className={error ? "answer-question answer-question--invalid" : "answer-question"}>
        <TextAnswer
          id={`${base}-input`}
          label={heading}
          notes={notes}
          describedBy={describedBy}
          multiline={question.kind === "longText"}
          max={question.kind === "longText" ? LONG_TEXT_MAX : SHORT_TEXT_MAX}
          required={question.required}
          invalid={Boolean(error)}
          value={typeof value === "string" ? value : ""}
          onChange={(text) => onChange(text === "" ? undefined : text)}
        />
      </div>
    );
  }

  const group = (children: ReactNode, radio: boolean) => (
    <fieldset
      id={base}
      className={error ? "answer-question answer-question--invalid" : "answer-question"}
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
    >
      <legend>{heading}</legend>
      {notes}
      {children}
      {radio && !question.required && value !== undefined && (
        <button type="button" className="answer-clear" onClick={() => onChange(undefined)}>
          {t("clearChoice", { n: number })}
        </button>
      )}
    </fieldset>
  );

  if (question.kind === "scale") {
    const ends = { min: question.scaleMinLabel, max: question.scaleMaxLabel };
    return group(
      <>
        {(ends.min || ends.max) && (
          <p className="answer-scale-ends" aria-hidden="true">
            <span>{ends.min && `1 = ${ends.min}`}</span>
            <span>{ends.max && `5 = ${ends.max}`}</span>
          </p>
        )}
        <div className="answer-scale">
          {[1, 2, 3, 4, 5].map((point) => {
            const end = point === 1 ? ends.min : point === 5 ? ends.max : null;
            return (
              <label key={point} className="answer-scale-point" htmlFor={`${base}-${point}`}>
                <input
                  id={`${base}-${point}`}
                  type="radio"
                  required={question.required}
                  name={base}
                  value={point}
                  checked={value === point}
                  onChange={() => onChange(point)}
                />
                <span className="answer-scale-value">{point}</span>
                {end && <span className="visually-hidden">{end}</span>}
              </label>
            );
          })}
        </div>
      </>,
      true,
    );
  }

  const multiple = question.kind === "multiple";
  const chosen = Array.isArray(value) ? value : [];
  return group(
    <>
      {multiple && <p className="answer-help">{t("multipleHint")}</p>}
      <div className="answer-choices">
        {question.options.map((option) => (
          <label key={option.id} className="answer-choice" htmlFor={`${base}-${option.id}`}>
            {multiple ? (
              <input
                id={`${base}-${option.id}`}
                type="checkbox"
                name={base}
                value={option.id}
                checked={chosen.includes(option.id)}
                onChange={(e) => {
                  const next = e.target.checked
                    ? [...chosen, option.id]
                    : chosen.filter((id) => id !== option.id);
                  onChange(next.length === 0 ? undefined : next);
                }}
              />
            ) : (
              <input
                id={`${base}-${option.id}`}
                type="radio"
                required={question.required}
                name={base}
                value={option.id}
                checked={value === option.id}
                onChange={() => onChange(option.id)}
              />
            )}
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </>,
    !multiple,
  );
}
