import {
  type DB,
  findTask,
  findTaskComment,
  insertTask,
  insertTaskComment,
  isForeignKeyViolation,
  lockTaskVersions,
  setTaskStatuses,
  softDeleteAtVersion,
  updateTaskAtVersion,
  updateTaskCommentAtVersion,
} from "@kyoso/db";
import {
  type Actor,
  DomainError,
  type RecordDelete,
  type TaskBulkStatus,
  type TaskCommentUpdate,
  type TaskCreate,
  type TaskUpdate,
} from "@kyoso/domain";
import type { Context } from "../context";
import { once } from "./idempotency";
import { notifyAssignment } from "./notify";
import {
  checkAssigneesForRegion,
  checkEditionInRegion,
  checkMeetingInRegion,
  requireRegions,
} from "./references";
import { audited } from "./write";

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
  return audited(ctx, async ({ tx, audit }) => {
    await requireRegions(tx, [input.regionId]);
    await checkEditionInRegion(tx, input.regionId, input.editionId);
    await checkMeetingInRegion(tx, input.regionId, input.meetingId);
    await checkAssigneesForRegion(tx, input.regionId, [input.assigneeId]);
    const id = await insertTask(tx, input);
    const task = await findTask(tx, id);
    await audit({
      action: "create",
      recordType: "task",
      recordId: id,
      regionId: input.regionId,
      before: null,
      after: task,
    });
    await notifyAssignment(ctx, tx, null, task);
    return task;
  }).catch((error: unknown) => {
    throw missingReference(error);
  });
}

export async function updateTask(ctx: Context, input: TaskUpdate) {
  const { id, version, ...patch } = input;
  return audited(ctx, async ({ tx, audit }) => {
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
    await audit({
      action: "update",
      recordType: "task",
      recordId: id,
      regionId: before.regionId,
      before,
      after,
    });
    await notifyAssignment(ctx, tx, before, after);
    return after;
  }).catch((error: unknown) => {
    throw missingReference(error);
  });
}

/** Moves many tasks to one status in one transaction, with an audit row for each task that changed. */
/** The status of every task in `input.ids` at once; with `versions`, only if none changed since they were seen. */
export async function setStatusOfTasks(ctx: Context, input: TaskBulkStatus) {
  const ids = [...new Set(input.ids)];
  return audited(ctx, ({ tx, actorId, audit }) =>
    once({
      tx,
      userId: actorId,
      key: input.idempotencyKey,
      procedure: "task.setStatus",
      reference: (answer: { updated: number }) => answer,
      replay: async (first) => first,
      write: async () => {
        if (input.versions) await requireVersions(tx, ids, input.versions);
        const before = await setTaskStatuses(tx, ids, input.status);
        const changed = before.filter((t) => t.status !== input.status);
        await audit(
          changed.map((t) => ({
            action: "update" as const,
            recordType: "task",
            recordId: t.id,
            regionId: t.regionId,
            before: { status: t.status },
            after: { status: input.status },
          })),
        );
        return { updated: changed.length };
      },
    }),
  );
}

/** Every task still there at the version the person saw (a change that waited offline must not overwrite). */
async function requireVersions(tx: DB, ids: string[], seen: Record<string, number>) {
  const current = new Map((await lockTaskVersions(tx, ids)).map((t) => [t.id, t.version]));
  if (ids.some((id) => seen[id] === undefined || current.get(id) !== seen[id])) throw staleTask();
}

export async function commentOnTask(ctx: Context, taskId: string, body: string) {
  return audited(ctx, async ({ tx, actorId, audit }) => {
    const task = await findTask(tx, taskId);
    if (!task) throw notFound();
    const comment = await insertTaskComment(tx, { taskId, authorId: actorId, body });
    await audit({
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

const staleTask = () =>
  new DomainError(
    "CONFLICT",
    "このタスクは他の人によって更新されています。画面を再読み込みしてから、もう一度操作してください。",
  );

/** Soft delete: the task leaves the table, the board, the overview, calendars and exports until restored. */
export async function deleteTask(ctx: Context, input: RecordDelete) {
  return audited(ctx, async ({ tx, actorId, audit }) => {
    const before = await findTask(tx, input.id);
    if (!before) throw notFound();
    const deletedAt = await softDeleteAtVersion(tx, "task", input.id, input.version, actorId);
    if (!deletedAt) throw staleTask();
    await audit({
      action: "delete",
      recordType: "task",
      recordId: input.id,
      regionId: before.regionId,
      before,
      after: null,
    });
    return { id: input.id, recordType: "task" as const, deletedAt: new Date(deletedAt).toISOString() };
  });
}

/**
 * 「自分に割り当て」: the caller takes an open task as their own, in one action that is kept. A task someone
 * else took meanwhile is not taken over (the message names who has it).
 */
export async function pickUpTask(ctx: Context, input: RecordDelete) {
  return audited(ctx, async ({ tx, actorId, audit }) => {
    if (!actorId) throw notFound();
    const before = await findTask(tx, input.id);
    if (!before) throw notFound();
    if (before.assigneeId === actorId) return before;
    if (before.assigneeId) {
      throw new DomainError(
        "CONFLICT",
        `このタスクはすでに${before.assigneeName ?? "ほかの人"}さんが担当しています。画面を再読み込みしてください。`,
      );
    }
    await checkAssigneesForRegion(tx, before.regionId, [actorId]);
    if (!(await updateTaskAtVersion(tx, input.id, input.version, { assigneeId: actorId }))) throw staleTask();
    const after = await findTask(tx, input.id);
    await audit({
      action: "update",
      recordType: "task",
      recordId: input.id,
      regionId: before.regionId,
      before,
      after,
    });
    return after;
  });
}

const commentNotFound = () => new DomainError("NOT_FOUND", "指定されたコメントが見つかりません。");
const staleComment = () =>
  new DomainError(
    "CONFLICT",
    "このコメントは他の人によって更新されています。画面を再読み込みしてから、もう一度操作してください。",
  );

/** A comment is changed by its author only; the national team may change any (to remove what must go). */
async function ownComment(
  tx: Parameters<typeof findTaskComment>[0],
  actor: Actor | null,
  taskId: string,
  id: string,
) {
  const comment = await findTaskComment(tx, id);
  if (!comment || comment.taskId !== taskId) throw commentNotFound();
  if (actor?.role !== "national" && (!actor || comment.authorId !== actor.id)) {
    throw new DomainError("FORBIDDEN", "自分が書いたコメントだけを編集・削除できます。");
  }
  return comment;
}

export async function updateTaskComment(ctx: Context, input: TaskCommentUpdate) {
  return audited(ctx, async ({ tx, audit }) => {
    const before = await ownComment(tx, ctx.actor, input.taskId, input.id);
    const task = await findTask(tx, input.taskId);
    if (!task) throw notFound();
    if (!(await updateTaskCommentAtVersion(tx, input.id, input.version, input.body))) throw staleComment();
    const after = await findTaskComment(tx, input.id);
    await audit({
      action: "update",
      recordType: "task_comment",
      recordId: input.id,
      regionId: task.regionId,
      before,
      after,
    });
    return after;
  });
}

export async function deleteTaskComment(ctx: Context, input: RecordDelete & { taskId: string }) {
  return audited(ctx, async ({ tx, actorId, audit }) => {
    const before = await ownComment(tx, ctx.actor, input.taskId, input.id);
    const task = await findTask(tx, input.taskId);
    if (!task) throw notFound();
    const deletedAt = await softDeleteAtVersion(tx, "taskComment", input.id, input.version, actorId);
    if (!deletedAt) throw staleComment();
    await audit({
      action: "delete",
      recordType: "task_comment",
      recordId: input.id,
      regionId: task.regionId,
      before,
      after: null,
    });
    return {
      id: input.id,
      recordType: "task_comment" as const,
      deletedAt: new Date(deletedAt).toISOString(),
    };
  });
}
