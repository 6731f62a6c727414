import {
  type DB,
  findHearing,
  findMeeting,
  findRegionOfRecord,
  findTimelineEntry,
  listDeletedRecords,
  purgeDeleted,
  purgeSourceEntries,
  restoreDeleted,
  type SoftDeletable,
  setSourceEntryDeleted,
} from "@kyoso/db";
import type { AuditRecordType } from "@kyoso/domain";
import type { Write } from "../write";
import { deletedRecords } from "./row-kind";
import type { TrashKind } from "./types";

// Meetings, hearings and timeline notes in the trash. A meeting's or hearing's own timeline entry comes back and
// goes for good with its record.

function recordKind(
  recordType: AuditRecordType,
  table: SoftDeletable,
  find: (db: DB, id: string) => Promise<unknown>,
  source?: "meeting" | "hearing",
): TrashKind {
  return {
    recordType,
    table,
    regionOf: (db, id) => findRegionOfRecord(db, table, id),
    async listDeleted(db, regionId, since) {
      return deletedRecords(recordType, regionId, await listDeletedRecords(db, table, regionId, since));
    },
    async restore({ tx, audit }: Write, id: string) {
      const regionId = await findRegionOfRecord(tx, table, id);
      if (!regionId || !(await standalone(tx, id)) || !(await restoreDeleted(tx, table, id))) return false;
      if (source) await setSourceEntryDeleted(tx, { sourceType: source, sourceId: id }, null);
      await audit({
        action: "restore",
        recordType,
        recordId: id,
        regionId,
        before: null,
        after: await find(tx, id),
      });
      return true;
    },
    async purge({ tx, audit }: Write, id: string) {
      const regionId = await findRegionOfRecord(tx, table, id);
      if (!regionId || !(await standalone(tx, id))) return false;
      const before = await findDeleted(tx, id);
      if (!(await purgeDeleted(tx, table, id))) return false;
      if (source) await purgeSourceEntries(tx, { sourceType: source, sourceId: id });
      await audit({ action: "purge", recordType, recordId: id, regionId, before, after: null });
      return true;
    },
  };

  /** A timeline entry made by a meeting or hearing is restored and purged with it, never on its own. */
  async function standalone(db: DB, id: string) {
    if (table !== "timelineEntry") return true;
    return (await findTimelineEntry(db, id, { withDeleted: true }))?.sourceType === null;
  }

  function findDeleted(db: DB, id: string) {
    switch (table) {
      case "meeting":
        return findMeeting(db, id, { withDeleted: true });
      case "hearing":
        return findHearing(db, id, { withDeleted: true });
      case "timelineEntry":
        return findTimelineEntry(db, id, { withDeleted: true });
    }
  }
}

export const meetingTrash: TrashKind = recordKind("meeting", "meeting", findMeeting, "meeting");
export const hearingTrash: TrashKind = recordKind("hearing", "hearing", findHearing, "hearing");
/** Timeline notes: a meeting's or hearing's entry is not in the trash on its own, its record is. */
export const timelineEntryTrash: TrashKind = recordKind("timeline_entry", "timelineEntry", findTimelineEntry);
