import { type RegionSummary, ROLES } from "@kyoso/domain";
import { useController } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { FormControl } from "../../../components/form/fields";
import { useFormMessages } from "../../../components/form/schema-form";
import { FieldFrame } from "../../../components/form-field";
import { toLanguage } from "../../../i18n/index";
import { type UserFormValues, usesRegions } from "../lib/user-form";

interface Props {
  form: string;
  regions: RegionSummary[];
  /** The invite form asks for an email; an existing user's email is fixed. */
  withEmail: boolean;
}

/** The user's fields, bound by name to the surrounding SchemaForm; regions and forum follow the role. */
export function UserFields({ form, regions, withEmail }: Props) {
  const { t, i18n } = useTranslation();
  const { field: roleField } = useController<UserFormValues, "role">({ name: "role" });
  const { field: regionField } = useController<UserFormValues, "regionIds">({ name: "regionIds" });
  const { field: partnerField } = useController<UserFormValues, "partnerEditionId">({
    name: "partnerEditionId",
  });
  const role = roleField.value;
  const messages = useFormMessages();
  const errors = {
    role: messages("role"),
    regionIds: messages("regionIds"),
    partnerEditionId: messages("partnerEditionId"),
  };
  const id = (name: string) => `${form}-${name}`;
  const locale = toLanguage(i18n.resolvedLanguage);
  const regionName = (r: RegionSummary) => (locale === "en" ? r.nameEn : r.nameJa);

  const text = (name: "email" | "displayName", type: "email" | "text", autoComplete: string) => (
    <FormControl<string>
      name={name}
      render={({ value, onChange, messages }) => (
        <FieldFrame id={id(name)} label={t(`users.fields.${name}`)} required errors={messages()}>
          {(describedBy, invalid) => (
            <input
              id={id(name)}
              name={name}
              type={type}
              autoComplete={autoComplete}
              required
              value={value}
              onChange={(e) => onChange(e.target.value)}
              aria-invalid={invalid || undefined}
              aria-describedby={describedBy}
            />
          )}
        </FieldFrame>
      )}
    />
  );

  const regionErrorId = errors.regionIds?.length ? `${form}-regionIds-error` : undefined;
  const regionDescribedBy = [regionErrorId, `${form}-regionIds-hint`].filter(Boolean).join(" ");

  return (
    <>
      {withEmail && text("email", "email", "off")}
      {text("displayName", "text", "off")}
      <FieldFrame id={id("role")} label={t("users.fields.role")} required errors={errors.role}>
        {(describedBy, invalid) => (
          <select
            id={id("role")}
            name="role"
            required
            value={role}
            onChange={(e) => roleField.onChange(e.target.value as UserFormValues["role"])}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        )}
      </FieldFrame>
      {usesRegions(role) && (
        <fieldset
          className={regionErrorId ? "field checkbox-group field--invalid" : "field checkbox-group"}
          aria-describedby={regionDescribedBy}
        >
          <legend>
            {t("users.fields.regionIds")}
            <span className="required" aria-hidden="true">
              {" *"}
            </span>
          </legend>
          <p id={`${form}-regionIds-hint`} className="field-hint">
            {t("users.hints.regionIds")}
          </p>
          {regionErrorId && (
            <ul id={regionErrorId} className="field-error">
              {errors.regionIds?.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
          <div className="checkbox-grid">
            {regions.map((region, index) => (
              <label key={region.id} className="checkbox">
                <input
                  id={`${form}-regionIds-${index}`}
                  type="checkbox"
                  name="regionIds"
                  value={region.id}
                  checked={regionField.value.includes(region.id)}
                  onChange={(e) =>
                    regionField.onChange(
                      e.target.checked
                        ? [...regionField.value, region.id]
                        : regionField.value.filter((r) => r !== region.id),
                    )
                  }
                  aria-invalid={regionErrorId ? true : undefined}
                />
                {regionName(region)}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {role === "partner" && (
        <FieldFrame
          id={id("partnerEditionId")}
          label={t("users.fields.partnerEditionId")}
          required
          hint={t("users.hints.partnerEditionId")}
          errors={errors.partnerEditionId}
        >
          {(describedBy, invalid) => (
            <select
              id={id("partnerEditionId")}
              name="partnerEditionId"
              required
              value={partnerField.value}
              onChange={(e) => partnerField.onChange(e.target.value)}
              aria-invalid={invalid || undefined}
              aria-describedby={describedBy}
            >
              <option value="">{t("users.choose")}</option>
              {regions.flatMap((region) =>
                region.currentEdition
                  ? [
                      <option key={region.currentEdition.id} value={region.currentEdition.id}>
                        {`${regionName(region)}: ${region.currentEdition.title}`}
                      </option>,
                    ]
                  : [],
              )}
            </select>
          )}
        </FieldFrame>
      )}
    </>
  );
}
