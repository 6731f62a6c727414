import { useFieldArray, useFormContext } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { FormText } from "../../../components/form/fields";
import { useFormMessages } from "../../../components/form/schema-form";
import { type DraftQuestion, emptyOption, type SurveyDraft } from "../lib/builder-state";
import { useFocusLater } from "./use-focus-later";

interface Props {
  /** The question's current values (watched). */
  question: DraftQuestion;
  /** Position in the survey: the choices are the field array `questions.<index>.options`. */
  index: number;
  /** The survey has answers: saved options may be reworded but not removed. */
  locked: boolean;
}

/** The choices of a single or multiple choice question: one labelled box each, add below, remove beside. */
export function OptionsEditor({ question, index, locked }: Props) {
  const { t } = useTranslation();
  const focusLater = useFocusLater();
  const { control, getValues } = useFormContext<SurveyDraft>();
  const name = `questions.${index}.options` as const;
  const rows = useFieldArray({ control, name });
  const messages = useFormMessages(name);
  const base = `sq-${question.key}`;
  const inputId = (key: string) => `${base}-option-${key}`;
  // With choices on the page, react-hook-form keeps the group's own message under "root".
  const groupErrors = messages(name) ?? messages(`${name}.root`);
  const groupErrorId = groupErrors ? `${base}-options-error` : undefined;
  const lockNoteId = `${base}-options-locked`;
  const anyLocked = locked && (getValues(name) ?? []).some((o) => o.id);
  // Read from the form, not the watched question: an added or removed row is there in the same render.
  const optionAt = (position: number) => getValues(`${name}.${position}`);

  const add = () => {
    const added = emptyOption();
    rows.append(added, { shouldFocus: false });
    focusLater(inputId(added.key));
  };
  const remove = (position: number) => {
    const neighbour = position > 0 ? optionAt(position - 1) : optionAt(position + 1);
    rows.remove(position);
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
        {rows.fields.map((row, position) => {
          const option = optionAt(position);
          if (!option) return null;
          const n = position + 1;
          const optionLocked = locked && option.id !== undefined;
          return (
            <li key={row.id} className="option-row">
              <FormText
                id={inputId(option.key)}
                name={`${name}.${position}.label`}
                label={t("surveys.builder.option", { n })}
                required
              />
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
