import { recordRefSchema, trashListSchema } from "@kyoso/domain";
import { requireRegionBySlug } from "../services/regions";
import { listTrash, purgeFromTrash, restoreFromTrash } from "../services/trash/service";
import { createTRPCRouter, protectedProcedure } from "../trpc";

export const trashRouter = createTRPCRouter({
  /** A region's deleted records (削除済み), newest first, each with the last day it can be restored. */
  list: protectedProcedure
    .meta({ permission: "region.write", scope: { regionSlug: "regionSlug" } })
    .input(trashListSchema)
    .query(async ({ ctx, input }) => {
      const region = await requireRegionBySlug(ctx, input.regionSlug);
      return listTrash(ctx, region.id);
    }),

  /** Brings a deleted record back, within 30 days of its deletion: the region's committee and the national team. */
  restore: protectedProcedure
    .meta({ permission: "region.write", scope: { recordRef: "id" } })
    .input(recordRefSchema)
    .mutation(({ ctx, input }) => restoreFromTrash(ctx, input)),

  /** Removes a deleted record for good: the national team only. */
  purge: protectedProcedure
    .meta({ permission: "record.purge", scope: { recordRef: "id" } })
    .input(recordRefSchema)
    .mutation(({ ctx, input }) => purgeFromTrash(ctx, input)),
});
