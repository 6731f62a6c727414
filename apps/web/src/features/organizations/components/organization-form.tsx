import { ORGANIZATION_TYPES, type RegionPrefecture } from "@kyoso/domain";
import { type FormEvent, type ReactNode, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { SelectField, TextAreaField, TextField } from "../../../components/fields";
import { FormFailure } from "../../../components/form-failure";
import { toLanguage } from "../../../i18n/index";
import type { ApiFailure } from "../../../lib/api-errors";
import type { FieldErrors } from "../../../lib/field-errors";
import { useFocusInvalid } from "../../../lib/use-focus-invalid";
import type { OrganizationFormValues } from "../lib/organization-form";
import { ContactRows } from "./contact-rows";

interface Props {
  initialValues: OrganizationFormValues;
  prefectures: RegionPrefecture[];
  /** Checks the values with the domain schema the API uses; returns the errors, or null when valid. */
  validate: (values: OrganizationFormValues) => FieldErrors | null;
  onSubmit: (values: OrganizationFormValues) => void;
  pending: boolean;
  failure: ApiFailure | null;
  success: ReactNode;
  onReload?: () => void;
}

export function OrganizationForm(props: Props) {
  const { t, i18n } = useTranslation();
  const locale = toLanguage(i18n.resolvedLanguage);
  const formRef = useRef<HTMLFormElement>(null);
  const focusInvalid = useFocusInvalid(formRef);
  const [values, setValues] = useState(props.initialValues);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const errors: FieldErrors = { ...props.failure?.fieldErrors, ...clientErrors };
  const set = <K extends keyof OrganizationFormValues>(key: K, value: OrganizationFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (props.pending) return;
    const found = props.validate(values);
    setClientErrors(found ?? {});
    if (found) {
      focusInvalid();
      return;
    }
    props.onSubmit(values);
  };

  return (
    <form ref={formRef} className="form card" noValidate onSubmit={submit}>
      <p className="muted">{t("form.requiredNote")}</p>
      <FormFailure failure={props.failure} onReload={props.onReload} />
      <TextField
        id="org-name"
        label={t("organizations.fields.name")}
        required
        value={values.name}
        onChange={(v) => set("name", v)}
        errors={errors.name}
      />
      <TextField
        id="org-nameKana"
        label={t("organizations.fields.nameKana")}
        value={values.nameKana}
        onChange={(v) => set("nameKana", v)}
        errors={errors.nameKana}
      />
      <div className="field-row">
        <SelectField
          id="org-type-field"
          label={t("organizations.fields.type")}
          required
          placeholder={t("form.choose")}
          value={values.type}
          onChange={(v) => set("type", ORGANIZATION_TYPES.find((type) => type === v) ?? "")}
          options={ORGANIZATION_TYPES.map((v) => ({ value: v, label: t(`organizationType.${v}`) }))}
          errors={errors.type}
        />
        <SelectField
          id="org-prefectureCode"
          label={t("organizations.fields.prefectureCode")}
          required
          placeholder={t("form.choose")}
          value={values.prefectureCode}
          onChange={(v) => set("prefectureCode", v)}
          options={props.prefectures.map((p) => ({
            value: p.code,
            label: locale === "en" ? p.nameRomaji : p.nameJa,
          }))}
          errors={errors.prefectureCode}
        />
      </div>
      <TextAreaField
        id="org-note"
        label={t("organizations.fields.note")}
        value={values.note}
        onChange={(v) => set("note", v)}
        errors={errors.note}
      />
      <ContactRows
        contacts={values.contacts}
        errors={errors}
        onChange={(contacts) => set("contacts", contacts)}
      />
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={props.pending || undefined}>
          {props.pending ? t("form.saving") : t("organizations.save")}
        </button>
        <div role="status" className={props.success ? "notice notice--success" : undefined}>
          {props.success}
        </div>
      </div>
    </form>
  );
}
