import { type HomeRegions, loadHome, markHomeSeen } from "@kyoso/db";
import {
  type Actor,
  addDays,
  can,
  editionMilestones,
  type HomeData,
  type HomeMilestone,
  STAGES,
  type Stage,
  todayInTokyo,
  HOME_WINDOWS as W,
} from "@kyoso/domain";
import type { Context } from "../context";

/** Which regions each part of the home page covers for this person: the same rules as the screens. */
function regionsOf(actor: Actor): { summary: HomeRegions; read: HomeRegions; openTasks: string[] } {
  if (actor.role === "national") return { summary: "all", read: "all", openTasks: [] };
  if (actor.role === "partner")
    return { summary: actor.partnerRegionId ? [actor.partnerRegionId] : [], read: [], openTasks: [] };
  return {
    summary: [...actor.regionIds],
    read: actor.regionIds.filter((regionId) => can(actor, "region.read", { regionId })),
    // Pro bono staff pick up open tasks of their regions; committee members assign them.
    openTasks: actor.role === "probono" ? [...actor.regionIds] : [],
  };
}

const STATUS_ORDER = { late: 0, due_soon: 1 } as const;

/** The person's home page (「今日やること」) in one SQL statement; "today" is Tokyo's today. */
export async function getHome(ctx: Context, actor: Actor): Promise<HomeData> {
  const today = todayInTokyo(ctx.now());
  const scope = regionsOf(actor);
  const row = await loadHome(ctx.db, {
    userId: actor.id,
    today,
    taskUntil: addDays(today, W.taskDays),
    meetingUntil: addDays(today, W.meetingDays),
    minutesSince: addDays(today, -W.minutesWithinDays),
    minutesDueBy: addDays(today, -W.minutesAfterDays),
    summaryRegions: scope.summary,
    readRegions: scope.read,
    openTaskRegions: scope.openTasks,
    partnerRegionId: actor.role === "partner" ? actor.partnerRegionId : null,
    limit: W.listLimit,
  });

  const milestones: HomeMilestone[] = [];
  const regionsLate = new Set<string>();
  for (const edition of row.editions) {
    const steps = editionMilestones(
      row.template,
      edition.heldOn,
      (edition.overrides ?? []).map(([key, shiftDays, doneOn]) => ({ key, shiftDays, doneOn })),
      today,
    );
    for (const step of steps) {
      if ((step.status !== "late" && step.status !== "due_soon") || !step.dueOn) continue;
      if (step.status === "late") regionsLate.add(edition.regionId);
      milestones.push({
        regionId: edition.regionId,
        regionSlug: edition.regionSlug,
        regionNameJa: edition.regionNameJa,
        regionNameEn: edition.regionNameEn,
        editionId: edition.editionId,
        editionTitle: edition.title,
        key: step.key,
        labelJa: step.labelJa,
        labelEn: step.labelEn,
        dueOn: step.dueOn,
        status: step.status,
      });
    }
  }
  milestones.sort(
    (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.dueOn.localeCompare(b.dueOn),
  );

  const byStage = new Map<Stage, number>();
  for (const edition of row.editions) {
    const stage = edition.stage as Stage;
    byStage.set(stage, (byStage.get(stage) ?? 0) + 1);
  }
  const partnerRegion = actor.role === "partner" ? row.myRegions[0] : undefined;

  return {
    today,
    role: actor.role,
    seenAt: row.seenAt === null ? null : new Date(row.seenAt).toISOString(),
    partnerForum:
      partnerRegion && actor.partnerEditionId
        ? { regionSlug: partnerRegion.slug, editionId: actor.partnerEditionId }
        : null,
    myRegions: row.myRegions.map((r) => ({ ...r, canLog: can(actor, "region.write", { regionId: r.id }) })),
    tasks: row.tasks.map((t) => ({ ...t, overdue: t.dueOn !== null && t.dueOn < today })),
    taskCount: row.taskCount,
    meetings: row.meetings,
    meetingCount: row.meetingCount,
    milestones: milestones.slice(0, W.listLimit),
    milestoneCount: milestones.length,
    agreements: row.agreements,
    agreementCount: row.agreementCount,
    withoutMinutes: row.withoutMinutes,
    withoutMinutesCount: row.withoutMinutesCount,
    surveys: row.surveys,
    national:
      actor.role === "national"
        ? {
            regionCount: row.editions.length,
            byStage: STAGES.filter((stage) => byStage.has(stage)).map((stage) => ({
              stage,
              n: byStage.get(stage) ?? 0,
            })),
            regionsLate: regionsLate.size,
          }
        : null,
  };
}

/** Records that the person has seen their home page now. */
export function markHomeVisited(ctx: Context, actor: Actor): Promise<void> {
  return markHomeSeen(ctx.db, actor.id, ctx.now());
}
