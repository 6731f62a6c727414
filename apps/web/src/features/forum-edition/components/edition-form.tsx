import type { Stage } from "@kyoso/domain";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { SchemaForm } from "../../../components/form/schema-form";
import { useSchemaForm } from "../../../components/form/use-schema-form";
import type { ApiFailure } from "../../../lib/api-errors";
import type { EditionFormValues } from "../lib/form-values";
import { EditionFields, type EditionFormMode } from "./edition-fields";

interface Props<S extends z.ZodType> {
  mode: EditionFormMode;
  initialValues: EditionFormValues;
  stageOptions: readonly Stage[];
  /** The domain schema the API uses; its Japanese messages show beside the fields. */
  schema: S;
  /** The text of the inputs turned into the schema's input (numbers, nulls, ids). */
  toInput: (values: EditionFormValues) => unknown;
  onSubmit: (input: z.output<S>) => void;
  pending: boolean;
  failure: ApiFailure | null;
  success: ReactNode;
  onReload?: () => void;
}

export function EditionForm<S extends z.ZodType>(props: Props<S>) {
  const { t } = useTranslation();
  const { failure } = props;
  const sf = useSchemaForm({
    schema: props.schema,
    defaultValues: props.initialValues,
    toInput: props.toInput,
  });

  const serverFieldMessages = Object.values(failure?.fieldErrors ?? {})
    .flat()
    .filter((message) => message !== failure?.message);

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
      <EditionFields mode={props.mode} stageOptions={props.stageOptions} />
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
    </SchemaForm>
  );
}
