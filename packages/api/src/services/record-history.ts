import { listRecordHistory } from "@kyoso/db";
import { type RecordHistoryEntry, type RecordRef, recordChanges } from "@kyoso/domain";
import type { Context } from "../context";

/**
 * A record's change history out of the audit log: who, when, what, and for an edit which fields changed old → new.
 * Only those who may read the record's region ask (the procedure's permission); they see its free text anyway.
 */
export async function recordHistory(ctx: Context, ref: RecordRef): Promise<RecordHistoryEntry[]> {
  const rows = await listRecordHistory(ctx.db, ref.recordType, ref.id);
  return rows.map((r) => ({
    id: r.id,
    occurredAt: r.occurredAt,
    actorName: r.actorName,
    action: r.action,
    changes: recordChanges(r.action, r.before, r.after),
  }));
}
