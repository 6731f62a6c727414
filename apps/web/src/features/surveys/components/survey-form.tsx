import { parseIsoDate, QUESTION_KINDS, type QuestionKind } from "@kyoso/domain";
import { type FormEvent, type ReactNode, type RefObject, useState } from "react";
import { useTranslation } from "react-i18next";
import { CheckboxField, TextAreaField, TextField } from "../../../components/fields";
import { FormActions } from "../../../components/form-actions";
import { FormFailure } from "../../../components/form-failure";
import { useDates } from "../../../i18n/use-dates";
import type { ApiFailure } from "../../../lib/api-errors";
import type { FieldErrors } from "../../../lib/field-errors";
import { type DraftQuestion, moved, newQuestion, type SurveyDraft } from "../lib/builder-state";
import { QuestionEditor, questionControlId } from "./question-editor";
import { useFocusLater } from "./use-focus-later";

interface Props {
  formRef: RefObject<HTMLFormElement | null>;
  draft: SurveyDraft;
  onChange: (draft: SurveyDraft) => void;
  /** Responses so far: above zero, saved questions and options are locked against removal. */
  responseCount: number;
  errors: FieldErrors;
  failure: ApiFailure | null;
  onReload?: () => void;
  pending: boolean;
  submitLabel: string;
  success: ReactNode;
  /** Fields only the create form has (the forum the survey belongs to). */
  extraFields?: ReactNode;
  onSubmit: () => void;
}

/**
 * The survey builder. Questions are reordered with up/down buttons (no dragging needed); each move, addition
 * and removal is announced, and focus follows the question moved or lands on the one added.
 */
export function SurveyForm(props: Props) {
  const { t } = useTranslation();
  const dates = useDates();
  const { draft, onChange, errors } = props;
  const focusLater = useFocusLater();
  const [announcement, setAnnouncement] = useState("");
  const locked = props.responseCount > 0;
  const set =
    <K extends keyof SurveyDraft>(key: K) =>
    (value: SurveyDraft[K]) =>
      onChange({ ...draft, [key]: value });
  const setQuestions = (questions: DraftQuestion[]) => onChange({ ...draft, questions });
  // The browser draws a date box in its own locale's order: the day is repeated the Japanese way beside it.
  const dateHint = (value: string, key: "opensOn" | "closesOn") =>
    parseIsoDate(value) ? t(`surveys.hints.${key}`, { date: dates.date(value) }) : undefined;
  const labelOf = (q: DraftQuestion) => q.label.trim() || t("surveys.builder.untitled");

  const add = (kind: QuestionKind) => {
    const question = newQuestion(kind);
    setQuestions([...draft.questions, question]);
    setAnnouncement(
      t("surveys.builder.added", { kind: t(`surveys.kind.${kind}`), n: draft.questions.length + 1 }),
    );
    focusLater(questionControlId(question.key, "label"));
  };
  const move = (index: number, delta: -1 | 1) => {
    const question = draft.questions[index];
    if (!question) return;
    const next = moved(draft.questions, index, delta);
    setQuestions(next);
    const position = index + delta + 1;
    setAnnouncement(t("surveys.builder.moved", { label: labelOf(question), position, total: next.length }));
    // At either end the button pressed is now disabled: keep focus on its partner instead.
    const atEdge = (delta === -1 && position === 1) || (delta === 1 && position === next.length);
    const control = delta === -1 ? (atEdge ? "down" : "up") : atEdge ? "up" : "down";
    focusLater(questionControlId(question.key, control));
  };
  const remove = (index: number) => {
    const question = draft.questions[index];
    if (!question) return;
    const next = draft.questions.filter((_, i) => i !== index);
    setQuestions(next);
    setAnnouncement(t("surveys.builder.removed", { n: index + 1, label: labelOf(question) }));
    const neighbour = next[Math.min(index, next.length - 1)];
    focusLater(neighbour ? questionControlId(neighbour.key, "label") : "survey-add-questions");
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!props.pending) props.onSubmit();
  };

  return (
    <form ref={props.formRef} className="form survey-form" noValidate onSubmit={submit}>
      <p className="muted">{t("form.requiredNote")}</p>
      <div className="survey-form-failure">
        <FormFailure failure={props.failure} onReload={props.onReload} />
      </div>

      <section aria-labelledby="survey-basics-heading" className="card">
        <h2 id="survey-basics-heading">{t("surveys.builder.basicsHeading")}</h2>
        <TextField
          id="survey-title"
          label={t("surveys.fields.title")}
          required
          value={draft.title}
          onChange={set("title")}
          errors={errors.title}
        />
        <TextAreaField
          id="survey-introduction"
          label={t("surveys.fields.introduction")}
          hint={t("surveys.hints.introduction")}
          value={draft.introduction}
          onChange={set("introduction")}
          errors={errors.introduction}
        />
        <TextAreaField
          id="survey-purposeOfUse"
          label={t("surveyPurpose.label")}
          hint={t("surveyPurpose.hint")}
          value={draft.purposeOfUse}
          onChange={set("purposeOfUse")}
          errors={errors.purposeOfUse}
        />
        <div className="field-row">
          <TextField
            id="survey-opensOn"
            type="date"
            label={t("surveys.fields.opensOn")}
            hint={dateHint(draft.opensOn, "opensOn")}
            required
            value={draft.opensOn}
            onChange={set("opensOn")}
            errors={errors.opensOn}
          />
          <TextField
            id="survey-closesOn"
            type="date"
            label={t("surveys.fields.closesOn")}
            hint={dateHint(draft.closesOn, "closesOn")}
            required
            value={draft.closesOn}
            onChange={set("closesOn")}
            errors={errors.closesOn}
          />
        </div>
        {props.extraFields}
        <CheckboxField
          id="survey-asksOrganizationType"
          label={t("surveys.fields.asksOrganizationType")}
          hint={t("surveys.hints.asksOrganizationType")}
          checked={draft.asksOrganizationType}
          onChange={set("asksOrganizationType")}
        />
      </section>

      <section aria-labelledby="survey-questions-heading" className="survey-questions">
        <h2 id="survey-questions-heading">{t("surveys.builder.questionsHeading")}</h2>
        {locked && (
          <p className="notice notice--info">
            {t("surveys.builder.lockedNotice", { count: props.responseCount })}
          </p>
        )}
        {errors.questions && (
          <ul className="field-error" id="survey-questions-error">
            {errors.questions.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        )}
        <p role="status" className="visually-hidden">
          {announcement}
        </p>
        {draft.questions.length === 0 ? (
          <p className="empty">{t("surveys.builder.noQuestions")}</p>
        ) : (
          <ol className="question-list">
            {draft.questions.map((question, index) => (
              <li key={question.key}>
                <QuestionEditor
                  question={question}
                  index={index}
                  total={draft.questions.length}
                  locked={locked}
                  errors={errors}
                  onChange={(q) => setQuestions(draft.questions.map((old, i) => (i === index ? q : old)))}
                  onMove={(delta) => move(index, delta)}
                  onRemove={() => remove(index)}
                />
              </li>
            ))}
          </ol>
        )}
        <fieldset
          id="survey-add-questions"
          className="add-questions"
          tabIndex={-1}
          aria-describedby={errors.questions ? "survey-questions-error" : undefined}
        >
          <legend className="add-questions-label">{t("surveys.builder.addHeading")}</legend>
          <div className="actions">
            {QUESTION_KINDS.map((kind) => (
              <button key={kind} type="button" className="button button--secondary" onClick={() => add(kind)}>
                <span aria-hidden="true">＋ </span>
                {t("surveys.builder.addKind", { kind: t(`surveys.kind.${kind}`) })}
              </button>
            ))}
          </div>
        </fieldset>
      </section>

      <FormActions pending={props.pending} label={props.submitLabel} success={props.success} />
    </form>
  );
}
