import { type Kysely, type RawBuilder, sql } from "kysely";
import type { Database } from "../schema";

/** Which regions a list on the home page covers: all of them, or these (possibly none). */
export type HomeRegions = "all" | readonly string[];

export interface HomeOptions {
  userId: string;
  today: string;
  /** Open tasks due up to this day (or overdue) are listed. */
  taskUntil: string;
  /** Meetings from today up to this day are the "next meetings". */
  meetingUntil: string;
  /** Meetings held from this day up to `minutesDueBy` without minutes are listed. */
  minutesSince: string;
  minutesDueBy: string;
  /** The regions whose stages and milestones the person follows (summary data). */
  summaryRegions: HomeRegions;
  /** The regions whose records (meetings, co-host talks, surveys) the person may read. */
  readRegions: HomeRegions;
  /** Open tasks nobody has taken yet in these regions (pro bono staff pick them up). */
  openTaskRegions: readonly string[];
  /** A partner's forum region: listed among "my regions" though they are no member of it. */
  partnerRegionId: string | null;
  /** How many items of each list come back; the counts are exact. */
  limit: number;
}

interface Dated {
  regionId: string;
  regionSlug: string;
  regionNameJa: string;
  regionNameEn: string;
}
export type HomeTaskRow = Dated & {
  id: string;
  title: string;
  dueOn: string | null;
  status: string;
  assigned: boolean;
};
export type HomeMeetingRow = Dated & {
  /** A next meeting announced by the meeting `id` (its date, maybe only its month), not yet logged. */
  planned?: boolean;
  precision?: "day" | "month";
  id: string;
  title: string;
  kind: string;
  heldOn: string;
  startTime: string | null;
  place: string | null;
  online: boolean;
};
export type HomeAgreementRow = Dated & {
  id: string;
  organizationName: string;
  status: string;
  nextStep: string | null;
  nextStepOn: string;
};
export type HomeSurveyRow = Dated & { id: string; title: string; newAnswers: number; responseCount: number };
export type HomeEditionRow = Dated & {
  editionId: string;
  year: number;
  title: string;
  stage: string;
  heldOn: string | null;
  overrides: [key: string, shiftDays: number, doneOn: string | null][] | null;
};

export interface HomeRow {
  seenAt: string | null;
  template: { key: string; labelJa: string; labelEn: string; offsetDays: number }[];
  myRegions: { id: string; slug: string; nameJa: string; nameEn: string }[];
  tasks: HomeTaskRow[];
  taskCount: number;
  meetings: HomeMeetingRow[];
  meetingCount: number;
  editions: HomeEditionRow[];
  agreements: HomeAgreementRow[];
  agreementCount: number;
  withoutMinutes: HomeMeetingRow[];
  withoutMinutesCount: number;
  surveys: HomeSurveyRow[];
}

const within = (column: RawBuilder<unknown>, regions: HomeRegions) =>
  regions === "all"
    ? sql`true`
    : regions.length === 0
      ? sql`false`
      : sql`${column} in (${sql.join(regions.map((id) => sql`${id}::uuid`))})`;

const region = sql`'regionId', r.id, 'regionSlug', r.slug, 'regionNameJa', r.name_ja, 'regionNameEn', r.name_en`;

/**
 * Everything a person's home page (「今日やること」) shows, in one statement whatever their role: their open
 * tasks due soon or overdue (and open unassigned ones in `openTaskRegions`), the next meetings, the current
 * editions with milestone overrides (the caller applies the template), co-host talks whose next step has
 * passed, recent meetings without minutes, and survey answers since their last visit. Lists are limited,
 * counts exact. Archived regions are left out.
 */
export async function loadHome(db: Kysely<Database>, o: HomeOptions): Promise<HomeRow> {
  const read = (column: RawBuilder<unknown>) => within(column, o.readRegions);
  const openTasks =
    o.openTaskRegions.length === 0
      ? sql`false`
      : sql`(t.assignee_id is null and ${within(sql`t.region_id`, o.openTaskRegions)})`;
  const result = await sql<HomeRow>`
    with me as (select home_seen_at from app_user where id = ${o.userId}),
    my_tasks as (
      select t.id, t.title, t.due_on, t.status, t.assignee_id, t.region_id from task t
      where t.status <> 'done' and t.deleted_at is null
        and ((t.assignee_id = ${o.userId} and t.due_on <= ${o.taskUntil}) or ${openTasks})),
    next_meetings as (
      select m.id, m.title, m.kind, m.held_on, m.start_time, m.place, m.online, m.region_id, false as planned,
        'day' as precision
      from meeting m join region r on r.id = m.region_id
      where m.held_on between ${o.today} and ${o.meetingUntil} and m.deleted_at is null and r.archived_at is null and ${read(sql`m.region_id`)}
      union all
      -- The next meeting a region's latest meeting announced (「次回11月」) while no meeting is logged for it yet.
      select last.id, last.title, last.kind, last.next_meeting_on, null, null, false, r.id, true,
        coalesce(last.next_meeting_precision, 'day')
      from region r
      cross join lateral (select m.id, m.title, m.kind, m.next_meeting_on, m.next_meeting_precision from meeting m
                          where m.region_id = r.id and m.held_on <= ${o.today} and m.deleted_at is null
                          order by m.held_on desc, m.created_at desc limit 1) last
      where r.archived_at is null and ${read(sql`r.id`)}
        and last.next_meeting_on <= ${o.meetingUntil}
        and last.next_meeting_on >= case when last.next_meeting_precision = 'month'
                                         then date_trunc('month', ${o.today}::date)::date else ${o.today}::date end
        and not exists (select 1 from meeting later
                        where later.region_id = r.id and later.held_on > ${o.today} and later.deleted_at is null)),
    late_minutes as (
      select m.id, m.title, m.kind, m.held_on, m.start_time, m.place, m.online, m.region_id from meeting m join region r on r.id = m.region_id
      where m.held_on between ${o.minutesSince} and ${o.minutesDueBy} and m.minutes is null and m.deleted_at is null
        and r.archived_at is null and ${read(sql`m.region_id`)}),
    stale_agreements as (
      select a.id, a.status, a.next_step, a.next_step_on, o.name as organization_name, e.region_id
      from cohost_agreement a join forum_edition e on e.id = a.edition_id
      join organization o on o.id = a.organization_id join region r on r.id = e.region_id
      where a.status in ('proposed', 'negotiating', 'agreed') and a.next_step_on < ${o.today} and a.deleted_at is null
        and r.archived_at is null and ${read(sql`e.region_id`)})
    select
      (select home_seen_at from me) as "seenAt",
      (select coalesce(json_agg(json_build_object('key', key, 'labelJa', label_ja, 'labelEn', label_en,
                                                  'offsetDays', offset_days) order by position), '[]')
         from milestone_template) as template,
      (select coalesce(json_agg(json_build_object('id', r.id, 'slug', r.slug, 'nameJa', r.name_ja,
                                                  'nameEn', r.name_en) order by r.slug), '[]')
         from region r
         where r.archived_at is null
           and (r.id = ${o.partnerRegionId}::uuid
                or exists (select 1 from user_region ur where ur.region_id = r.id and ur.user_id = ${o.userId})))
        as "myRegions",
      (select coalesce(json_agg(x), '[]') from (
        select json_build_object('id', t.id, 'title', t.title, 'dueOn', t.due_on, 'status', t.status,
                                 'assigned', t.assignee_id is not null, ${region}) as x
        from (select * from my_tasks order by assignee_id is null, due_on nulls last, id limit ${o.limit}) t
        join region r on r.id = t.region_id
        order by t.assignee_id is null, t.due_on nulls last, t.id) l) as tasks,
      (select count(*)::int from my_tasks) as "taskCount",
      (select coalesce(json_agg(x), '[]') from (
        select json_build_object('id', m.id, 'title', m.title, 'kind', m.kind, 'heldOn', m.held_on,
                                 'startTime', to_char(m.start_time, 'HH24:MI'), 'place', m.place,
                                 'online', m.online, 'planned', m.planned, 'precision', m.precision,
                                 ${region}) as x
        from (select * from next_meetings order by held_on, start_time nulls last, id limit ${o.limit}) m
        join region r on r.id = m.region_id
        order by m.held_on, m.start_time nulls last, m.id) l) as meetings,
      (select count(*)::int from next_meetings) as "meetingCount",
      (select coalesce(json_agg(x), '[]') from (
        select json_build_object('editionId', cur.id, 'year', cur.year, 'title', cur.title, 'stage', cur.stage,
                                 'heldOn', cur.held_on, ${region},
                                 'overrides', (select json_agg(json_build_array(em.template_key, em.shift_days, em.done_on))
                                                 from edition_milestone em where em.edition_id = cur.id)) as x
        from region r
        join lateral (select fe.id, fe.year, fe.title, fe.stage, fe.held_on from forum_edition fe
                      where fe.region_id = r.id order by fe.year desc limit 1) cur on true
        where r.archived_at is null and ${within(sql`r.id`, o.summaryRegions)}
        order by r.slug) l) as editions,
      (select coalesce(json_agg(x), '[]') from (
        select json_build_object('id', a.id, 'organizationName', a.organization_name, 'status', a.status,
                                 'nextStep', a.next_step, 'nextStepOn', a.next_step_on, ${region}) as x
        from (select * from stale_agreements order by next_step_on, id limit ${o.limit}) a
        join region r on r.id = a.region_id
        order by a.next_step_on, a.id) l) as agreements,
      (select count(*)::int from stale_agreements) as "agreementCount",
      (select coalesce(json_agg(x), '[]') from (
        select json_build_object('id', m.id, 'title', m.title, 'kind', m.kind, 'heldOn', m.held_on,
                                 'startTime', to_char(m.start_time, 'HH24:MI'), 'place', m.place,
                                 'online', m.online, ${region}) as x
        from (select * from late_minutes order by held_on, id limit ${o.limit}) m
        join region r on r.id = m.region_id
        order by m.held_on, m.id) l) as "withoutMinutes",
      (select count(*)::int from late_minutes) as "withoutMinutesCount",
      (select coalesce(json_agg(x), '[]') from (
        select json_build_object('id', s.id, 'title', s.title, 'newAnswers', n.count,
                                 'responseCount', s.response_count, ${region}) as x
        from survey s join region r on r.id = s.region_id
        cross join lateral (
          select count(*)::int as count from survey_response sr
          where sr.survey_id = s.id and sr.deleted_at is null
            and sr.submitted_at > coalesce((select home_seen_at from me), ${o.today}::date - 7)) n
        where s.status <> 'draft' and s.deleted_at is null and s.response_count > 0 and n.count > 0 and r.archived_at is null
          and ${read(sql`s.region_id`)}
        order by n.count desc, s.id limit ${o.limit}) l) as surveys`.execute(db);
  const row = result.rows[0];
  if (!row) throw new Error("home returned no row");
  return row;
}

/** Marks the person's visit to their home page: answers after this time are "new" next time. */
export async function markHomeSeen(db: Kysely<Database>, userId: string, at: Date): Promise<void> {
  await db.updateTable("appUser").set({ homeSeenAt: at }).where("id", "=", userId).execute();
}
