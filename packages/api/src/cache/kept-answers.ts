/**
 * Answers a cache hands out unchanged, call after call (the national overview), with their JSON once made:
 * the HTTP layer then sends the same text again instead of serializing the same object on every call. A kept
 * answer is never changed after it is handed out (the caches replace answers, never edit them); the entry
 * goes with the answer when the cache drops it.
 */
const kept = new WeakMap<object, string | null>();

/** Marks `answer` as handed out unchanged from now on. */
export function keepAnswer<T extends object>(answer: T): T {
  if (!kept.has(answer)) kept.set(answer, null);
  return answer;
}

/** The JSON of a kept answer, made on its first use; null for any other value. */
export function keptAnswerJson(value: unknown): string | null {
  if (typeof value !== "object" || value === null) return null;
  const json = kept.get(value);
  if (json === undefined) return null;
  if (json !== null) return json;
  const made = JSON.stringify(value);
  kept.set(value, made);
  return made;
}
