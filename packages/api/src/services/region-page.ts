import { findRegionDetail } from "@kyoso/db";
import {
  can,
  DomainError,
  type EditionMilestone,
  type EditionSummary,
  type RegionDetail,
  type RegionSummary,
} from "@kyoso/domain";
import type { Context } from "../context";
import { FORBIDDEN_MESSAGE } from "../trpc";
import { milestonesOfEdition } from "./milestones";

export type RegionSummaryWithEditions = RegionSummary & { editions: EditionSummary[] };

/** What anyone signed in may know of a region: its editions' titles, stages and dates, no free text. */
export function toRegionSummary(region: RegionDetail): RegionSummaryWithEditions {
  const { id, slug, nameJa, nameEn, kind, prefectures, editions } = region;
  return { id, slug, nameJa, nameEn, kind, prefectures, currentEdition: editions[0] ?? null, editions };
}

export interface RegionPage {
  summary: RegionSummaryWithEditions;
  /** The full record (program, meetings, timeline with its notes), only for a caller `can` grants region.read. */
  detail: RegionDetail | null;
  /** The current forum's milestones, beside the full record (null without it or without a current forum). */
  milestones: EditionMilestone[] | null;
}

/**
 * The region page in one call, so the screen's data arrives in one round trip: whether the caller may read the
 * full record depends on the region, so the check runs here on the region the one read found, not in a scope
 * lookup before it (that would be a statement more: session, region, milestones make the page's three).
 */
export async function regionPage(ctx: Context, slug: string): Promise<RegionPage> {
  const region = await findRegionDetail(ctx.db, slug);
  if (!region) {
    // As the scope check answers an unknown slug: only those who may see any region's summary learn it is missing.
    if (can(ctx.actor, "region.summary", { regionId: "" }))
      throw new DomainError("NOT_FOUND", "指定された地域が見つかりません。");
    throw forbidden();
  }
  const scope = { regionId: region.id };
  if (!can(ctx.actor, "region.summary", scope)) throw forbidden();
  const summary = toRegionSummary(region);
  if (!can(ctx.actor, "region.read", scope)) return { summary, detail: null, milestones: null };
  const edition = region.currentEdition;
  const milestones = edition ? await milestonesOfEdition(ctx, edition.id) : null;
  return { summary, detail: region, milestones };
}

const forbidden = () => new DomainError("FORBIDDEN", FORBIDDEN_MESSAGE);
