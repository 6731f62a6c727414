import { type RefObject, useEffect, useState } from "react";

/**
 * After a rejected save, focus the first control marked invalid; when the only problem is the survey as a
 * whole (no questions yet), focus the place to add one, which carries that message.
 */
export function useFocusFirstError(form: RefObject<HTMLFormElement | null>, fallbackId: string): () => void {
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (attempt === 0) return;
    const invalid = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? document.getElementById(fallbackId))?.focus();
  }, [attempt, form, fallbackId]);
  return () => setAttempt((n) => n + 1);
}
