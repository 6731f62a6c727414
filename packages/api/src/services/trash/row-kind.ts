import type { DB, DeletedRow, TrashTable } from "@kyoso/db";
import type { AuditRecordType } from "@kyoso/domain";
import type { DeletedRecord, TrashKind } from "./types";

/** A kind's deleted rows as the 削除済み view lists them. */
export function deletedRecords(
  recordType: AuditRecordType,
  regionId: string,
  rows: readonly DeletedRow[],
): DeletedRecord[] {
  return rows.map((r) => ({ recordType, regionId, ...r }));
}

interface RowTrashBase<Row extends object> {
  recordType: AuditRecordType;
  table: TrashTable;
  /** The region a record belongs to, deleted or not. */
  regionOf(db: DB, id: string): Promise<string | undefined>;
  /** The region's deleted rows at or after `since`, newest first. */
  listDeleted(db: DB, regionId: string, since: Date): Promise<DeletedRow[]>;
  /** The deleted record as the audit rows show it ("before"); undefined when there is none or it is not deleted. */
  findDeleted(db: DB, id: string): Promise<Row | undefined>;
  /** The restored record as the restore's audit row shows it ("after"). */
  findAfter(db: DB, id: string): Promise<unknown>;
  /** Brings the row back; false when it is not deleted. */
  restoreRow(db: DB, id: string): Promise<boolean>;
  /** Removes the row for good; false when it is not deleted. */
  purgeRow(db: DB, id: string): Promise<boolean>;
}

/**
 * What a kind of record says about itself to be in the trash. The region its audit rows go under is the deleted
 * row's own `regionId`; a row without one says where (`auditRegion`).
 */
export type RowTrashSpec<Row extends object> = RowTrashBase<Row> &
  (Row extends { regionId: string }
    ? { auditRegion?: undefined }
    : { auditRegion(db: DB, id: string, row: Row): Promise<string | null> });

/**
 * A kind whose restore and purge are "find the deleted row → restore or purge it → audit": restored, the audit row
 * has the deleted row before and the restored record after; purged, the deleted row before and nothing after.
 */
export function rowTrashKind<Row extends object>(spec: RowTrashSpec<Row>): TrashKind {
  const { recordType } = spec;
  const regionOfRow = (db: DB, id: string, row: Row): Promise<string | null> | string =>
    spec.auditRegion ? spec.auditRegion(db, id, row) : (row as Row & { regionId: string }).regionId;
  return {
    recordType,
    table: spec.table,
    regionOf: (db, id) => spec.regionOf(db, id),
    async listDeleted(db, regionId, since) {
      return deletedRecords(recordType, regionId, await spec.listDeleted(db, regionId, since));
    },
    async restore({ tx, audit }, id) {
      const before = await spec.findDeleted(tx, id);
      if (!before) return false;
      const regionId = await regionOfRow(tx, id, before);
      if (!(await spec.restoreRow(tx, id))) return false;
      const after = await spec.findAfter(tx, id);
      await audit({ action: "restore", recordType, recordId: id, regionId, before, after });
      return true;
    },
    async purge({ tx, audit }, id) {
      const before = await spec.findDeleted(tx, id);
      if (!before) return false;
      const regionId = await regionOfRow(tx, id, before);
      if (!(await spec.purgeRow(tx, id))) return false;
      await audit({ action: "purge", recordType, recordId: id, regionId, before, after: null });
      return true;
    },
  };
}
