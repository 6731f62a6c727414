import { type Kysely, sql } from "kysely";
import type { Database } from "../schema";

/** What an edition changed from the template for one step: [template key, shift in days, done date]. */
export type OverviewMilestoneOverride = [key: string, shiftDays: number, doneOn: string | null];

export interface OverviewRegionRow {
  regionId: string;
  slug: string;
  nameJa: string;
  nameEn: string;
  kind: "prefecture" | "area";
  prefectureCodes: string[];
  editionId: string | null;
  year: number | null;
  title: string | null;
  stage: string | null;
  heldOn: string | null;
  venueFullFrom: string | null;
  /** Null when the region has no edition or its edition follows the template unchanged. */
  overrides: OverviewMilestoneOverride[] | null;
}

export interface OverviewAggregates {
  template: { key: string; labelJa: string; labelEn: string; offsetDays: number }[];
  byStage: { stage: string; n: number }[] | null;
  byFiscalYear: { fiscalYear: number; stage: string; n: number }[] | null;
  dueTasks:
    | {
        id: string;
        title: string;
        dueOn: string;
        status: string;
        regionId: string;
        regionSlug: string;
        regionName: string;
        assigneeName: string | null;
      }[]
    | null;
}

/** The overview's data version: bumped at the commit of every write to a table the overview reads. */
export async function readOverviewVersion(db: Kysely<Database>): Promise<string> {
  const result = await sql<{
    n: string;
  }>`select n::text as n from data_version where name = 'overview'`.execute(db);
  return result.rows[0]?.n ?? "none";
}

/**
 * The national overview in one statement, whatever the number of regions:
 * - every active (not archived) region with its current edition and that edition's milestone overrides;
 * - the milestone template, counts by stage and 年度 (only `withCounts`), and open tasks due by `weekEnd`
 *   (only `withDueTasks`);
 * - the data version these were read at (one snapshot), for the caller's cache.
 * The caller applies the template (domain `editionMilestones`): building 47 × 8 dated steps in SQL measured
 * slower than doing it in JS, most of all on PGlite.
 */
export async function loadOverview(
  db: Kysely<Database>,
  options: { weekEnd: string; withCounts: boolean; withDueTasks: boolean },
) {
  const result = await sql<OverviewAggregates & { regions: OverviewRegionRow[]; version: string }>`
    select
      (select n::text from data_version where name = 'overview') as version,
      (select coalesce(json_agg(x order by x."prefectureCodes"[1], x.kind desc, x.slug), '[]') from (
        select r.id as "regionId", r.slug, r.name_ja as "nameJa", r.name_en as "nameEn", r.kind,
          codes.codes as "prefectureCodes",
          cur.id as "editionId", cur.year, cur.title, cur.stage, cur.held_on as "heldOn",
          cur.venue_full_from as "venueFullFrom",
          (select json_agg(json_build_array(em.template_key, em.shift_days, em.done_on))
             from edition_milestone em where em.edition_id = cur.id) as overrides
        from region r
        cross join lateral (
          select coalesce(array_agg(rp.prefecture_code::text order by rp.prefecture_code), '{}') as codes
          from region_prefecture rp where rp.region_id = r.id) codes
        left join lateral (
          select fe.id, fe.year, fe.title, fe.stage, fe.held_on, fe.venue_full_from from forum_edition fe
          where fe.region_id = r.id order by fe.year desc limit 1) cur on true
        where r.archived_at is null) x) as regions,
      (select coalesce(json_agg(json_build_object('key', key, 'labelJa', label_ja, 'labelEn', label_en,
                                                  'offsetDays', offset_days) order by position), '[]')
         from milestone_template) as template,
      case when ${options.withCounts} then (select coalesce(json_agg(x), '[]') from (
        select stage, count(*)::int as n from forum_edition group by stage order by stage) x) end as "byStage",
      case when ${options.withCounts} then (select coalesce(json_agg(x), '[]') from (
        select (extract(year from held_on)::int - case when extract(month from held_on) < 4 then 1 else 0 end) as "fiscalYear",
               stage, count(*)::int as n
        from forum_edition where held_on is not null group by 1, 2 order by 1, 2) x) end as "byFiscalYear",
      case when ${options.withDueTasks} then (select coalesce(json_agg(x), '[]') from (
        select t.id, t.title, t.due_on as "dueOn", t.status, r.id as "regionId", r.slug as "regionSlug",
               r.name_ja as "regionName", u.display_name as "assigneeName"
        from task t join region r on r.id = t.region_id left join app_user u on u.id = t.assignee_id
        where t.status <> 'done' and t.deleted_at is null and t.due_on <= ${options.weekEnd}
        order by t.due_on, t.id limit 200) x) end as "dueTasks"`.execute(db);
  const row = result.rows[0];
  if (!row) throw new Error("overview returned no row");
  return row;
}
