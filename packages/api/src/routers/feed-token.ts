import { feedTokenCreateSchema, idOf } from "@kyoso/domain";
import { z } from "zod";
import { createFeedToken, myFeedTokens, revokeMyFeedToken } from "../services/feed-tokens";
import { createTRPCRouter, protectedProcedure } from "../trpc";

const own = { permission: "signedIn", scope: "none" } as const;

/** The signed-in user's private calendar links (iCal). Each acts on the caller's own links only. */
export const feedTokenRouter = createTRPCRouter({
  list: protectedProcedure.meta(own).query(({ ctx }) => myFeedTokens(ctx)),

  /** Returns the token once, with the paths to subscribe to. */
  create: protectedProcedure
    .meta(own)
    .input(feedTokenCreateSchema)
    .mutation(({ ctx, input }) => createFeedToken(ctx, input.label)),

  revoke: protectedProcedure
    .meta(own)
    .input(z.object({ id: idOf("リンク") }))
    .mutation(({ ctx, input }) => revokeMyFeedToken(ctx, input.id)),
});
