import { findTaskWithComments, listTasks } from "@kyoso/db";
import {
  DomainError,
  idInputSchema,
  isTaskOverdue,
  recordDeleteSchema,
  taskBulkStatusSchema,
  taskCommentDeleteSchema,
  taskCommentSchema,
  taskCommentUpdateSchema,
  taskCreateSchema,
  taskListSchema,
  taskPickUpSchema,
  taskUpdateSchema,
  taskVisibility,
  todayInTokyo,
} from "@kyoso/domain";
import {
  commentOnTask,
  createTask,
  deleteTask,
  deleteTaskComment,
  pickUpTask,
  setStatusOfTasks,
  updateTask,
  updateTaskComment,
} from "../services/tasks";
import { createTRPCRouter, protectedProcedure, scoped } from "../trpc";

export const taskRouter = createTRPCRouter({
  /** The task table: filtered, sorted and paged on the server, narrowed to what the caller may see. */
  list: protectedProcedure
    .meta({ permission: "task.read", scope: "none" })
    .input(taskListSchema)
    .query(async ({ ctx, input }) => {
      const visibility = taskVisibility(ctx.actor);
      const page = await listTasks(
        ctx.db,
        { ...input, mineId: input.mine ? ctx.actor.id : undefined },
        visibility.all ? null : visibility,
      );
      const today = todayInTokyo(ctx.now());
      return { ...page, today, rows: page.rows.map((t) => ({ ...t, overdue: isTaskOverdue(t, today) })) };
    }),

  byId: protectedProcedure
    .concat(scoped(idInputSchema, "task.read", { taskId: "id" }))
    .query(async ({ ctx, input }) => {
      const found = await findTaskWithComments(ctx.db, input.id);
      if (!found) throw new DomainError("NOT_FOUND", "指定されたタスクが見つかりません。");
      const { comments, ...task } = found;
      return { ...task, overdue: isTaskOverdue(task, todayInTokyo(ctx.now())), comments };
    }),

  create: protectedProcedure
    .concat(scoped(taskCreateSchema, "region.write", { regionId: "regionId" }))
    .mutation(({ ctx, input }) => createTask(ctx, input)),

  update: protectedProcedure
    .concat(scoped(taskUpdateSchema, "task.write", { taskId: "id" }))
    .mutation(({ ctx, input }) => updateTask(ctx, input)),

  /** Bulk status change: allowed only if the caller may change every selected task. */
  setStatus: protectedProcedure
    .concat(scoped(taskBulkStatusSchema, "task.write", { taskIds: "ids" }))
    .mutation(({ ctx, input }) => setStatusOfTasks(ctx, input)),

  comment: protectedProcedure
    .concat(scoped(taskCommentSchema, "task.write", { taskId: "taskId" }))
    .mutation(({ ctx, input }) => commentOnTask(ctx, input.taskId, input.body)),

  /** 「自分に割り当て」: takes an open task as the caller's own, kept at once. */
  pickUp: protectedProcedure
    .concat(scoped(taskPickUpSchema, "task.write", { taskId: "id" }))
    .mutation(({ ctx, input }) => pickUpTask(ctx, input)),

  /** Soft delete, for the region's committee and the national team. */
  delete: protectedProcedure
    .concat(scoped(recordDeleteSchema, "region.write", { taskId: "id" }))
    .mutation(({ ctx, input }) => deleteTask(ctx, input)),

  /** One's own comment (the national team: any); whoever may read the task gets this far. */
  updateComment: protectedProcedure
    .concat(scoped(taskCommentUpdateSchema, "task.read", { taskId: "taskId" }))
    .mutation(({ ctx, input }) => updateTaskComment(ctx, input)),

  deleteComment: protectedProcedure
    .concat(scoped(taskCommentDeleteSchema, "task.read", { taskId: "taskId" }))
    .mutation(({ ctx, input }) => deleteTaskComment(ctx, input)),
});
