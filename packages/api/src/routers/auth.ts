import { findUserProfile } from "@kyoso/db";
import {
  acceptInvitationSchema,
  confirmEmailChangeSchema,
  forgotPasswordSchema,
  resetPasswordSchema,
  signInSchema,
} from "@kyoso/domain";
import { confirmEmailChange } from "../services/account";
import { acceptInvitation, signIn, signOut } from "../services/auth";
import { requestPasswordReset, resetPassword } from "../services/password-reset";
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

  /** "Forgot password": the same answer whether or not the address has an account. */
  requestPasswordReset: publicProcedure
    .meta({ permission: "public", scope: "none" })
    .input(forgotPasswordSchema)
    .mutation(({ ctx, input }) => requestPasswordReset(ctx, input)),

  resetPassword: publicProcedure
    .meta({ permission: "public", scope: "none" })
    .input(resetPasswordSchema)
    .mutation(({ ctx, input }) => resetPassword(ctx, input)),

  /** The link sent to a new e-mail address: whoever holds it proves they read that mailbox. */
  confirmEmailChange: publicProcedure
    .meta({ permission: "public", scope: "none" })
    .input(confirmEmailChangeSchema)
    .mutation(({ ctx, input }) => confirmEmailChange(ctx, input)),
});
