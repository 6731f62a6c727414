import type { DB, TrashTable } from "@kyoso/db";
import type { AuditRecordType } from "@kyoso/domain";
import type { Write } from "../write";

// Deleting is soft: a deleted record leaves every list, feed and public page at once, and its region's committee
// can bring it back for a while (the 削除済み view); the national team can remove it for good. Each kind of
// record says how it is found, brought back and purged; the trash service applies the window and the permissions.

/** A deleted record as the 削除済み view lists it. */
export interface DeletedRecord {
  recordType: AuditRecordType;
  id: string;
  regionId: string;
  /** What people recognise it by: a meeting's title, an organization's name, a task's title… */
  title: string;
  /** ISO timestamp. */
  deletedAt: string;
  deletedByName: string | null;
}

export interface TrashKind {
  recordType: AuditRecordType;
  /** The table the 削除済み view lists its deleted rows from. */
  table: TrashTable;
  /** The region a record belongs to, deleted or not; undefined when there is no such record. */
  regionOf(db: DB, id: string): Promise<string | undefined>;
  /** The region's records of this kind deleted at or after `since`, newest first. */
  listDeleted(db: DB, regionId: string, since: Date): Promise<DeletedRecord[]>;
  /** Brings back a deleted record (and what was deleted with it) and audits "restore"; false when it is not deleted. */
  restore(write: Write, id: string): Promise<boolean>;
  /** Removes a deleted record and its dependents for good and audits "purge"; false when it is not deleted. */
  purge(write: Write, id: string): Promise<boolean>;
}
