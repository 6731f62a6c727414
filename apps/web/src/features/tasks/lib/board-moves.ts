import { TASK_STATUSES, type TaskStatus } from "@kyoso/domain";

/** The column to the left (-1) or right (+1) of a status on the board, or null at the edge. */
export function neighbourStatus(status: TaskStatus, step: -1 | 1): TaskStatus | null {
  return TASK_STATUSES[TASK_STATUSES.indexOf(status) + step] ?? null;
}
