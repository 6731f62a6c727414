import type { ReactNode } from "react";

interface FieldFrameProps {
  id: string;
  label: string;
  required?: boolean;
  hint?: string | undefined;
  errors?: string[] | undefined;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}

/** The control itself carries `required`, so the asterisk is only for sighted users. Label, hint and inline errors wired to the control through aria-describedby and aria-invalid. */
export function FieldFrame({ id, label, required, hint, errors, children }: FieldFrameProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={errorId ? "field field--invalid" : "field"}>
      <label htmlFor={id}>
        {label}
        {required && (
          <span className="required" aria-hidden="true">
            {" *"}
          </span>
        )}
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {errorId && (
        <ul id={errorId} className="field-error">
          {errors?.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      {children(describedBy, Boolean(errorId))}
    </div>
  );
}
