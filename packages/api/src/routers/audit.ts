import { listAudit } from "@kyoso/db";
import { auditListSchema, recordRefSchema } from "@kyoso/domain";
import { logReads } from "../services/privacy";
import { recordHistory } from "../services/record-history";
import { createTRPCRouter, protectedProcedure, scoped } from "../trpc";

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
    .concat(scoped(recordRefSchema, "region.read", { recordRef: "id" }))
    .query(async ({ ctx, input }) => {
      const history = await recordHistory(ctx, input);
      // A hearing's history shows its findings before and after each change: a read of them like any other.
      if (input.recordType === "hearing" && history.length > 0)
        await logReads(ctx, "hearing_findings", [
          { recordType: "hearing", recordId: input.id, regionId: ctx.scope.regionId },
        ]);
      return history;
    }),
});
