import { recordRefSchema, trashListSchema } from "@kyoso/domain";
import { scopeRegionId } from "../services/regions";
import { listTrash, purgeFromTrash, restoreFromTrash } from "../services/trash/service";
import { createTRPCRouter, protectedProcedure, scoped } from "../trpc";

export const trashRouter = createTRPCRouter({
  /** A region's deleted records (削除済み), newest first, each with the last day it can be restored. */
  list: protectedProcedure
    .concat(scoped(trashListSchema, "region.write", { regionSlug: "regionSlug" }))
    .query(({ ctx }) => listTrash(ctx, scopeRegionId(ctx))),

  /** Brings a deleted record back, within 30 days of its deletion: the region's committee and the national team. */
  restore: protectedProcedure
    .concat(scoped(recordRefSchema, "region.write", { recordRef: "id" }))
    .mutation(({ ctx, input }) => restoreFromTrash(ctx, input)),

  /** Removes a deleted record for good: the national team only. */
  purge: protectedProcedure
    .concat(scoped(recordRefSchema, "record.purge", { recordRef: "id" }))
    .mutation(({ ctx, input }) => purgeFromTrash(ctx, input)),
});
