import { type ReactNode, useEffect, useState } from "react";
import { useAnswerText } from "./answer-text";

interface Props {
  id: string;
  label: ReactNode;
  /** Help and error, placed between the label and the box. */
  notes: ReactNode;
  describedBy: string | undefined;
  multiline: boolean;
  max: number;
  required: boolean;
  invalid: boolean;
  value: string;
  onChange: (value: string) => void;
}

/** Announced only near or past the limit, and only once typing pauses, so a screen reader is not flooded. */
const ANNOUNCE_FROM = 0.9;
const ANNOUNCE_DELAY_MS = 1000;

/**
 * A free-text answer with a character counter. The counter is part of the box's description; a separate
 * polite live region says how many characters remain when the limit is near.
 */
export function TextAnswer({
  id,
  label,
  notes,
  describedBy,
  multiline,
  max,
  required,
  invalid,
  value,
  onChange,
}: Props) {
  const t = useAnswerText();
  const count = value.trim().length;
  const over = count - max;
  const counterId = `${id}-counter`;
  const [announcement, setAnnouncement] = useState("");

  useEffect(() => {
    const text =
      over > 0
        ? t("counterOver", { over, max })
        : count >= max * ANNOUNCE_FROM
          ? t("counterRemaining", { remaining: max - count })
          : "";
    const timer = setTimeout(() => setAnnouncement(text), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [count, over, max, t]);

  const common = {
    id,
    value,
    "aria-required": required || undefined,
    "aria-invalid": invalid || undefined,
    "aria-describedby": [describedBy, counterId].filter(Boolean).join(" "),
  };
  return (
    <>
      <label htmlFor={id} className="answer-text-label">
        {label}
      </label>
      {notes}
      {multiline ? (
        <textarea {...common} rows={6} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => onChange(e.target.value)} />
      )}
      <p id={counterId} className={over > 0 ? "char-counter char-counter--over" : "char-counter"}>
        {over > 0 ? t("counterOver", { over, max }) : t("counter", { count, max })}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
