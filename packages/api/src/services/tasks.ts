import {
  findTask,
  insertTask,
  insertTaskComment,
  isForeignKeyViolation,
  recordAudit,
  recordAudits,
  setTaskStatuses,
  updateTaskAtVersion,
} from "@kyoso/db";
import { DomainError, type TaskCreate, type TaskStatus, type TaskUpdate } from "@kyoso/domain";
import type { Context } from "../context";
import { notifyAssignment } from "./notify";
import {
  checkAssigneesForRegion,
  checkEditionInRegion,
  checkMeetingInRegion,
  requireRegions,
} from "./references";

const actorId = (ctx: Context) => ctx.actor?.id ?? null;
const notFound = () => new DomainError("NOT_FOUND", "指定されたタスクが見つかりません。");
const missingReference = (error: unknown) => {
  if (isForeignKeyViolation(error)) {
    return new DomainError(
      "VALIDATION",
      "指定された担当者・会議・フォーラムが見つかりません。画面を再読み込みしてください。",
    );
  }
  return error;
};

export async function createTask(ctx: Context, input: TaskCreate) {
  return ctx.db
    .transaction()
    .execute(async (tx) => {
      await requireRegions(tx, [input.regionId]);
      await checkEditionInRegion(tx, input.regionId, input.editionId);
      await checkMeetingInRegion(tx, input.regionId, input.meetingId);
      await checkAssigneesForRegion(tx, input.regionId, [input.assigneeId]);
      const id = await insertTask(tx, input);
      const task = await findTask(tx, id);
      await recordAudit(tx, {
        actorId: actorId(ctx),
        action: "create",
        recordType: "task",
        recordId: id,
        regionId: input.regionId,
        before: null,
        after: task,
      });
      await notifyAssignment(ctx, tx, null, task);
      return task;
    })
    .catch((error: unknown) => {
      throw missingReference(error);
    });
}

export async function updateTask(ctx: Context, input: TaskUpdate) {
  const { id, version, ...patch } = input;
  return ctx.db
    .transaction()
    .execute(async (tx) => {
      const before = await findTask(tx, id);
      if (!before) throw notFound();
      await checkAssigneesForRegion(tx, before.regionId, [patch.assigneeId]);
      if (!(await updateTaskAtVersion(tx, id, version, patch))) {
        throw new DomainError(
          "CONFLICT",
          "このタスクは他の人によって更新されています。画面を再読み込みしてから、もう一度操作してください。",
        );
      }
      const after = await findTask(tx, id);
      await recordAudit(tx, {
        actorId: actorId(ctx),
        action: "update",
        recordType: "task",
        recordId: id,
        regionId: before.regionId,
        before,
        after,
      });
      await notifyAssignment(ctx, tx, before, after);
      return after;
    })
    .catch((error: unknown) => {
      throw missingReference(error);
    });
}

/** Moves many tasks to one status in one transaction, with an audit row for each task that changed. */
export async function setStatusOfTasks(ctx: Context, ids: string[], status: TaskStatus) {
  return ctx.db.transaction().execute(async (tx) => {
    const before = await setTaskStatuses(tx, [...new Set(ids)], status);
    const changed = before.filter((t) => t.status !== status);
    await recordAudits(
      tx,
      changed.map((t) => ({
        actorId: actorId(ctx),
        action: "update" as const,
        recordType: "task",
        recordId: t.id,
        regionId: t.regionId,
        before: { status: t.status },
        after: { status },
      })),
    );
    return { updated: changed.length };
  });
}

export async function commentOnTask(ctx: Context, taskId: string, body: string) {
  return ctx.db.transaction().execute(async (tx) => {
    const task = await findTask(tx, taskId);
    if (!task) throw notFound();
    const comment = await insertTaskComment(tx, { taskId, authorId: actorId(ctx), body });
    await recordAudit(tx, {
      actorId: actorId(ctx),
      action: "create",
      recordType: "task_comment",
      recordId: comment.id,
      regionId: task.regionId,
      before: null,
      after: { taskId, body },
    });
    return comment;
  });
}
