import { findEdition } from "@kyoso/db";
import { DomainError, forumEditionCreateSchema, forumEditionUpdateSchema } from "@kyoso/domain";
import { z } from "zod";
import { createForumEdition, updateForumEdition } from "../services/forum-editions";
import { createTRPCRouter, protectedProcedure } from "../trpc";

export const forumEditionRouter = createTRPCRouter({
  byId: protectedProcedure
    .meta({ permission: "edition.read", scope: { editionId: "id" } })
    .input(z.object({ id: z.uuid({ message: "フォーラムの指定が正しくありません。" }) }))
    .query(async ({ ctx, input }) => {
      const edition = await findEdition(ctx.db, input.id);
      if (!edition) throw new DomainError("NOT_FOUND", "指定されたフォーラムが見つかりません。");
      return edition;
    }),

  create: protectedProcedure
    .meta({ permission: "edition.write", scope: { regionId: "regionId" } })
    .input(forumEditionCreateSchema)
    .mutation(({ ctx, input }) => createForumEdition(ctx, input)),

  update: protectedProcedure
    .meta({ permission: "edition.write", scope: { editionId: "id" } })
    .input(forumEditionUpdateSchema)
    .mutation(({ ctx, input }) => updateForumEdition(ctx, input)),
});
