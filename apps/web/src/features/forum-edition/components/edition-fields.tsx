import type { Stage } from "@kyoso/domain";
import { useTranslation } from "react-i18next";
import { FieldFrame } from "../../../components/form-field";
import type { FieldErrors } from "../../../lib/field-errors";
import type { EditionFormValues } from "../lib/form-values";

export type EditionFormMode = "create" | "edit";

/** Field order on screen, also the order in which the first invalid field gets focus. */
export const FIELD_ORDER = [
  "year",
  "title",
  "stage",
  "heldOn",
  "venueName",
  "venueCapacity",
  "onlineCapacity",
  "venueRegistrations",
  "onlineRegistrations",
  "venueFullFrom",
] as const satisfies readonly (keyof EditionFormValues)[];

export const fieldId = (name: keyof EditionFormValues) => `edition-${name}`;

interface Props {
  mode: EditionFormMode;
  values: EditionFormValues;
  errors: FieldErrors;
  stageOptions: readonly Stage[];
  onChange: (name: keyof EditionFormValues, value: string) => void;
}

export function EditionFields({ mode, values, errors, stageOptions, onChange }: Props) {
  const { t } = useTranslation();

  const input = (
    name: Exclude<keyof EditionFormValues, "stage">,
    options: { type?: "text" | "number" | "date"; required?: boolean; hint?: string } = {},
  ) => (
    <FieldFrame
      id={fieldId(name)}
      label={t(`edition.fields.${name}`)}
      required={options.required}
      hint={options.hint}
      errors={errors[name]}
    >
      {(describedBy, invalid) => (
        <input
          id={fieldId(name)}
          name={name}
          type={options.type ?? "text"}
          inputMode={options.type === "number" ? "numeric" : undefined}
          min={options.type === "number" ? 0 : undefined}
          required={options.required}
          value={values[name]}
          onChange={(e) => onChange(name, e.target.value)}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
        />
      )}
    </FieldFrame>
  );

  return (
    <>
      {mode === "create" && input("year", { type: "number", required: true })}
      {input("title", { required: true })}
      <FieldFrame
        id={fieldId("stage")}
        label={t("edition.fields.stage")}
        required
        hint={mode === "create" ? t("edition.hints.stageCreate") : t("edition.hints.stageEdit")}
        errors={errors.stage}
      >
        {(describedBy, invalid) => (
          <select
            id={fieldId("stage")}
            name="stage"
            required
            value={values.stage}
            onChange={(e) => onChange("stage", e.target.value)}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
          >
            {stageOptions.map((stage) => (
              <option key={stage} value={stage}>
                {t(`stage.${stage}`)}
              </option>
            ))}
          </select>
        )}
      </FieldFrame>
      {input("heldOn", { type: "date" })}
      {input("venueName")}
      <div className="field-row">
        {input("venueCapacity", { type: "number", hint: t("edition.hints.capacity") })}
        {input("onlineCapacity", { type: "number", hint: t("edition.hints.capacity") })}
      </div>
      <div className="field-row">
        {input("venueRegistrations", { type: "number", required: true })}
        {input("onlineRegistrations", { type: "number", required: true })}
      </div>
      {input("venueFullFrom", { type: "date", hint: t("edition.hints.venueFullFrom") })}
    </>
  );
}
