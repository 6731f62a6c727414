import { z } from "zod";
import { regionSlugSchema } from "./text";
import { AUDIT_RECORD_TYPES, type AuditAction } from "./vocabulary";

// Deleting is soft: a deleted record leaves every list at once and stays in its region's 削除済み view, from which
// the region's committee restores it within the window below; the national team can remove it for good.

/** How long a deleted record can be restored, in days from its deletion. */
export const TRASH_WINDOW_DAYS = 30;

/** The moment before which a deletion can no longer be undone. */
export function trashWindowStart(now: Date): Date {
  return new Date(now.getTime() - TRASH_WINDOW_DAYS * 24 * 60 * 60 * 1000);
}

export const trashListSchema = z.object({ regionSlug: regionSlugSchema });

/** One record of any kind, as the trash and the change history name it. */
export const recordRefSchema = z.object({
  recordType: z.enum(AUDIT_RECORD_TYPES, { message: "記録の種類が正しくありません。" }),
  id: z.uuid({ message: "記録の指定が正しくありません。" }),
});
export type RecordRef = z.infer<typeof recordRefSchema>;

/** One field that changed, old → new, as stored in the audit log (null: it was empty or did not exist). */
export interface FieldChange {
  field: string;
  before?: unknown;
  after?: unknown;
}

/** One step of a record's change history: who did what when, and which fields changed. */
export interface RecordHistoryEntry {
  id: string;
  /** ISO timestamp. */
  occurredAt: string;
  actorName: string | null;
  action: AuditAction;
  changes: FieldChange[];
}

/** Bookkeeping fields every versioned record carries: a change of only these is no change to a reader. */
const BOOKKEEPING = new Set([
  "id",
  "version",
  "createdAt",
  "updatedAt",
  "deletedAt",
  "deletedBy",
  "regionId",
]);

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The fields that differ between two versions of a record, in the order the record lists them. A creation lists
 * the fields it set, a deletion or restore none (the action says it all).
 */
export function recordChanges(action: AuditAction, before: unknown, after: unknown): FieldChange[] {
  if (action !== "update" && action !== "create") return [];
  const old = (before && typeof before === "object" ? before : {}) as Record<string, unknown>;
  const now = (after && typeof after === "object" ? after : {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(now), ...Object.keys(old)])];
  return (
    fields
      // Ids mean nothing to a reader; the record carries the name beside them (organizationName, assigneeName…).
      .filter((field) => !BOOKKEEPING.has(field) && !/Ids?$/.test(field) && !same(old[field], now[field]))
      .filter((field) => action === "update" || (now[field] ?? null) !== null)
      .map((field) => ({ field, before: old[field] ?? null, after: now[field] ?? null }))
  );
}
