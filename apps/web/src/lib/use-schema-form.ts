import { useRef, useState } from "react";
import { type FieldErrors, fieldErrorsOf } from "./field-errors";
import { useFocusInvalid } from "./use-focus-invalid";

/**
 * What every form does before it sends: check the input against the same zod schema the API uses, show the
 * Japanese messages beside the fields, and move focus to the first field to fix. `check` gives the parsed
 * input, or null (the errors are then set and focus moves).
 */
/** A zod schema as far as a form needs one (web has no direct dependency on zod). */
interface Schema<T> {
  safeParse(
    input: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

export function useSchemaForm() {
  const formRef = useRef<HTMLFormElement>(null);
  const focusInvalid = useFocusInvalid(formRef);
  const [errors, setErrors] = useState<FieldErrors>({});
  const check = <T>(schema: Schema<T>, input: unknown): T | null => {
    const parsed = schema.safeParse(input);
    setErrors(parsed.success ? {} : fieldErrorsOf(parsed.error));
    if (parsed.success) return parsed.data;
    focusInvalid();
    return null;
  };
  return { formRef, errors, setErrors, check };
}
