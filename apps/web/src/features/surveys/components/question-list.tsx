import { QUESTION_KINDS, type QuestionKind } from "@kyoso/domain";
import { useState } from "react";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useFormMessages } from "../../../components/form/schema-form";
import { type DraftQuestion, newQuestion, type SurveyDraft } from "../lib/builder-state";
import { QuestionEditor, questionControlId } from "./question-editor";
import { useFocusLater } from "./use-focus-later";

export const ADD_QUESTIONS_ID = "survey-add-questions";

/**
 * The survey's questions, a field array of the builder's form. Questions are reordered with up/down buttons (no
 * dragging needed); each move, addition and removal is announced, and focus follows the question moved or lands
 * on the one added.
 */
export function QuestionList({ responseCount }: { responseCount: number }) {
  const { t } = useTranslation();
  const focusLater = useFocusLater();
  const [announcement, setAnnouncement] = useState("");
  const { control, getValues } = useFormContext<SurveyDraft>();
  const rows = useFieldArray({ control, name: "questions" });
  // Re-renders on every change inside the questions; the values themselves are read from the form, which a move
  // or an addition updates in the same render as the field array (a watched copy can be one render behind, and
  // focus would then land on the question's old place).
  useWatch({ control, name: "questions" });
  const questionAt = (index: number): DraftQuestion | undefined => getValues(`questions.${index}`);
  const messages = useFormMessages("questions");
  // With questions on the page, react-hook-form keeps the list's own message under "root".
  const listErrors = messages("questions") ?? messages("questions.root");
  const locked = responseCount > 0;
  const total = rows.fields.length;
  const labelOf = (q: DraftQuestion) => q.label.trim() || t("surveys.builder.untitled");

  const add = (kind: QuestionKind) => {
    const question = newQuestion(kind);
    rows.append(question, { shouldFocus: false });
    setAnnouncement(t("surveys.builder.added", { kind: t(`surveys.kind.${kind}`), n: total + 1 }));
    focusLater(questionControlId(question.key, "label"));
  };
  const move = (index: number, delta: -1 | 1) => {
    const question = questionAt(index);
    const target = index + delta;
    if (!question || target < 0 || target >= total) return;
    rows.swap(index, target);
    const position = target + 1;
    setAnnouncement(t("surveys.builder.moved", { label: labelOf(question), position, total }));
    // At either end the button pressed is now disabled: keep focus on its partner instead.
    const atEdge = (delta === -1 && position === 1) || (delta === 1 && position === total);
    const control = delta === -1 ? (atEdge ? "down" : "up") : atEdge ? "up" : "down";
    focusLater(questionControlId(question.key, control));
  };
  const remove = (index: number) => {
    const question = questionAt(index);
    if (!question) return;
    const neighbour = questionAt(index + 1) ?? (index > 0 ? questionAt(index - 1) : undefined);
    rows.remove(index);
    setAnnouncement(t("surveys.builder.removed", { n: index + 1, label: labelOf(question) }));
    focusLater(neighbour ? questionControlId(neighbour.key, "label") : ADD_QUESTIONS_ID);
  };

  return (
    <section aria-labelledby="survey-questions-heading" className="survey-questions">
      <h2 id="survey-questions-heading">{t("surveys.builder.questionsHeading")}</h2>
      {locked && (
        <p className="notice notice--info">{t("surveys.builder.lockedNotice", { count: responseCount })}</p>
      )}
      {listErrors && (
        <ul className="field-error" id="survey-questions-error">
          {listErrors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {total === 0 ? (
        <p className="empty">{t("surveys.builder.noQuestions")}</p>
      ) : (
        <ol className="question-list">
          {rows.fields.map((row, index) => {
            const question = questionAt(index);
            return (
              question && (
                <li key={row.id}>
                  <QuestionEditor
                    question={question}
                    index={index}
                    total={total}
                    locked={locked}
                    onMove={(delta) => move(index, delta)}
                    onRemove={() => remove(index)}
                  />
                </li>
              )
            );
          })}
        </ol>
      )}
      <fieldset
        id={ADD_QUESTIONS_ID}
        className="add-questions"
        tabIndex={-1}
        aria-describedby={listErrors ? "survey-questions-error" : undefined}
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
  );
}
