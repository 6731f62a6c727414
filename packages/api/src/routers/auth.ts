import { findUserProfile } from "@kyoso/db";
import { acceptInvitationSchema, signInSchema } from "@kyoso/domain";
import { acceptInvitation, signIn, signOut } from "../services/auth";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const authRouter = createTRPCRouter({
  /** The signed-in user, or null. */
  me: publicProcedure
    .meta({ permission: "public", scope: "none" })
    .query(async ({ ctx }) => (ctx.actor ? ((await findUserProfile(ctx.db, ctx.actor.id)) ?? null) : null)),

  signIn: publicProcedure
    .meta({ permission: "public", scope: "none" })
    .input(signInSchema)
    .mutation(({ ctx, input }) => signIn(ctx, input)),

  signOut: publicProcedure.meta({ permission: "public", scope: "none" }).mutation(async ({ ctx }) => {
    await signOut(ctx);
    return { signedOut: true };
  }),

  acceptInvitation: publicProcedure
    .meta({ permission: "public", scope: "none" })
    .input(acceptInvitationSchema)
    .mutation(({ ctx, input }) => acceptInvitation(ctx, input)),
});
