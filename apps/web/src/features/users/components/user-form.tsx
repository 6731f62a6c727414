import type { RegionSummary } from "@kyoso/domain";
import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApiFailure } from "../../../lib/api-errors";
import type { FieldErrors } from "../../../lib/field-errors";
import type { UserFormValues } from "../lib/user-form";
import { USER_FIELD_ORDER, UserFields, userFieldId } from "./user-fields";

interface Props {
  form: string;
  initialValues: UserFormValues;
  regions: RegionSummary[];
  withEmail: boolean;
  /** The edit form offers disabling; inviting always creates an enabled user. */
  withStatus: boolean;
  validate: (values: UserFormValues) => FieldErrors | null;
  onSubmit: (values: UserFormValues) => void;
  pending: boolean;
  labels: { submit: string; pending: string; failed: string };
  failure: ApiFailure | null;
  success: ReactNode;
  onReload?: () => void;
}

/** The invite and edit forms: checked with the domain's schema first, the server's answer shown inline. */
export function UserForm(props: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState(props.initialValues);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const { failure } = props;
  const errors = { ...failure?.fieldErrors, ...clientErrors };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (props.pending) return;
    const found = props.validate(values);
    setClientErrors(found ?? {});
    if (found) {
      const first = USER_FIELD_ORDER.find((name) => found[name]);
      if (first) document.getElementById(userFieldId(props.form, first))?.focus();
      return;
    }
    props.onSubmit(values);
  };

  return (
    <form className="form card" noValidate onSubmit={submit}>
      <p className="muted">{t("edition.requiredNote")}</p>
      <div role="alert" className={failure ? "notice notice--error" : undefined}>
        {failure && (
          <>
            <p className="notice-title">{props.labels.failed}</p>
            <p>{failure.message}</p>
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
      <UserFields
        form={props.form}
        values={values}
        errors={errors}
        regions={props.regions}
        withEmail={props.withEmail}
        onChange={(patch, field) => {
          setValues((v) => ({ ...v, ...patch }));
          if (clientErrors[field]) setClientErrors(({ [field]: _fixed, ...rest }) => rest);
        }}
      />
      {props.withStatus && (
        <div className="field">
          <label className="checkbox">
            <input
              type="checkbox"
              name="disabled"
              checked={values.disabled}
              onChange={(e) => setValues((v) => ({ ...v, disabled: e.target.checked }))}
              aria-describedby={`${props.form}-disabled-hint`}
            />
            {t("users.fields.disabled")}
          </label>
          <p id={`${props.form}-disabled-hint`} className="field-hint">
            {t("users.hints.disabled")}
          </p>
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={props.pending || undefined}>
          {props.pending ? props.labels.pending : props.labels.submit}
        </button>
        <div role="status" className={props.success ? "notice notice--success" : undefined}>
          {props.success}
        </div>
      </div>
    </form>
  );
}
