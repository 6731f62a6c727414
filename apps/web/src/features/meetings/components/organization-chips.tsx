import type { ChipOrganization } from "../lib/quick-log";

interface Props {
  id: string;
  legend: string;
  hint?: string;
  empty: string;
  organizations: readonly ChipOrganization[];
  value: string[];
  onChange: (value: string[]) => void;
  errors?: string[];
}

/** Attending organizations as toggle buttons: one tap each, big enough for a thumb, state said by aria-pressed. */
export function OrganizationChips({
  id,
  legend,
  hint,
  empty,
  organizations,
  value,
  onChange,
  errors,
}: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <fieldset
      className={errorId ? "field chips-field field--invalid" : "field chips-field"}
      aria-describedby={[errorId, hintId].filter(Boolean).join(" ") || undefined}
    >
      <legend>{legend}</legend>
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
      {organizations.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <div className="chips">
          {organizations.map((o) => {
            const pressed = value.includes(o.id);
            return (
              <button
                key={o.id}
                type="button"
                className="chip"
                data-user-text=""
                aria-pressed={pressed}
                onClick={() => onChange(pressed ? value.filter((v) => v !== o.id) : [...value, o.id])}
              >
                {/* The tick shows the choice without colour; the name alone is the button's name. */}
                <span className="chip-tick" aria-hidden="true">
                  {pressed ? "✓ " : ""}
                </span>
                {o.name}
              </button>
            );
          })}
        </div>
      )}
    </fieldset>
  );
}
