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
   * The national overview in two SQL statements: regions with their current edition's stage and milestone
   * status, prefecture tiles, and for the national team counts by stage and 年度 and the tasks due this week
   * or overdue. Stalled co-host talks have their own procedure (agreement.stalled), with its own day range.
   */
  get: protectedProcedure
    .meta({ permission: "region.summary", scope: "none" })
    .input(z.object({}))
    .query(async ({ ctx }) => {
      const today = todayInTokyo(ctx.now());
      const withDetails = can(ctx.actor, "national.view");
      const filter = visibleRegionFilter(ctx.actor);
      const { regions, template, byStage, byFiscalYear, dueTasks } = await loadOverview(ctx.db, {
        weekEnd: addDays(today, 6),
        withCounts: filter.all,
        withDueTasks: withDetails,
      });
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
              venueFullFrom: r.venueFullFrom,
              milestones: editionMilestones(
                template,
                r.heldOn,
                (r.overrides ?? []).map(([key, shiftDays, doneOn]) => ({ key, shiftDays, doneOn })),
                today,
              ).map(({ key, dueOn, status }) => ({ key, dueOn, status })),
            }
          : null,
      }));
      const tiles = prefectureStages(rows.map((r) => ({ ...r, stage: r.edition?.stage ?? null })));
      return {
        today,
        template,
        regions: rows,
        prefectureTiles: [...tiles.entries()].map(([code, tile]) => ({ code, ...tile })),
        byStage: byStage ?? [],
        byFiscalYear: byFiscalYear ?? [],
        dueTasks,
      };
    }),
});
