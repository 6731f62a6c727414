import type { TrashTable } from "@kyoso/db";
import type { AuditRecordType } from "@kyoso/domain";
import { agreementTrash } from "./agreements";
import { announcementTrash } from "./announcements";
import { fileTrash } from "./files";
import { organizationTrash } from "./organizations";
import { sessionTrash, speakerTrash } from "./program";
import { hearingTrash, meetingTrash, timelineEntryTrash } from "./records";
import { surveyResponseTrash, surveyTrash } from "./surveys";
import { taskCommentTrash, taskTrash } from "./tasks";
import type { TrashKind } from "./types";

export type { DeletedRecord, TrashKind } from "./types";

/** Every kind of record that can be deleted softly, restored from the 削除済み view and purged. */
export const TRASH_KINDS: readonly TrashKind[] = [
  meetingTrash,
  hearingTrash,
  timelineEntryTrash,
  organizationTrash,
  agreementTrash,
  taskTrash,
  taskCommentTrash,
  announcementTrash,
  sessionTrash,
  speakerTrash,
  surveyTrash,
  surveyResponseTrash,
  fileTrash,
];

const byType = new Map<AuditRecordType, TrashKind>(TRASH_KINDS.map((kind) => [kind.recordType, kind]));

const byTable = new Map<TrashTable, TrashKind>(TRASH_KINDS.map((kind) => [kind.table, kind]));

/** The kind whose deleted rows are listed from `table`. */
export function kindOfTable(table: TrashTable): TrashKind {
  const kind = byTable.get(table);
  if (!kind) throw new Error(`no trash kind lists ${table}`);
  return kind;
}

/** The kind of a record type, or undefined when that type cannot be deleted softly. */
export function trashKindOf(recordType: string): TrashKind | undefined {
  return byType.get(recordType as AuditRecordType);
}
