import type { FieldChange } from "@kyoso/domain";

// Bookkeeping that changes with every save: listing it would bury the fields a person actually changed.
const BOOKKEEPING = new Set(["id", "version", "updatedAt", "regionId"]);

const asRecord = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/** The fields whose values differ between a record's before and after snapshots, in snapshot order. */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const from = asRecord(before);
  const to = asRecord(after);
  const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])];
  return keys
    .filter((key) => !BOOKKEEPING.has(key) && JSON.stringify(from[key]) !== JSON.stringify(to[key]))
    .map((key) => ({ field: key, before: from[key], after: to[key] }));
}
