import { isChoiceKind, QUESTION_KINDS, type QuestionKind } from "@kyoso/domain";
import { useTranslation } from "react-i18next";
import { CheckboxField, TextAreaField, TextField } from "../../../components/fields";
import { FieldFrame } from "../../../components/form-field";
import type { FieldErrors } from "../../../lib/field-errors";
import { type DraftQuestion, withKind } from "../lib/builder-state";
import { OptionsEditor } from "./options-editor";

interface Props {
  question: DraftQuestion;
  index: number;
  total: number;
  /** The survey has answers: a saved question may not change kind or be removed. */
  locked: boolean;
  errors: FieldErrors;
  onChange: (question: DraftQuestion) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

export const questionControlId = (key: string, control: "label" | "up" | "down" | "remove") =>
  `sq-${key}-${control}`;

/** One question of the builder, as a titled group: its kind, wording, help, required flag and kind's details. */
export function QuestionEditor({
  question,
  index,
  total,
  locked,
  errors,
  onChange,
  onMove,
  onRemove,
}: Props) {
  const { t } = useTranslation();
  const n = index + 1;
  const base = `sq-${question.key}`;
  const savedAndLocked = locked && question.id !== undefined;
  const lockNoteId = `${base}-locked`;
  const path = (field: string) => errors[`questions.${index}.${field}`];
  const set = (patch: Partial<DraftQuestion>) => onChange({ ...question, ...patch });

  return (
    <fieldset className="question-editor" id={base}>
      <legend>{t("surveys.builder.questionLegend", { n, kind: t(`surveys.kind.${question.kind}`) })}</legend>
      {savedAndLocked && (
        <p id={lockNoteId} className="field-hint">
          {t("surveys.builder.lockedQuestion")}
        </p>
      )}
      <FieldFrame id={`${base}-kind`} label={t("surveys.builder.kind")} errors={path("kind")}>
        {(describedBy, invalid) => (
          <select
            id={`${base}-kind`}
            value={question.kind}
            disabled={savedAndLocked}
            aria-invalid={invalid || undefined}
            aria-describedby={
              [describedBy, savedAndLocked ? lockNoteId : null].filter(Boolean).join(" ") || undefined
            }
            onChange={(e) => onChange(withKind(question, e.target.value as QuestionKind))}
          >
            {QUESTION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`surveys.kind.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </FieldFrame>
      <TextField
        id={questionControlId(question.key, "label")}
        label={t("surveys.builder.label")}
        required
        value={question.label}
        onChange={(label) => set({ label })}
        errors={path("label")}
      />
      <TextAreaField
        id={`${base}-help`}
        label={t("surveys.builder.help")}
        hint={t("surveys.builder.helpHint")}
        rows={2}
        value={question.help}
        onChange={(help) => set({ help })}
        errors={path("help")}
      />
      <CheckboxField
        id={`${base}-required`}
        label={t("surveys.builder.required")}
        checked={question.required}
        onChange={(required) => set({ required })}
      />
      {isChoiceKind(question.kind) && (
        <OptionsEditor
          question={question}
          index={index}
          locked={locked}
          errors={errors}
          onChange={onChange}
        />
      )}
      {question.kind === "scale" && (
        <div className="field-row">
          <TextField
            id={`${base}-scaleMin`}
            label={t("surveys.builder.scaleMin")}
            hint={t("surveys.builder.scaleMinHint")}
            value={question.scaleMinLabel}
            onChange={(scaleMinLabel) => set({ scaleMinLabel })}
            errors={path("scaleMinLabel")}
          />
          <TextField
            id={`${base}-scaleMax`}
            label={t("surveys.builder.scaleMax")}
            hint={t("surveys.builder.scaleMaxHint")}
            value={question.scaleMaxLabel}
            onChange={(scaleMaxLabel) => set({ scaleMaxLabel })}
            errors={path("scaleMaxLabel")}
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
