import {
  findDeletedTask,
  findDeletedTaskComment,
  findRegionOfRecord,
  findTask,
  findTaskComment,
  listDeletedRecords,
  purgeDeleted,
  restoreDeleted,
  restoreTaskCommentRow,
  taskCommentRegionId,
} from "@kyoso/db";
import { rowTrashKind } from "./row-kind";

// A deleted task takes its comments out of sight with it (they are not deleted one by one, so restoring the
// task brings them back as they were); purging removes them with it. A comment deleted on its own is a record
// of its own here: its author's undo and the 削除済み view bring it back while its task is there.

export const taskTrash = rowTrashKind({
  recordType: "task",
  table: "task",
  regionOf: (db, id) => findRegionOfRecord(db, "task", id),
  listDeleted: (db, regionId, since) => listDeletedRecords(db, "task", regionId, since),
  findDeleted: findDeletedTask,
  findAfter: findTask,
  restoreRow: (db, id) => restoreDeleted(db, "task", id),
  purgeRow: (db, id) => purgeDeleted(db, "task", id),
});

export const taskCommentTrash = rowTrashKind({
  recordType: "task_comment",
  table: "taskComment",
  regionOf: taskCommentRegionId,
  listDeleted: (db, regionId, since) => listDeletedRecords(db, "taskComment", regionId, since),
  findDeleted: findDeletedTaskComment,
  findAfter: findTaskComment,
  restoreRow: restoreTaskCommentRow,
  purgeRow: (db, id) => purgeDeleted(db, "taskComment", id),
});
