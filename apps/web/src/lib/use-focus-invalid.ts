import { type RefObject, useEffect, useState } from "react";

/**
 * After a rejected submit, focus moves to the first control marked aria-invalid in the form, in screen
 * order, so the message read out through aria-describedby is the first thing to fix.
 */
export function useFocusInvalid(form: RefObject<HTMLFormElement | null>): () => void {
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (attempt === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt, form]);
  return () => setAttempt((n) => n + 1);
}
