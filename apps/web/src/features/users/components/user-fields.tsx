import { type RegionSummary, ROLES } from "@kyoso/domain";
import { useTranslation } from "react-i18next";
import { FieldFrame } from "../../../components/form-field";
import { toLanguage } from "../../../i18n/index";
import type { FieldErrors } from "../../../lib/field-errors";
import { type UserFormValues, usesRegions } from "../lib/user-form";

export type UserField = "email" | "displayName" | "role" | "regionIds" | "partnerEditionId";
/** Screen order, also the order in which the first invalid field gets focus. */
export const USER_FIELD_ORDER: readonly UserField[] = [
  "email",
  "displayName",
  "role",
  "regionIds",
  "partnerEditionId",
];

export const userFieldId = (form: string, name: UserField) =>
  // A checkbox group is focused through its first box.
  name === "regionIds" ? `${form}-regionIds-0` : `${form}-${name}`;

interface Props {
  form: string;
  values: UserFormValues;
  errors: FieldErrors;
  regions: RegionSummary[];
  /** The invite form asks for an email; an existing user's email is fixed. */
  withEmail: boolean;
  onChange: (patch: Partial<UserFormValues>, field: UserField) => void;
}

export function UserFields({ form, values, errors, regions, withEmail, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const locale = toLanguage(i18n.resolvedLanguage);
  const regionName = (r: RegionSummary) => (locale === "en" ? r.nameEn : r.nameJa);

  const text = (name: "email" | "displayName", type: "email" | "text", autoComplete: string) => (
    <FieldFrame id={userFieldId(form, name)} label={t(`users.fields.${name}`)} required errors={errors[name]}>
      {(describedBy, invalid) => (
        <input
          id={userFieldId(form, name)}
          name={name}
          type={type}
          autoComplete={autoComplete}
          required
          value={values[name]}
          onChange={(e) => onChange({ [name]: e.target.value }, name)}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
        />
      )}
    </FieldFrame>
  );

  const regionErrorId = errors.regionIds?.length ? `${form}-regionIds-error` : undefined;
  const regionDescribedBy = [regionErrorId, `${form}-regionIds-hint`].filter(Boolean).join(" ");

  return (
    <>
      {withEmail && text("email", "email", "off")}
      {text("displayName", "text", "off")}
      <FieldFrame id={userFieldId(form, "role")} label={t("users.fields.role")} required errors={errors.role}>
        {(describedBy, invalid) => (
          <select
            id={userFieldId(form, "role")}
            name="role"
            required
            value={values.role}
            onChange={(e) => onChange({ role: e.target.value as UserFormValues["role"] }, "role")}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        )}
      </FieldFrame>
      {usesRegions(values.role) && (
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
                  checked={values.regionIds.includes(region.id)}
                  onChange={(e) =>
                    onChange(
                      {
                        regionIds: e.target.checked
                          ? [...values.regionIds, region.id]
                          : values.regionIds.filter((id) => id !== region.id),
                      },
                      "regionIds",
                    )
                  }
                />
                {regionName(region)}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {values.role === "partner" && (
        <FieldFrame
          id={userFieldId(form, "partnerEditionId")}
          label={t("users.fields.partnerEditionId")}
          required
          hint={t("users.hints.partnerEditionId")}
          errors={errors.partnerEditionId}
        >
          {(describedBy, invalid) => (
            <select
              id={userFieldId(form, "partnerEditionId")}
              name="partnerEditionId"
              required
              value={values.partnerEditionId}
              onChange={(e) => onChange({ partnerEditionId: e.target.value }, "partnerEditionId")}
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
