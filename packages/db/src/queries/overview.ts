import { type Kysely, sql } from "kysely";
import type { Database } from "../schema";

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
  milestones: { key: string; shiftDays: number; doneOn: string | null }[];
}

export interface OverviewAggregates {
  byStage: { stage: string; n: number }[];
  byFiscalYear: { fiscalYear: number; stage: string; n: number }[];
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
  stalled:
    | {
        id: string;
        organizationName: string;
        regionName: string;
        regionSlug: string;
        role: string;
        status: string;
        statusChangedOn: string;
      }[]
    | null;
}

/**
 * The national overview in three statements, whatever the number of regions: every region with its current
 * edition and milestone overrides; the milestone template; counts, open tasks due by `weekEnd`, and open
 * co-host talks unchanged since `stalledBefore` (these two only when `withDetails`).
 */
export async function loadOverview(
  db: Kysely<Database>,
  options: { weekEnd: string; stalledBefore: string; withDetails: boolean },
) {
  const regions = await sql<OverviewRegionRow>`
    with cur as (
      select distinct on (region_id) id, region_id, year, title, stage, held_on
      from forum_edition
      order by region_id, year desc
    )
    select r.id as "regionId", r.slug, r.name_ja as "nameJa", r.name_en as "nameEn", r.kind,
      (select coalesce(array_agg(rp.prefecture_code::text order by rp.prefecture_code), '{}')
         from region_prefecture rp where rp.region_id = r.id) as "prefectureCodes",
      cur.id as "editionId", cur.year, cur.title, cur.stage, cur.held_on as "heldOn",
      (select coalesce(json_agg(json_build_object('key', em.template_key, 'shiftDays', em.shift_days, 'doneOn', em.done_on)), '[]')
         from edition_milestone em where em.edition_id = cur.id) as milestones
    from region r left join cur on cur.region_id = r.id
    order by (select min(rp.prefecture_code) from region_prefecture rp where rp.region_id = r.id), r.kind desc, r.slug`.execute(
    db,
  );

  const templates = await db
    .selectFrom("milestoneTemplate")
    .select(["key", "labelJa", "labelEn", "offsetDays", "version"])
    .orderBy("position")
    .execute();

  const details = options.withDetails;
  const aggregates = await sql<OverviewAggregates>`
    select
      (select coalesce(json_agg(x), '[]') from (
        select stage, count(*)::int as n from forum_edition group by stage order by stage) x) as "byStage",
      (select coalesce(json_agg(x), '[]') from (
        select (extract(year from held_on)::int - case when extract(month from held_on) < 4 then 1 else 0 end) as "fiscalYear",
               stage, count(*)::int as n
        from forum_edition where held_on is not null group by 1, 2 order by 1, 2) x) as "byFiscalYear",
      case when ${details} then (select coalesce(json_agg(x), '[]') from (
        select t.id, t.title, t.due_on as "dueOn", t.status, r.id as "regionId", r.slug as "regionSlug",
               r.name_ja as "regionName", u.display_name as "assigneeName"
        from task t join region r on r.id = t.region_id left join app_user u on u.id = t.assignee_id
        where t.status <> 'done' and t.due_on <= ${options.weekEnd}
        order by t.due_on, t.id limit 200) x) end as "dueTasks",
      case when ${details} then (select coalesce(json_agg(x), '[]') from (
        select ca.id, o.name as "organizationName", r.name_ja as "regionName", r.slug as "regionSlug", ca.role,
               ca.status, ca.status_changed_on as "statusChangedOn"
        from cohost_agreement ca
        join forum_edition fe on fe.id = ca.edition_id
        join region r on r.id = fe.region_id
        join organization o on o.id = ca.organization_id
        where ca.status not in ('confirmed', 'declined') and ca.status_changed_on <= ${options.stalledBefore}
        order by ca.status_changed_on, ca.id limit 200) x) end as stalled`.execute(db);

  const row = aggregates.rows[0];
  if (!row) throw new Error("overview aggregates returned no row");
  return { regions: regions.rows, templates, aggregates: row };
}
