import { useTranslation } from "react-i18next";
import { FieldFrame } from "../../../components/form-field";
import type { FieldErrors } from "../../../lib/field-errors";
import { addOption, type DraftQuestion } from "../lib/builder-state";
import { useFocusLater } from "./use-focus-later";

interface Props {
  question: DraftQuestion;
  /** Position in the survey, for the API's error paths (questions.<index>.options…). */
  index: number;
  /** The survey has answers: saved options may be reworded but not removed. */
  locked: boolean;
  errors: FieldErrors;
  onChange: (question: DraftQuestion) => void;
}

/** The choices of a single or multiple choice question: one labelled box each, add below, remove beside. */
export function OptionsEditor({ question, index, locked, errors, onChange }: Props) {
  const { t } = useTranslation();
  const focusLater = useFocusLater();
  const base = `sq-${question.key}`;
  const inputId = (key: string) => `${base}-option-${key}`;
  const groupErrors = errors[`questions.${index}.options`];
  const groupErrorId = groupErrors ? `${base}-options-error` : undefined;
  const lockNoteId = `${base}-options-locked`;
  const anyLocked = locked && question.options.some((o) => o.id);

  const add = () => {
    const next = addOption(question);
    onChange(next);
    const added = next.options[next.options.length - 1];
    if (added) focusLater(inputId(added.key));
  };
  const remove = (position: number) => {
    const options = question.options.filter((_, i) => i !== position);
    onChange({ ...question, options });
    const neighbour = options[Math.max(position - 1, 0)];
    focusLater(neighbour ? inputId(neighbour.key) : `${base}-add-option`);
  };

  return (
    <fieldset className="options-editor" aria-describedby={groupErrorId}>
      <legend>{t("surveys.builder.options")}</legend>
      {anyLocked && (
        <p id={lockNoteId} className="field-hint">
          {t("surveys.builder.lockedOptions")}
        </p>
      )}
      {groupErrors && (
        <ul id={groupErrorId} className="field-error">
          {groupErrors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      <ol className="option-rows">
        {question.options.map((option, position) => {
          const n = position + 1;
          const optionLocked = locked && option.id !== undefined;
          return (
            <li key={option.key} className="option-row">
              <FieldFrame
                id={inputId(option.key)}
                label={t("surveys.builder.option", { n })}
                required
                errors={errors[`questions.${index}.options.${position}.label`]}
              >
                {(describedBy, invalid) => (
                  <input
                    id={inputId(option.key)}
                    type="text"
                    value={option.label}
                    required
                    aria-invalid={invalid || undefined}
                    aria-describedby={describedBy}
                    onChange={(e) =>
                      onChange({
                        ...question,
                        options: question.options.map((o) =>
                          o.key === option.key ? { ...o, label: e.target.value } : o,
                        ),
                      })
                    }
                  />
                )}
              </FieldFrame>
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={optionLocked}
                aria-label={t("surveys.builder.removeOption", { n })}
                aria-describedby={optionLocked ? lockNoteId : undefined}
                onClick={() => remove(position)}
              >
                {t("surveys.builder.remove")}
              </button>
            </li>
          );
        })}
      </ol>
      <button
        id={`${base}-add-option`}
        type="button"
        className="button button--secondary button--small"
        onClick={add}
      >
        {t("surveys.builder.addOption")}
      </button>
    </fieldset>
  );
}
