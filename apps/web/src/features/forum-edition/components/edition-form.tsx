import type { Stage } from "@kyoso/domain";
import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApiFailure } from "../../../lib/api-errors";
import type { FieldErrors } from "../../../lib/field-errors";
import type { EditionFormValues } from "../lib/form-values";
import { EditionFields, type EditionFormMode, FIELD_ORDER, fieldId } from "./edition-fields";

interface Props {
  mode: EditionFormMode;
  initialValues: EditionFormValues;
  stageOptions: readonly Stage[];
  /** Checks the values with the domain schema the API uses; returns the errors, or null when valid. */
  validate: (values: EditionFormValues) => FieldErrors | null;
  onSubmit: (values: EditionFormValues) => void;
  pending: boolean;
  failure: ApiFailure | null;
  success: ReactNode;
  onReload?: () => void;
}

export function EditionForm(props: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState(props.initialValues);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const { failure } = props;
  const errors = { ...failure?.fieldErrors, ...clientErrors };

  const change = (name: keyof EditionFormValues, value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
    if (clientErrors[name]) setClientErrors(({ [name]: _fixed, ...rest }) => rest);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (props.pending) return;
    const found = props.validate(values);
    setClientErrors(found ?? {});
    if (found) {
      // Focus lands on the first field to fix; its message is announced through aria-describedby.
      const first = FIELD_ORDER.find((name) => found[name]);
      if (first) document.getElementById(fieldId(first))?.focus();
      return;
    }
    props.onSubmit(values);
  };

  const serverFieldMessages = Object.values(failure?.fieldErrors ?? {})
    .flat()
    .filter((message) => message !== failure?.message);

  return (
    <form className="form card" noValidate onSubmit={submit}>
      <p className="muted">{t("edition.requiredNote")}</p>
      <div role="alert" className={failure ? "notice notice--error" : undefined}>
        {failure && (
          <>
            <p className="notice-title">{t("edition.serverErrorTitle")}</p>
            <p>{failure.message}</p>
            {serverFieldMessages.length > 0 && (
              <ul>
                {serverFieldMessages.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            )}
            {failure.code === "CONFLICT" && props.onReload && (
              <p>
                {t("edition.conflictHint")}{" "}
                <button type="button" className="button button--secondary" onClick={props.onReload}>
                  {t("edition.reload")}
                </button>
              </p>
            )}
          </>
        )}
      </div>
      <EditionFields
        mode={props.mode}
        values={values}
        errors={errors}
        stageOptions={props.stageOptions}
        onChange={change}
      />
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={props.pending || undefined}>
          {props.pending
            ? t("edition.saving")
            : props.mode === "create"
              ? t("edition.create")
              : t("edition.save")}
        </button>
        <div role="status" className={props.success ? "notice notice--success" : undefined}>
          {props.success}
        </div>
      </div>
    </form>
  );
}
