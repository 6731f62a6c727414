import { listUsers } from "@kyoso/db";
import { userInviteSchema, userUpdateSchema } from "@kyoso/domain";
import { z } from "zod";
import { issuePasswordReset } from "../services/password-reset";
import { inviteUser, reissueInvitation, updateUser } from "../services/users";
import { createTRPCRouter, protectedProcedure } from "../trpc";

const manage = { permission: "user.manage", scope: "none" } as const;

export const userRouter = createTRPCRouter({
  list: protectedProcedure.meta(manage).query(({ ctx }) => listUsers(ctx.db)),

  invite: protectedProcedure
    .meta(manage)
    .input(userInviteSchema)
    .mutation(({ ctx, input }) => inviteUser(ctx, ctx.actor.id, input)),

  reissueInvitation: protectedProcedure
    .meta(manage)
    .input(z.object({ id: z.uuid() }))
    .mutation(({ ctx, input }) => reissueInvitation(ctx, ctx.actor, input.id)),

  update: protectedProcedure
    .meta(manage)
    .input(userUpdateSchema)
    .mutation(({ ctx, input }) => updateUser(ctx, ctx.actor, input)),

  /** A one-time password reset link for someone, shown once. */
  issuePasswordReset: protectedProcedure
    .meta(manage)
    .input(z.object({ id: z.uuid() }))
    .mutation(({ ctx, input }) => issuePasswordReset(ctx, ctx.actor, input.id)),
});
