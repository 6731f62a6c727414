import { z } from "zod";
import { getHome, markHomeVisited } from "../services/home";
import { createTRPCRouter, protectedProcedure } from "../trpc";

const own = { permission: "signedIn", scope: "none" } as const;

export const homeRouter = createTRPCRouter({
  /** The caller's own home page (「今日やること」): only what their role and regions let them see. */
  get: protectedProcedure
    .meta(own)
    .input(z.object({}))
    .query(({ ctx }) => getHome(ctx, ctx.actor)),

  /** The caller opened their home: survey answers after now are new next time. */
  markSeen: protectedProcedure.meta(own).mutation(async ({ ctx }) => {
    await markHomeVisited(ctx, ctx.actor);
    return { ok: true as const };
  }),
});
