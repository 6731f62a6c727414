import { changeEmailSchema, changePasswordSchema, sessionIdSchema } from "@kyoso/domain";
import { z } from "zod";
import {
  changePassword,
  endMySession,
  endOtherSessions,
  mySessions,
  requestEmailChange,
} from "../services/account";
import { createTRPCRouter, protectedProcedure } from "../trpc";

const own = { permission: "signedIn", scope: "none" } as const;

/** The signed-in person's own account. Each procedure acts on the caller only. */
export const accountRouter = createTRPCRouter({
  changePassword: protectedProcedure
    .meta(own)
    .input(changePasswordSchema)
    .mutation(({ ctx, input }) => changePassword(ctx, ctx.actor, input)),

  requestEmailChange: protectedProcedure
    .meta(own)
    .input(changeEmailSchema)
    .mutation(({ ctx, input }) => requestEmailChange(ctx, ctx.actor, input)),

  sessions: protectedProcedure.meta(own).query(({ ctx }) => mySessions(ctx, ctx.actor)),

  endSession: protectedProcedure
    .meta(own)
    .input(z.object({ id: sessionIdSchema }))
    .mutation(async ({ ctx, input }) => {
      await endMySession(ctx, ctx.actor, input.id);
      return { ended: true };
    }),

  endOtherSessions: protectedProcedure.meta(own).mutation(({ ctx }) => endOtherSessions(ctx, ctx.actor)),
});
