import { loadOverview } from "@kyoso/db";
import {
  addDays,
  can,
  editionMilestones,
  prefectureStages,
  type Stage,
  todayInTokyo,
  visibleRegionFilter,
} from "@kyoso/domain";
import { z } from "zod";
import { createTRPCRouter, protectedProcedure } from "../trpc";

export const overviewRouter = createTRPCRouter({
  /**
   * The national overview in three SQL statements: regions with their current edition's stage and milestone
   * status, prefecture tiles, counts by stage and 年度; for the national team also tasks due this week or
   * overdue and co-host talks with no movement for `stalledDays` days.
   */
  get: protectedProcedure
    .meta({ permission: "region.summary", scope: "none" })
    .input(z.object({ stalledDays: z.number().int().min(1).max(365).default(30) }))
    .query(async ({ ctx, input }) => {
      const today = todayInTokyo(ctx.now());
      const withDetails = can(ctx.actor, "national.view");
      const { regions, templates, aggregates } = await loadOverview(ctx.db, {
        weekEnd: addDays(today, 6),
        stalledBefore: addDays(today, -input.stalledDays),
        withDetails,
      });
      const filter = visibleRegionFilter(ctx.actor);
      const visible = filter.all ? regions : regions.filter((r) => filter.regionIds.includes(r.regionId));
      const rows = visible.map((r) => ({
        regionId: r.regionId,
        slug: r.slug,
        nameJa: r.nameJa,
        nameEn: r.nameEn,
        kind: r.kind,
        prefectureCodes: r.prefectureCodes,
        edition: r.editionId
          ? {
              id: r.editionId,
              year: r.year,
              title: r.title,
              stage: r.stage as Stage,
              heldOn: r.heldOn,
              milestones: editionMilestones(templates, r.heldOn, r.milestones, today),
            }
          : null,
      }));
      const tiles = prefectureStages(rows.map((r) => ({ ...r, stage: r.edition?.stage ?? null })));
      return {
        today,
        template: templates,
        regions: rows,
        prefectureTiles: [...tiles.entries()].map(([code, tile]) => ({ code, ...tile })),
        byStage: filter.all ? aggregates.byStage : [],
        byFiscalYear: filter.all ? aggregates.byFiscalYear : [],
        dueTasks: withDetails ? aggregates.dueTasks : null,
        stalledAgreements: withDetails ? aggregates.stalled : null,
      };
    }),
});
