import { sql } from "kysely";
import type { DB } from "../index";

export const SIZES = {
  years: 10,
  meetings: 50_000,
  tasks: 200_000,
  timeline: 500_000,
  organizationsPerPrefecture: 20,
};

/**
 * Synthetic data at the scale of years of national use: one region per prefecture, 10 editions each, and the
 * sizes above. Generated in SQL (generate_series) so it takes seconds on either engine.
 */
export async function generateLargeData(db: DB): Promise<void> {
  await sql`
    insert into region (slug, name_ja, name_en, kind)
    select 'pref-' || code, name_ja, name_romaji, 'prefecture' from prefecture`.execute(db);
  await sql`
    insert into region_prefecture (region_id, prefecture_code)
    select r.id, p.code from region r join prefecture p on r.slug = 'pref-' || p.code`.execute(db);
  await sql`
    insert into forum_edition (region_id, year, title, stage, held_on, venue_capacity)
    select r.id, y, 'フォーラム' || r.name_en || y,
      case when y < 2026 then 'retrospective'
           when y = 2026 then (array['held','accepting','announced','decided'])[1 + (hashtext(r.slug) & 3)]
           else (array['concept','approach','coordinating','postponed'])[1 + (hashtext(r.slug || y) & 3)] end,
      make_date(y, 2, 1) + (hashtext(r.slug || y) & 27), 100
    from region r cross join generate_series(2027 - ${SIZES.years} + 1, 2027) y`.execute(db);
  // Years of use leave milestone overrides behind: every step due before November 2026 marked done on its
  // due date, and one step in eight moved by a week.
  await sql`
    insert into edition_milestone (edition_id, template_key, shift_days, done_on)
    select e.id, t.key, s.shift,
      case when e.held_on + t.offset_days + s.shift < date '2026-11-01' then e.held_on + t.offset_days + s.shift end
    from forum_edition e cross join milestone_template t
    cross join lateral (select case when hashtext(e.id::text || t.key) & 7 = 0 then 7 else 0 end as shift) s
    where e.held_on + t.offset_days + s.shift < date '2026-11-01' or s.shift <> 0`.execute(db);
  await sql`
    insert into app_user (email, display_name, role, password_hash)
    select 'member' || i || '@bench.example', '委員' || i, 'committee', null from generate_series(1, 200) i`.execute(
    db,
  );
  await sql`
    insert into organization (name, type, prefecture_code, search_text)
    select p.name_ja || '支援機関' || i, 'npo', p.code, lower(p.name_ja || '支援機関' || i)
    from prefecture p cross join generate_series(1, ${SIZES.organizationsPerPrefecture}) i`.execute(db);
  await sql`
    insert into cohost_agreement (edition_id, organization_id, role, status, status_changed_on)
    select e.id, o.id, 'cohost',
      (array['proposed','negotiating','agreed','confirmed','declined'])[1 + (hashtext(e.id::text) & 3)],
      e.held_on - 200 + (hashtext(o.id::text) & 127)
    from forum_edition e
    join region_prefecture rp on rp.region_id = e.region_id
    join lateral (select id from organization where prefecture_code = rp.prefecture_code order by id limit 3) o on true`.execute(
    db,
  );
  await sql`
    with rs as (select array_agg(id order by id) as ids from region)
    insert into meeting (region_id, kind, held_on, title, summary)
    select rs.ids[1 + i % 47], 'planning', date '2018-01-01' + (i % 3650), '打ち合わせ ' || i, '議事のまとめ ' || i
    from generate_series(1, ${SIZES.meetings}) i cross join rs`.execute(db);
  await sql`
    with rs as (select array_agg(id order by id) as ids from region),
         us as (select array_agg(id order by id) as ids from app_user)
    insert into task (region_id, title, status, priority, due_on, assignee_id)
    select rs.ids[1 + i % 47], 'タスク ' || i,
      case when i % 10 < 8 then 'done' else (array['todo','doing','blocked'])[1 + i % 3] end,
      (array['low','normal','high'])[1 + i % 3],
      date '2018-01-01' + (i % 3650),
      case when i % 4 = 0 then us.ids[1 + i % 200] end
    from generate_series(1, ${SIZES.tasks}) i cross join rs cross join us`.execute(db);
  await sql`
    with rs as (select array_agg(id order by id) as ids from region)
    insert into timeline_entry (region_id, occurred_on, kind, title, body, is_public)
    select rs.ids[1 + i % 47], date '2018-01-01' + (i % 3650), (array['meeting','hearing','note','agreement','edition'])[1 + i % 5],
      '記録 ' || i, '本文 ' || i, i % 3 = 0
    from generate_series(1, ${SIZES.timeline}) i cross join rs`.execute(db);
  // A database in steady state has been vacuumed: index-only scans and fresh statistics.
  await sql`vacuum analyze`.execute(db);
}
