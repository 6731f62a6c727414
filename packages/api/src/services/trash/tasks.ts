import {
  findDeletedTask,
  findDeletedTaskComment,
  findTask,
  findTaskComment,
  listDeletedTaskComments,
  listDeletedTasks,
  purgeTaskCommentRow,
  purgeTaskRow,
  restoreTaskCommentRow,
  restoreTaskRow,
  taskCommentRegionId,
  taskRegionId,
} from "@kyoso/db";
import type { TrashKind } from "./types";

// A deleted task takes its comments out of sight with it (they are not deleted one by one, so restoring the
// task brings them back as they were); purging removes them with it. A comment deleted on its own is a record
// of its own here: its author's undo and the 削除済み view bring it back while its task is there.

export const taskTrash: TrashKind = {
  recordType: "task",

  regionOf: (db, id) => taskRegionId(db, id),

  async listDeleted(db, regionId, since) {
    const rows = await listDeletedTasks(db, regionId, since);
    return rows.map((r) => ({
      recordType: "task",
      id: r.id,
      regionId,
      title: r.title,
      deletedAt: r.deletedAt,
      deletedByName: r.deletedByName,
    }));
  },

  async restore({ tx, audit }, id) {
    const before = await findDeletedTask(tx, id);
    if (!before || !(await restoreTaskRow(tx, id))) return false;
    const after = await findTask(tx, id);
    await audit({
      action: "restore",
      recordType: "task",
      recordId: id,
      regionId: before.regionId,
      before,
      after,
    });
    return true;
  },

  async purge({ tx, audit }, id) {
    const before = await findDeletedTask(tx, id);
    if (!before || !(await purgeTaskRow(tx, id))) return false;
    await audit({
      action: "purge",
      recordType: "task",
      recordId: id,
      regionId: before.regionId,
      before,
      after: null,
    });
    return true;
  },
};

export const taskCommentTrash: TrashKind = {
  recordType: "task_comment",

  regionOf: (db, id) => taskCommentRegionId(db, id),

  async listDeleted(db, regionId, since) {
    const rows = await listDeletedTaskComments(db, regionId, since);
    return rows.map((r) => ({
      recordType: "task_comment",
      id: r.id,
      regionId,
      title: r.title,
      deletedAt: r.deletedAt,
      deletedByName: r.deletedByName,
    }));
  },

  async restore({ tx, audit }, id) {
    const before = await findDeletedTaskComment(tx, id);
    if (!before || !(await restoreTaskCommentRow(tx, id))) return false;
    const after = await findTaskComment(tx, id);
    await audit({
      action: "restore",
      recordType: "task_comment",
      recordId: id,
      regionId: before.regionId,
      before,
      after,
    });
    return true;
  },

  async purge({ tx, audit }, id) {
    const before = await findDeletedTaskComment(tx, id);
    if (!before || !(await purgeTaskCommentRow(tx, id))) return false;
    await audit({
      action: "purge",
      recordType: "task_comment",
      recordId: id,
      regionId: before.regionId,
      before,
      after: null,
    });
    return true;
  },
};
