import { type Actor, can, TASK_STATUSES, type TaskStatus } from "@kyoso/domain";

/** The column to the left (-1) or right (+1) of a status on the board, or null at the edge. */
export function neighbourStatus(status: TaskStatus, step: -1 | 1): TaskStatus | null {
  return TASK_STATUSES[TASK_STATUSES.indexOf(status) + step] ?? null;
}

/** What the board knows of a card to decide where it may go. */
export interface MovableTask {
  status: TaskStatus;
  regionId: string;
  assigneeId: string | null;
}

/**
 * Whether the person may move a card at all: the domain's task.write rule (the national team any task, a
 * committee member their regions' tasks, pro bono staff their own tasks and the open ones in their regions).
 */
export function mayMove(actor: Actor | null, task: Omit<MovableTask, "status">): boolean {
  return can(actor, "task.write", { regionId: task.regionId, assigneeId: task.assigneeId });
}

/** The columns the 移動 menu offers for a card: every other column, or none when the person may not move it. */
export function movesFor(actor: Actor | null, task: MovableTask): TaskStatus[] {
  return mayMove(actor, task) ? TASK_STATUSES.filter((s) => s !== task.status) : [];
}
