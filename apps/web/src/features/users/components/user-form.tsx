import type { RegionSummary } from "@kyoso/domain";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { FormControl } from "../../../components/form/fields";
import { SchemaForm } from "../../../components/form/schema-form";
import { useSchemaForm } from "../../../components/form/use-schema-form";
import type { ApiFailure } from "../../../lib/api-errors";
import type { UserFormValues } from "../lib/user-form";
import { UserFields } from "./user-fields";

interface Props<S extends z.ZodType> {
  form: string;
  initialValues: UserFormValues;
  regions: RegionSummary[];
  withEmail: boolean;
  /** The edit form offers disabling; inviting always creates an enabled user. */
  withStatus: boolean;
  /** The domain schema the API uses; its Japanese messages show beside the fields. */
  schema: S;
  /** The form's values turned into the schema's input: hidden choices dropped, id and version added. */
  toInput: (values: UserFormValues) => unknown;
  onSubmit: (input: z.output<S>) => void;
  pending: boolean;
  labels: { submit: string; pending: string; failed: string };
  failure: ApiFailure | null;
  success: ReactNode;
  onReload?: () => void;
}

/** The invite and edit forms: checked with the domain's schema first, the server's answer shown inline. */
export function UserForm<S extends z.ZodType>(props: Props<S>) {
  const { t } = useTranslation();
  const { failure } = props;
  const sf = useSchemaForm({
    schema: props.schema,
    defaultValues: props.initialValues,
    toInput: props.toInput,
  });

  return (
    <SchemaForm
      form={sf}
      serverErrors={failure?.fieldErrors}
      onValid={(input) => {
        if (props.pending) return;
        props.onSubmit(input);
      }}
      className="form card"
    >
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
      <UserFields form={props.form} regions={props.regions} withEmail={props.withEmail} />
      {props.withStatus && (
        <FormControl<boolean>
          name="disabled"
          render={({ value, onChange }) => (
            <div className="field">
              <label className="checkbox">
                <input
                  type="checkbox"
                  name="disabled"
                  checked={value}
                  onChange={(e) => onChange(e.target.checked)}
                  aria-describedby={`${props.form}-disabled-hint`}
                />
                {t("users.fields.disabled")}
              </label>
              <p id={`${props.form}-disabled-hint`} className="field-hint">
                {t("users.hints.disabled")}
              </p>
            </div>
          )}
        />
      )}
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={props.pending || undefined}>
          {props.pending ? props.labels.pending : props.labels.submit}
        </button>
        <div role="status" className={props.success ? "notice notice--success" : undefined}>
          {props.success}
        </div>
      </div>
    </SchemaForm>
  );
}
