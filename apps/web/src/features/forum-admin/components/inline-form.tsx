import type { ReactNode } from "react";
import type { FieldValues } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { SchemaForm } from "../../../components/form/schema-form";
import type { SchemaForm as SchemaFormApi } from "../../../components/form/use-schema-form";
import { FormFailure } from "../../../components/form-failure";
import type { ApiFailure } from "../../../lib/api-errors";

interface Props<V extends FieldValues, Out> {
  /** The form's values and checks (useSchemaForm over the domain schema). */
  form: SchemaFormApi<V, Out>;
  legend: string;
  failure: ApiFailure | null;
  onReload?: () => void;
  pending: boolean;
  submitLabel: string;
  /** Called with the schema's parsed output once every field passes. */
  onValid: (input: Out) => void;
  /** Without it (an always-open form) there is no cancel button. */
  onCancel?: () => void;
  children: ReactNode;
  className?: string;
}

/** A small form opened in place (edit a session, add a speaker): its own legend, refusal and buttons. */
export function InlineForm<V extends FieldValues, Out>(props: Props<V, Out>) {
  const { t } = useTranslation();
  return (
    <SchemaForm
      form={props.form}
      serverErrors={props.failure?.fieldErrors}
      onValid={(input) => {
        if (!props.pending) props.onValid(input);
      }}
      className={["inline-form", props.className].filter(Boolean).join(" ")}
    >
      <fieldset>
        <legend>{props.legend}</legend>
        <FormFailure failure={props.failure} onReload={props.onReload} />
        {props.children}
        <div className="actions">
          <button type="submit" className="button" aria-disabled={props.pending || undefined}>
            {props.pending ? t("form.saving") : props.submitLabel}
          </button>
          {props.onCancel && (
            <button type="button" className="button button--secondary" onClick={props.onCancel}>
              {t("forum.cancel")}
            </button>
          )}
        </div>
      </fieldset>
    </SchemaForm>
  );
}
