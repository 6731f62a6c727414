import { type DB, loadOverview, readOverviewVersion } from "@kyoso/db";
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
import { keepAnswer } from "../cache/kept-answers";
import type { VersionedCache } from "../cache/versioned-cache";
import { createTRPCRouter, protectedProcedure } from "../trpc";

export const overviewRouter = createTRPCRouter({
  /**
   * The national overview in one SQL statement: regions with their current edition's stage and milestone
   * status, prefecture tiles, and for the national team counts by stage and 年度 and the tasks due this week
   * or overdue. Stalled co-host talks have their own procedure (agreement.stalled), with its own day range.
   * The server keeps each answer per (Tokyo day, role scope) while the overview's data version is unchanged:
   * then the call is one cheap statement reading that version.
   */
  get: protectedProcedure
    .meta({ permission: "region.summary", scope: "none" })
    .input(z.object({}))
    .query(async ({ ctx }) => {
      const today = todayInTokyo(ctx.now());
      const withDetails = can(ctx.actor, "national.view");
      const filter = visibleRegionFilter(ctx.actor);
      const cache = ctx.caches?.overview as VersionedCache<Overview> | undefined;
      const key = JSON.stringify([today, withDetails, filter.all || filter.regionIds]);
      if (cache?.has(key)) {
        const hit = cache.get(await readOverviewVersion(ctx.db), key);
        if (hit) return hit;
      }
      const overview = await buildOverview(ctx.db, today, withDetails, filter);
      if (!cache) return overview.answer;
      cache.set(overview.version, key, keepAnswer(overview.answer));
      return overview.answer;
    }),
});

type Overview = Awaited<ReturnType<typeof buildOverview>>["answer"];

async function buildOverview(
  db: DB,
  today: string,
  withDetails: boolean,
  filter: ReturnType<typeof visibleRegionFilter>,
) {
  const { regions, template, byStage, byFiscalYear, dueTasks, version } = await loadOverview(db, {
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
  const answer = {
    today,
    template,
    regions: rows,
    prefectureTiles: [...tiles.entries()].map(([code, tile]) => ({ code, ...tile })),
    byStage: byStage ?? [],
    byFiscalYear: byFiscalYear ?? [],
    dueTasks,
  };
  return { version, answer };
}
