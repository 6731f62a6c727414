import { findEdition } from "@kyoso/db";
import { DomainError, forumEditionCreateSchema, forumEditionUpdateSchema } from "@kyoso/domain";
import { z } from "zod";
import { createForumEdition, updateForumEdition } from "../services/forum-editions";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const forumEditionRouter = createTRPCRouter({
  byId: publicProcedure.input(z.object({ id: z.uuid() })).query(async ({ ctx, input }) => {
    const edition = await findEdition(ctx.db, input.id);
    if (!edition) throw new DomainError("NOT_FOUND", "指定されたフォーラムが見つかりません。");
    return edition;
  }),

  create: publicProcedure
    .input(forumEditionCreateSchema)
    .mutation(({ ctx, input }) => createForumEdition(ctx, input)),

  update: publicProcedure
    .input(forumEditionUpdateSchema)
    .mutation(({ ctx, input }) => updateForumEdition(ctx, input)),
});
