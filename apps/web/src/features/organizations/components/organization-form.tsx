import { ORGANIZATION_TYPES, type RegionPrefecture } from "@kyoso/domain";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { FormControl, FormSelect, FormText, FormTextArea } from "../../../components/form/fields";
import { SchemaForm } from "../../../components/form/schema-form";
import { useSchemaForm } from "../../../components/form/use-schema-form";
import { FormActions } from "../../../components/form-actions";
import { FormFailure } from "../../../components/form-failure";
import { toLanguage } from "../../../i18n/index";
import type { ApiFailure } from "../../../lib/api-errors";
import type { ContactValues, OrganizationFormValues } from "../lib/organization-form";
import { ContactRows } from "./contact-rows";

interface Props<S extends z.ZodType> {
  initialValues: OrganizationFormValues;
  prefectures: RegionPrefecture[];
  /** The domain schema the API takes: organizationCreateSchema, or organizationUpdateSchema for the same form editing. */
  schema: S;
  /** The form's values as the schema's input (the region, or the id and version, added). */
  toInput: (values: OrganizationFormValues) => unknown;
  onValid: (input: z.output<S>) => void;
  pending: boolean;
  failure: ApiFailure | null;
  success: ReactNode;
  onReload?: () => void;
}

/** The organization form, for registering one and (the same form) editing it. */
export function OrganizationForm<S extends z.ZodType>(props: Props<S>) {
  const { t, i18n } = useTranslation();
  const locale = toLanguage(i18n.resolvedLanguage);
  const sf = useSchemaForm({
    schema: props.schema,
    defaultValues: props.initialValues,
    toInput: props.toInput,
  });

  return (
    <SchemaForm
      form={sf}
      serverErrors={props.failure?.fieldErrors}
      onValid={(input) => {
        if (!props.pending) props.onValid(input);
      }}
      className="form card"
    >
      <p className="muted">{t("form.requiredNote")}</p>
      <FormFailure failure={props.failure} onReload={props.onReload} />
      <FormText id="org-name" name="name" label={t("organizations.fields.name")} required />
      <FormText id="org-nameKana" name="nameKana" label={t("organizations.fields.nameKana")} />
      <div className="field-row">
        <FormSelect
          id="org-type-field"
          name="type"
          label={t("organizations.fields.type")}
          required
          placeholder={t("form.choose")}
          options={ORGANIZATION_TYPES.map((v) => ({ value: v, label: t(`organizationType.${v}`) }))}
        />
        <FormSelect
          id="org-prefectureCode"
          name="prefectureCode"
          label={t("organizations.fields.prefectureCode")}
          required
          placeholder={t("form.choose")}
          options={props.prefectures.map((p) => ({
            value: p.code,
            label: locale === "en" ? p.nameRomaji : p.nameJa,
          }))}
        />
      </div>
      <FormTextArea id="org-note" name="note" label={t("organizations.fields.note")} />
      <FormControl<ContactValues[]>
        name="contacts"
        render={({ value, onChange, messages }) => (
          <ContactRows contacts={value} messagesOf={messages} onChange={onChange} />
        )}
      />
      <FormActions pending={props.pending} label={t("organizations.save")} success={props.success} />
    </SchemaForm>
  );
}
