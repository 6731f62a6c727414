import { listDeletedRows } from "@kyoso/db";
import { DomainError, type RecordRef, TRASH_WINDOW_DAYS, trashWindowStart } from "@kyoso/domain";
import type { Context } from "../../context";
import { audited } from "../write";
import { kindOfTable, TRASH_KINDS, trashKindOf } from "./index";
import type { DeletedRecord } from "./types";

// The 削除済み view: a region's deleted records, restorable for 30 days by its committee, purged by the national team.

const EVER = new Date(0);

/** A deleted record in the list, with the last moment it can be restored. */
export interface TrashItem extends DeletedRecord {
  restorableUntil: string;
  restorable: boolean;
}

/** Every deleted record of the region, newest first, each saying until when it can be restored. */
export async function listTrash(ctx: Context, regionId: string): Promise<TrashItem[]> {
  const start = trashWindowStart(ctx.now());
  const rows = await listDeletedRows(
    ctx.db,
    TRASH_KINDS.map((kind) => kind.table),
    regionId,
    EVER,
  );
  return rows.map(({ table, ...row }) => {
    const record = { recordType: kindOfTable(table).recordType, regionId, ...row };
    const deletedAt = new Date(record.deletedAt);
    const until = new Date(deletedAt.getTime() + TRASH_WINDOW_DAYS * 24 * 60 * 60 * 1000);
    return { ...record, restorableUntil: until.toISOString(), restorable: deletedAt >= start };
  });
}

function requireKind(recordType: string) {
  const kind = trashKindOf(recordType);
  if (!kind) throw new DomainError("NOT_FOUND", "削除済みの記録が見つかりません。");
  return kind;
}

const notDeleted = () =>
  new DomainError(
    "NOT_FOUND",
    "削除済みの記録が見つかりません。すでに元に戻されたか、完全に削除された可能性があります。",
  );

/** Brings a record back within 30 days of its deletion; refused after (the national team may still purge it). */
export async function restoreFromTrash(ctx: Context, ref: RecordRef) {
  const kind = requireKind(ref.recordType);
  return audited(ctx, async (write) => {
    const regionId = await kind.regionOf(write.tx, ref.id);
    if (!regionId) throw notDeleted();
    const deleted = await kind.listDeleted(write.tx, regionId, EVER);
    const record = deleted.find((r) => r.id === ref.id);
    if (!record) throw notDeleted();
    if (new Date(record.deletedAt) < trashWindowStart(ctx.now())) {
      throw new DomainError(
        "INVALID_TRANSITION",
        "削除から30日を過ぎたため、元に戻せません。必要であれば、あらためて登録してください。",
      );
    }
    if (!(await kind.restore(write, ref.id))) throw notDeleted();
    return { recordType: ref.recordType, id: ref.id, regionId };
  });
}

/** Removes a deleted record for good: the national team only (checked by the procedure's permission). */
export async function purgeFromTrash(ctx: Context, ref: RecordRef) {
  const kind = requireKind(ref.recordType);
  return audited(ctx, async (write) => {
    if (!(await kind.purge(write, ref.id))) throw notDeleted();
    return { recordType: ref.recordType, id: ref.id };
  });
}
