import type { ReactNode } from "react";
import { FieldFrame } from "./form-field";

interface Base {
  id: string;
  label: string;
  required?: boolean;
  hint?: string | undefined;
  errors?: string[] | undefined;
}

interface TextProps extends Base {
  value: string;
  onChange: (value: string) => void;
  type?: "text" | "date" | "time" | "email" | "tel";
  autoComplete?: string;
}

export function TextField({ value, onChange, type = "text", autoComplete, ...frame }: TextProps) {
  return (
    <FieldFrame {...frame}>
      {(describedBy, invalid) => (
        <input
          id={frame.id}
          type={type}
          value={value}
          required={frame.required}
          autoComplete={autoComplete}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
        />
      )}
    </FieldFrame>
  );
}

export function TextAreaField({
  value,
  onChange,
  rows = 4,
  ...frame
}: Base & Omit<TextProps, "type"> & { rows?: number }) {
  return (
    <FieldFrame {...frame}>
      {(describedBy, invalid) => (
        <textarea
          id={frame.id}
          value={value}
          rows={rows}
          required={frame.required}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
        />
      )}
    </FieldFrame>
  );
}

interface SelectProps extends Base {
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  /** A first, empty option ("選んでください") when nothing is chosen by default. */
  placeholder?: string;
}

export function SelectField({ value, onChange, options, placeholder, ...frame }: SelectProps) {
  return (
    <FieldFrame {...frame}>
      {(describedBy, invalid) => (
        <select
          id={frame.id}
          value={value}
          required={frame.required}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

interface CheckboxProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}

export function CheckboxField({ id, label, checked, onChange, hint }: CheckboxProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label className="checkbox" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          aria-describedby={hintId}
        />
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

/** A titled group of repeated rows (contacts, findings, action items) with its add button below. */
export function RepeatGroup({
  legend,
  children,
  add,
}: {
  legend: string;
  children: ReactNode;
  add: ReactNode;
}) {
  return (
    <fieldset className="repeat-group">
      <legend>{legend}</legend>
      {children}
      {add}
    </fieldset>
  );
}
