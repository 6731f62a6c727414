import { z } from "zod";
import { idempotencyKeySchema } from "./offline";
import type { Actor } from "./permissions";
import { idOf, isoDateSchema, pageSchema, pageSizeSchema, safeString, versionSchema } from "./text";
import { TASK_PRIORITIES, TASK_SORTS, TASK_STATUSES, type TaskStatus } from "./vocabulary";

const title = safeString()
  .trim()
  .min(1, { message: "タスク名を入力してください。" })
  .max(200, { message: "タスク名は200文字以内で入力してください。" });
const description = safeString()
  .trim()
  .max(10_000, { message: "説明は10,000文字以内で入力してください。" })
  .transform((v) => (v === "" ? null : v))
  .nullable();

export const taskCreateSchema = z.object({
  regionId: idOf("地域"),
  editionId: z.uuid().nullable().default(null),
  meetingId: z.uuid().nullable().default(null),
  title,
  description: description.default(null),
  assigneeId: z.uuid().nullable().default(null),
  status: z.enum(TASK_STATUSES, { message: "状況の値が正しくありません。" }).default("todo"),
  priority: z.enum(TASK_PRIORITIES, { message: "優先度の値が正しくありません。" }).default("normal"),
  dueOn: isoDateSchema.nullable().default(null),
});
export type TaskCreate = z.infer<typeof taskCreateSchema>;

export const taskUpdateSchema = z.object({
  id: z.uuid(),
  version: versionSchema,
  title: title.optional(),
  description: description.optional(),
  assigneeId: z.uuid().nullable().optional(),
  status: z.enum(TASK_STATUSES, { message: "状況の値が正しくありません。" }).optional(),
  priority: z.enum(TASK_PRIORITIES, { message: "優先度の値が正しくありません。" }).optional(),
  dueOn: isoDateSchema.nullable().optional(),
});
export type TaskUpdate = z.infer<typeof taskUpdateSchema>;

/**
 * The task table counts matches only up to this many: an exact count of tens of thousands of rows costs more
 * than the page itself, and past this the number stops helping anyone. More shows as 「10,000件以上」.
 */
export const TASK_COUNT_CAP = 10_000;

export const taskListSchema = z
  .object({
    regionId: z.uuid().optional(),
    statuses: z.array(z.enum(TASK_STATUSES)).max(TASK_STATUSES.length).optional(),
    assigneeId: z.uuid().optional(),
    /** Only the caller's own tasks ("My tasks"). */
    mine: z.boolean().optional(),
    dueFrom: isoDateSchema.optional(),
    dueTo: isoDateSchema.optional(),
    text: safeString().trim().max(100).optional(),
    sort: z.enum(TASK_SORTS).default("dueOn"),
    direction: z.enum(["asc", "desc"]).default("asc"),
    page: pageSchema.default(1),
    pageSize: pageSizeSchema(50, 200),
  })
  .refine((v) => !v.dueFrom || !v.dueTo || v.dueFrom <= v.dueTo, {
    path: ["dueTo"],
    message: "期限の範囲は開始日が終了日以前になるように指定してください。",
  });
export type TaskListInput = z.infer<typeof taskListSchema>;

export const taskBulkStatusSchema = z.object({
  ids: z.array(z.uuid()).min(1, { message: "タスクを1つ以上選んでください。" }).max(500),
  status: z.enum(TASK_STATUSES, { message: "状況の値が正しくありません。" }),
  /**
   * The version of each task as the person saw it: sent by a change that waited offline, so a task changed
   * meanwhile is reported as a conflict rather than overwritten. Without it the change applies as is.
   */
  versions: z.record(z.uuid(), versionSchema).optional(),
  idempotencyKey: idempotencyKeySchema,
});
export type TaskBulkStatus = z.infer<typeof taskBulkStatusSchema>;

export const taskCommentSchema = z.object({
  taskId: z.uuid(),
  body: safeString().trim().min(1, { message: "コメントを入力してください。" }).max(5000),
});

/**
 * Which tasks a list may show an actor: every task for the national team; a committee member's regions;
 * for pro bono staff, their regions' tasks and any task assigned to them. Partners see none.
 */
export function taskVisibility(
  actor: Actor,
): { all: true } | { all: false; regionIds: string[]; assigneeId: string | null } {
  if (actor.role === "national") return { all: true };
  if (actor.role === "partner") return { all: false, regionIds: [], assigneeId: null };
  return {
    all: false,
    regionIds: [...actor.regionIds],
    assigneeId: actor.role === "probono" ? actor.id : null,
  };
}

/**
 * Who a region's task (or a meeting's action item) may be assigned to: an active user of the national team, or
 * an active committee member or pro bono volunteer of that region. A partner only reads one forum.
 */
export function mayBeAssignedIn(
  user: { role: Actor["role"]; disabled: boolean; regionIds: readonly string[] },
  regionId: string,
): boolean {
  if (user.disabled || user.role === "partner") return false;
  return user.role === "national" || user.regionIds.includes(regionId);
}

export const taskCommentUpdateSchema = z.object({
  taskId: z.uuid(),
  id: z.uuid(),
  version: versionSchema,
  body: safeString().trim().min(1, { message: "コメントを入力してください。" }).max(5000),
});
export type TaskCommentUpdate = z.infer<typeof taskCommentUpdateSchema>;

export const taskCommentDeleteSchema = z.object({ taskId: z.uuid(), id: z.uuid(), version: versionSchema });

/** Taking an open task as one's own: one action, kept. */
export const taskPickUpSchema = z.object({ id: z.uuid(), version: versionSchema });

/** Whether a task is past its due date on `today` (Tokyo's today): open, with a due date before today. */
export function isTaskOverdue(task: { status: TaskStatus; dueOn: string | null }, today: string): boolean {
  return task.status !== "done" && task.dueOn !== null && task.dueOn < today;
}
