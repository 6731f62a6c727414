import { FieldFrame } from "../../../components/form-field";

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  disabled?: boolean;
  hint?: string | undefined;
  errors?: string[] | undefined;
  /** Shown after the box: 「人」. */
  unit?: string;
}

/** A whole number of people: a numeric keyboard on phones, the unit beside the box. */
export function NumberField({ id, label, value, onChange, required, disabled, hint, errors, unit }: Props) {
  return (
    <FieldFrame id={id} label={label} required={required} hint={hint} errors={errors}>
      {(describedBy, invalid) => (
        <span className="number-input">
          <input
            id={id}
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            required={required}
            disabled={disabled}
            value={value}
            onChange={(e) => onChange(e.target.value)}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
          />
          {unit && <span aria-hidden="true">{unit}</span>}
        </span>
      )}
    </FieldFrame>
  );
}

// An empty required number becomes NaN, so the domain schema answers with its own "enter a number" message.
export const toNumber = (value: string) => (value.trim() === "" ? Number.NaN : Number(value));
export const toNumberOrNull = (value: string) => (value.trim() === "" ? null : Number(value));
export const numberText = (value: number | null) => (value === null ? "" : String(value));
