import { findEdition } from "@kyoso/db";
import { DomainError, forumEditionCreateSchema, forumEditionUpdateSchema, idOf } from "@kyoso/domain";
import { z } from "zod";
import { createForumEdition, updateForumEdition } from "../services/forum-editions";
import { createTRPCRouter, protectedProcedure, scoped } from "../trpc";

export const forumEditionRouter = createTRPCRouter({
  byId: protectedProcedure
    .concat(
      scoped(z.object({ id: idOf("フォーラム") }), "edition.read", {
        editionId: "id",
      }),
    )
    .query(async ({ ctx, input }) => {
      const edition = await findEdition(ctx.db, input.id);
      if (!edition) throw new DomainError("NOT_FOUND", "指定されたフォーラムが見つかりません。");
      return edition;
    }),

  create: protectedProcedure
    .concat(scoped(forumEditionCreateSchema, "edition.write", { regionId: "regionId" }))
    .mutation(({ ctx, input }) => createForumEdition(ctx, input)),

  update: protectedProcedure
    .concat(scoped(forumEditionUpdateSchema, "edition.write", { editionId: "id" }))
    .mutation(({ ctx, input }) => updateForumEdition(ctx, input)),
});
