import { listAudit } from "@kyoso/db";
import { auditListSchema } from "@kyoso/domain";
import { createTRPCRouter, protectedProcedure } from "../trpc";

export const auditRouter = createTRPCRouter({
  /** The audit log, newest first, filtered and paged on the server. */
  list: protectedProcedure
    .meta({ permission: "audit.read", scope: "none" })
    .input(auditListSchema)
    .query(({ ctx, input }) => listAudit(ctx.db, input)),
});
