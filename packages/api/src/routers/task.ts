import { findTask, listTaskComments, listTasks } from "@kyoso/db";
import {
  DomainError,
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
import { z } from "zod";
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
import { createTRPCRouter, protectedProcedure } from "../trpc";

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
    .meta({ permission: "task.read", scope: { taskId: "id" } })
    .input(z.object({ id: z.uuid() }))
    .query(async ({ ctx, input }) => {
      const task = await findTask(ctx.db, input.id);
      if (!task) throw new DomainError("NOT_FOUND", "指定されたタスクが見つかりません。");
      const overdue = isTaskOverdue(task, todayInTokyo(ctx.now()));
      return { ...task, overdue, comments: await listTaskComments(ctx.db, input.id) };
    }),

  create: protectedProcedure
    .meta({ permission: "region.write", scope: { regionId: "regionId" } })
    .input(taskCreateSchema)
    .mutation(({ ctx, input }) => createTask(ctx, input)),

  update: protectedProcedure
    .meta({ permission: "task.write", scope: { taskId: "id" } })
    .input(taskUpdateSchema)
    .mutation(({ ctx, input }) => updateTask(ctx, input)),

  /** Bulk status change: allowed only if the caller may change every selected task. */
  setStatus: protectedProcedure
    .meta({ permission: "task.write", scope: { taskIds: "ids" } })
    .input(taskBulkStatusSchema)
    .mutation(({ ctx, input }) => setStatusOfTasks(ctx, input.ids, input.status)),

  comment: protectedProcedure
    .meta({ permission: "task.write", scope: { taskId: "taskId" } })
    .input(taskCommentSchema)
    .mutation(({ ctx, input }) => commentOnTask(ctx, input.taskId, input.body)),

  /** 「自分に割り当て」: takes an open task as the caller's own, kept at once. */
  pickUp: protectedProcedure
    .meta({ permission: "task.write", scope: { taskId: "id" } })
    .input(taskPickUpSchema)
    .mutation(({ ctx, input }) => pickUpTask(ctx, input)),

  /** Soft delete, for the region's committee and the national team. */
  delete: protectedProcedure
    .meta({ permission: "region.write", scope: { taskId: "id" } })
    .input(recordDeleteSchema)
    .mutation(({ ctx, input }) => deleteTask(ctx, input)),

  /** One's own comment (the national team: any); whoever may read the task gets this far. */
  updateComment: protectedProcedure
    .meta({ permission: "task.read", scope: { taskId: "taskId" } })
    .input(taskCommentUpdateSchema)
    .mutation(({ ctx, input }) => updateTaskComment(ctx, input)),

  deleteComment: protectedProcedure
    .meta({ permission: "task.read", scope: { taskId: "taskId" } })
    .input(taskCommentDeleteSchema)
    .mutation(({ ctx, input }) => deleteTaskComment(ctx, input)),
});
