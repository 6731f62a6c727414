import { findNetworkPage, listNetworkPages } from "@kyoso/db";
import { DomainError, idInputSchema, networkPageCreateSchema, networkPageUpdateSchema } from "@kyoso/domain";
import { createNetworkPage, updateNetworkPage } from "../services/network-pages";
import { createTRPCRouter, protectedProcedure } from "../trpc";

// The network's own public pages: the national team (settings.manage) reads drafts and writes.
const national = { permission: "settings.manage", scope: "none" } as const;

export const networkPageRouter = createTRPCRouter({
  list: protectedProcedure.meta(national).query(({ ctx }) => listNetworkPages(ctx.db)),

  byId: protectedProcedure
    .meta(national)
    .input(idInputSchema)
    .query(async ({ ctx, input }) => {
      const page = await findNetworkPage(ctx.db, input.id);
      if (!page) throw new DomainError("NOT_FOUND", "指定されたページが見つかりません。");
      return page;
    }),

  create: protectedProcedure
    .meta(national)
    .input(networkPageCreateSchema)
    .mutation(({ ctx, input }) => createNetworkPage(ctx, input)),

  update: protectedProcedure
    .meta(national)
    .input(networkPageUpdateSchema)
    .mutation(({ ctx, input }) => updateNetworkPage(ctx, input)),
});
