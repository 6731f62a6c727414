import { isChoiceKind, QUESTION_KINDS, type QuestionKind } from "@kyoso/domain";
import { useFormContext } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { FormCheckbox, FormControl, FormText, FormTextArea } from "../../../components/form/fields";
import { FieldFrame } from "../../../components/form-field";
import { type DraftQuestion, type SurveyDraft, withKind } from "../lib/builder-state";
import { OptionsEditor } from "./options-editor";

interface Props {
  /** The question's current values (watched); its fields are bound to `questions.<index>` of the form. */
  question: DraftQuestion;
  index: number;
  total: number;
  /** The survey has answers: a saved question may not change kind or be removed. */
  locked: boolean;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

export const questionControlId = (key: string, control: "label" | "up" | "down" | "remove") =>
  `sq-${key}-${control}`;

/** One question of the builder, as a titled group: its kind, wording, help, required flag and kind's details. */
export function QuestionEditor({ question, index, total, locked, onMove, onRemove }: Props) {
  const { t } = useTranslation();
  const { setValue } = useFormContext<SurveyDraft>();
  const n = index + 1;
  const base = `sq-${question.key}`;
  const savedAndLocked = locked && question.id !== undefined;
  const lockNoteId = `${base}-locked`;
  const name = `questions.${index}` as const;
  // A choice kind needs two choices to fill in; the choices typed so far stay when switching kinds.
  const changeKind = (kind: QuestionKind, change: (kind: QuestionKind) => void) => {
    const options = withKind(question, kind).options;
    change(kind);
    if (options.length !== question.options.length) setValue(`${name}.options`, options);
  };

  return (
    <fieldset className="question-editor" id={base}>
      <legend>{t("surveys.builder.questionLegend", { n, kind: t(`surveys.kind.${question.kind}`) })}</legend>
      {savedAndLocked && (
        <p id={lockNoteId} className="field-hint">
          {t("surveys.builder.lockedQuestion")}
        </p>
      )}
      <FormControl<QuestionKind>
        name={`${name}.kind`}
        render={({ value, onChange, messages }) => (
          <FieldFrame id={`${base}-kind`} label={t("surveys.builder.kind")} errors={messages()}>
            {(describedBy, invalid) => (
              <select
                id={`${base}-kind`}
                value={value}
                disabled={savedAndLocked}
                aria-invalid={invalid || undefined}
                aria-describedby={
                  [describedBy, savedAndLocked ? lockNoteId : null].filter(Boolean).join(" ") || undefined
                }
                onChange={(e) => changeKind(e.target.value as QuestionKind, onChange)}
              >
                {QUESTION_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`surveys.kind.${kind}`)}
                  </option>
                ))}
              </select>
            )}
          </FieldFrame>
        )}
      />
      <FormText
        id={questionControlId(question.key, "label")}
        name={`${name}.label`}
        label={t("surveys.builder.label")}
        required
      />
      <FormTextArea
        id={`${base}-help`}
        name={`${name}.help`}
        label={t("surveys.builder.help")}
        hint={t("surveys.builder.helpHint")}
        rows={2}
      />
      <FormCheckbox id={`${base}-required`} name={`${name}.required`} label={t("surveys.builder.required")} />
      {isChoiceKind(question.kind) && <OptionsEditor question={question} index={index} locked={locked} />}
      {question.kind === "scale" && (
        <div className="field-row">
          <FormText
            id={`${base}-scaleMin`}
            name={`${name}.scaleMinLabel`}
            label={t("surveys.builder.scaleMin")}
            hint={t("surveys.builder.scaleMinHint")}
          />
          <FormText
            id={`${base}-scaleMax`}
            name={`${name}.scaleMaxLabel`}
            label={t("surveys.builder.scaleMax")}
            hint={t("surveys.builder.scaleMaxHint")}
          />
        </div>
      )}
      <div className="question-tools">
        <button
          id={questionControlId(question.key, "up")}
          type="button"
          className="button button--secondary button--small"
          disabled={index === 0}
          aria-label={t("surveys.builder.moveUpLabel", { n })}
          onClick={() => onMove(-1)}
        >
          <span aria-hidden="true">↑ </span>
          {t("surveys.builder.moveUp")}
        </button>
        <button
          id={questionControlId(question.key, "down")}
          type="button"
          className="button button--secondary button--small"
          disabled={index === total - 1}
          aria-label={t("surveys.builder.moveDownLabel", { n })}
          onClick={() => onMove(1)}
        >
          <span aria-hidden="true">↓ </span>
          {t("surveys.builder.moveDown")}
        </button>
        <button
          id={questionControlId(question.key, "remove")}
          type="button"
          className="button button--danger-secondary button--small"
          disabled={savedAndLocked}
          aria-describedby={savedAndLocked ? lockNoteId : undefined}
          onClick={onRemove}
        >
          {t("surveys.builder.removeQuestion")}
          <span className="visually-hidden">{t("surveys.builder.removeQuestionWhich", { n })}</span>
        </button>
      </div>
    </fieldset>
  );
}
