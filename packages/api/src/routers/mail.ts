import { mailOutboxListSchema } from "@kyoso/domain";
import { z } from "zod";
import { mailOutbox, retryMail } from "../services/mail-outbox";
import { createTRPCRouter, protectedProcedure } from "../trpc";

const manage = { permission: "user.manage", scope: "none" } as const;

/** The mail outbox (送信メール): what was sent, what waits, what failed. The national team only. */
export const mailRouter = createTRPCRouter({
  outbox: protectedProcedure
    .meta(manage)
    .input(mailOutboxListSchema)
    .query(({ ctx, input }) => mailOutbox(ctx, input.status)),

  retry: protectedProcedure
    .meta(manage)
    .input(z.object({ id: z.uuid({ message: "メールの指定が正しくありません。" }) }))
    .mutation(async ({ ctx, input }) => {
      await retryMail(ctx, input.id);
      return { queued: true };
    }),
});
