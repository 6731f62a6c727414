import { listAudit } from "@kyoso/db";
import { auditListSchema, recordRefSchema } from "@kyoso/domain";
import { recordHistory } from "../services/record-history";
import { createTRPCRouter, protectedProcedure } from "../trpc";

export const auditRouter = createTRPCRouter({
  /** The audit log, newest first, filtered and paged on the server. */
  list: protectedProcedure
    .meta({ permission: "audit.read", scope: "none" })
    .input(auditListSchema)
    .query(({ ctx, input }) => listAudit(ctx.db, input)),

  /**
   * One record's change history (who, when, which fields old → new), for whoever may read its region: the same
   * people who may open the record itself, hearing findings included.
   */
  forRecord: protectedProcedure
    .meta({ permission: "region.read", scope: { recordRef: "id" } })
    .input(recordRefSchema)
    .query(({ ctx, input }) => recordHistory(ctx, input)),
});
