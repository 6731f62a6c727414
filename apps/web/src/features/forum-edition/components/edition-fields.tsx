import type { Stage } from "@kyoso/domain";
import { useTranslation } from "react-i18next";
import { FormControl } from "../../../components/form/fields";
import { FieldFrame } from "../../../components/form-field";
import type { EditionFormValues } from "../lib/form-values";
import { PublicDetailFields } from "./public-detail-fields";

export type EditionFormMode = "create" | "edit";

export const fieldId = (name: keyof EditionFormValues) => `edition-${name}`;

type CoreField =
  | "year"
  | "title"
  | "heldOn"
  | "venueName"
  | "venueCapacity"
  | "onlineCapacity"
  | "venueRegistrations"
  | "onlineRegistrations"
  | "venueFullFrom";

interface Props {
  mode: EditionFormMode;
  stageOptions: readonly Stage[];
}

/** The edition's fields, bound by name to the surrounding SchemaForm. */
export function EditionFields({ mode, stageOptions }: Props) {
  const { t } = useTranslation();

  const input = (
    name: CoreField,
    options: { type?: "text" | "number" | "date"; required?: boolean; hint?: string } = {},
  ) => (
    <FormControl<string>
      name={name}
      render={({ value, onChange, messages }) => (
        <FieldFrame
          id={fieldId(name)}
          label={t(`edition.fields.${name}`)}
          required={options.required}
          hint={options.hint}
          errors={messages()}
        >
          {(describedBy, invalid) => (
            <input
              id={fieldId(name)}
              name={name}
              type={options.type ?? "text"}
              inputMode={options.type === "number" ? "numeric" : undefined}
              min={options.type === "number" ? 0 : undefined}
              required={options.required}
              value={value ?? ""}
              onChange={(e) => onChange(e.target.value)}
              aria-invalid={invalid || undefined}
              aria-describedby={describedBy}
            />
          )}
        </FieldFrame>
      )}
    />
  );

  return (
    <>
      {mode === "create" && input("year", { type: "number", required: true })}
      {input("title", { required: true })}
      <FormControl<string>
        name="stage"
        render={({ value, onChange, messages }) => (
          <FieldFrame
            id={fieldId("stage")}
            label={t("edition.fields.stage")}
            required
            hint={mode === "create" ? t("edition.hints.stageCreate") : t("edition.hints.stageEdit")}
            errors={messages()}
          >
            {(describedBy, invalid) => (
              <select
                id={fieldId("stage")}
                name="stage"
                required
                value={value}
                onChange={(e) => onChange(e.target.value)}
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
        )}
      />
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
      <PublicDetailFields />
    </>
  );
}
