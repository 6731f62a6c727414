import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useDates } from "../i18n/use-dates";
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
  type?: "text" | "date" | "time" | "email" | "tel" | "password";
  autoComplete?: string;
}

export function TextField({ value, onChange, type = "text", autoComplete, ...frame }: TextProps) {
  const { t } = useTranslation();
  const dates = useDates();
  // A date input shows the date in the browser's own format; the Japanese date with its weekday sits beside it.
  const shownDate = type === "date" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? dates.date(value) : null;
  const resultId = `${frame.id}-result`;
  return (
    <FieldFrame {...frame}>
      {(describedBy, invalid) => (
        <>
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
          {type === "date" && (
            <p id={resultId} className="short-date-result">
              {shownDate ? t("shortDate.interpreted", { date: shownDate }) : ""}
            </p>
          )}
        </>
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

interface CheckboxGroupProps {
  id: string;
  legend: string;
  value: readonly string[];
  onChange: (value: string[]) => void;
  options: readonly { value: string; label: string }[];
  required?: boolean;
  hint?: string | undefined;
  errors?: string[] | undefined;
  /** Shown instead of the boxes when there is nothing to choose. */
  empty?: string;
  wide?: boolean;
}

/**
 * Several choices under one legend. The group carries the hint and errors through aria-describedby; every box
 * is marked invalid so focus after a rejected submit lands on the first one.
 */
export function CheckboxGroupField({ id, legend, value, onChange, options, ...rest }: CheckboxGroupProps) {
  const hintId = rest.hint ? `${id}-hint` : undefined;
  const errorId = rest.errors?.length ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset
      className={errorId ? "field checkbox-group field--invalid" : "field checkbox-group"}
      aria-describedby={describedBy}
    >
      <legend>
        {legend}
        {rest.required && (
          <span className="required" aria-hidden="true">
            {" *"}
          </span>
        )}
      </legend>
      {rest.hint && (
        <p id={hintId} className="field-hint">
          {rest.hint}
        </p>
      )}
      {errorId && (
        <ul id={errorId} className="field-error">
          {rest.errors?.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      {options.length === 0 && rest.empty ? (
        <p className="muted">{rest.empty}</p>
      ) : (
        <div className={rest.wide ? "checkbox-grid checkbox-grid--wide" : "checkbox-grid"}>
          {options.map((option, index) => (
            <label key={option.value} className="checkbox">
              <input
                id={`${id}-${index}`}
                type="checkbox"
                value={option.value}
                checked={value.includes(option.value)}
                aria-invalid={errorId ? true : undefined}
                onChange={(e) =>
                  onChange(
                    e.target.checked ? [...value, option.value] : value.filter((v) => v !== option.value),
                  )
                }
              />
              {option.label}
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}
