import {
  findAnnouncement,
  findAnnouncementScope,
  listDeletedRecords,
  purgeDeleted,
  restoreDeleted,
  upsertAnnouncementTimelineEntry,
} from "@kyoso/db";
import { deletedRecords } from "./row-kind";
import type { TrashKind } from "./types";

// A deleted announcement (お知らせ). Restored, a published one is back on the public page, the feed and the
// timeline at once; a draft stays a draft.

export const announcementTrash: TrashKind = {
  recordType: "announcement",
  table: "announcement",

  async regionOf(db, id) {
    return (await findAnnouncementScope(db, id))?.regionId;
  },

  async listDeleted(db, regionId, since) {
    return deletedRecords(
      "announcement",
      regionId,
      await listDeletedRecords(db, "announcement", regionId, since),
    );
  },

  async restore({ tx, audit }, id) {
    const found = await findAnnouncement(tx, id, { deleted: true });
    if (!found || !(await restoreDeleted(tx, "announcement", id))) return false;
    const restored = await findAnnouncement(tx, id);
    if (!restored) return false;
    if (restored.announcement.status === "published") {
      await upsertAnnouncementTimelineEntry(tx, found.regionId, restored.announcement);
    }
    await audit({
      action: "restore",
      recordType: "announcement",
      recordId: id,
      regionId: found.regionId,
      before: null,
      after: restored.announcement,
    });
    return true;
  },

  async purge({ tx, audit }, id) {
    const found = await findAnnouncement(tx, id, { deleted: true });
    if (!found || !(await purgeDeleted(tx, "announcement", id))) return false;
    await audit({
      action: "purge",
      recordType: "announcement",
      recordId: id,
      regionId: found.regionId,
      before: found.announcement,
      after: null,
    });
    return true;
  },
};
