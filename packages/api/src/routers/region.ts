import { findRegionDetail, listManagedRegions, listRegions } from "@kyoso/db";
import {
  DomainError,
  regionArchiveSchema,
  regionCreateSchema,
  regionRenameSchema,
  regionSlugSchema,
  visibleRegionFilter,
} from "@kyoso/domain";
import { z } from "zod";
import { createRegion, renameRegion, setRegionArchived } from "../services/region-admin";
import { type RegionSummaryWithEditions, regionPage, toRegionSummary } from "../services/region-page";
import { createTRPCRouter, protectedProcedure, scoped } from "../trpc";

const slugInput = z.object({
  slug: regionSlugSchema,
});
const manage = { permission: "region.manage", scope: "none" } as const;
const notFound = () => new DomainError("NOT_FOUND", "指定された地域が見つかりません。");

export const regionRouter = createTRPCRouter({
  /** Every region the caller may see, with its current edition's stage: summary data only. */
  list: protectedProcedure.meta({ permission: "region.summary", scope: "none" }).query(async ({ ctx }) => {
    const regions = await listRegions(ctx.db);
    const filter = visibleRegionFilter(ctx.actor);
    return filter.all ? regions : regions.filter((r) => filter.regionIds.includes(r.id));
  }),

  /** What anyone signed in may know of a region: its editions' titles, stages and dates, no free text. */
  summary: protectedProcedure
    .concat(scoped(slugInput, "region.summary", { regionSlug: "slug" }))
    .query(async ({ ctx, input }): Promise<RegionSummaryWithEditions> => {
      const region = await findRegionDetail(ctx.db, input.slug);
      if (!region) throw notFound();
      return toRegionSummary(region);
    }),

  /**
   * The region page in one call: the summary, plus the full record and the current forum's milestones when the
   * caller may read them (others get the summary, not a refusal). The region check runs in the service, on the
   * region its one read found.
   */
  page: protectedProcedure
    .meta({ permission: "region.summary", scope: "none" })
    .input(slugInput)
    .query(({ ctx, input }) => regionPage(ctx, input.slug)),

  /** The full region page: program, meetings and the timeline with its notes. */
  bySlug: protectedProcedure
    .concat(scoped(slugInput, "region.read", { regionSlug: "slug" }))
    .query(async ({ ctx, input }) => {
      const region = await findRegionDetail(ctx.db, input.slug);
      if (!region) throw notFound();
      return region;
    }),

  /** The national team's list: every region, archived ones too, with prefectures and member counts. */
  manageList: protectedProcedure.meta(manage).query(({ ctx }) => listManagedRegions(ctx.db)),

  create: protectedProcedure
    .meta(manage)
    .input(regionCreateSchema)
    .mutation(({ ctx, input }) => createRegion(ctx, input)),

  rename: protectedProcedure
    .meta(manage)
    .input(regionRenameSchema)
    .mutation(({ ctx, input }) => renameRegion(ctx, input)),

  setArchived: protectedProcedure
    .meta(manage)
    .input(regionArchiveSchema)
    .mutation(({ ctx, input }) => setRegionArchived(ctx, input)),
});
