/** Messages per field, keyed the way the API keys its fieldErrors ("regionIds", "_" for the whole form). */
export type FieldErrors = Record<string, string[]>;

/** Zod issues keyed the way the API keys its fieldErrors, so both show in the same place. */
export function fieldErrorsOf(error: { issues: { path: PropertyKey[]; message: string }[] }): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_";
    out[key] = [...(out[key] ?? []), issue.message];
  }
  return out;
}
