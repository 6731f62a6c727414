import { findTask, listTaskComments, listTasks } from "@kyoso/db";
import {
  DomainError,
  idInputSchema,
  taskBulkStatusSchema,
  taskCommentSchema,
  taskCreateSchema,
  taskListSchema,
  taskUpdateSchema,
  taskVisibility,
} from "@kyoso/domain";
import { commentOnTask, createTask, setStatusOfTasks, updateTask } from "../services/tasks";
import { createTRPCRouter, protectedProcedure, scoped } from "../trpc";

export const taskRouter = createTRPCRouter({
  /** The task table: filtered, sorted and paged on the server, narrowed to what the caller may see. */
  list: protectedProcedure
    .meta({ permission: "task.read", scope: "none" })
    .input(taskListSchema)
    .query(({ ctx, input }) => {
      const visibility = taskVisibility(ctx.actor);
      return listTasks(
        ctx.db,
        { ...input, mineId: input.mine ? ctx.actor.id : undefined },
        visibility.all ? null : visibility,
      );
    }),

  byId: protectedProcedure
    .concat(scoped(idInputSchema, "task.read", { taskId: "id" }))
    .query(async ({ ctx, input }) => {
      const task = await findTask(ctx.db, input.id);
      if (!task) throw new DomainError("NOT_FOUND", "指定されたタスクが見つかりません。");
      return { ...task, comments: await listTaskComments(ctx.db, input.id) };
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
    .mutation(({ ctx, input }) => setStatusOfTasks(ctx, input.ids, input.status)),

  comment: protectedProcedure
    .concat(scoped(taskCommentSchema, "task.write", { taskId: "taskId" }))
    .mutation(({ ctx, input }) => commentOnTask(ctx, input.taskId, input.body)),
});
