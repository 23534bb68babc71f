/**
 * Queries that check a seeded database tells one consistent story; the integration test runs
 * them, and they work as well against a national-scale database.
 */

/** Latest snapshot of every series against what the staff and chat rows imply; all zeros when consistent. */
export const SNAPSHOTS_MATCH_ROWS_SQL = `
with latest as (
  select distinct on (s.org_unit_id, s.wave_id) s.*, w.code
  from adoption_snapshots s join waves w on w.id = s.wave_id
  order by s.org_unit_id, s.wave_id, s.day desc
),
people as (
  select org_unit_id,
    count(*) filter (where counted) as counted,
    count(*) filter (where active) as active,
    count(*) filter (where counted and administration) as administration_counted,
    count(*) filter (where active and administration) as administration_active
  from (
    select org_unit_id, role in ('director', 'school_admin') as administration,
      funnel_status <> 'deactivated' as counted, funnel_status = 'active' as active
    from staff
  ) s
  group by org_unit_id
),
chats as (
  select org_unit_id, count(*) as class_chats,
    count(*) filter (where moved) as moved,
    count(*) filter (where moved and kind = 'class_parent') as parent_chats_moved,
    coalesce(sum(parents_joined) filter (where kind = 'class_parent'), 0) as joined,
    coalesce(sum(parents_expected) filter (where kind = 'class_parent'), 0) as expected
  from (
    select org_unit_id, kind, parents_joined, parents_expected,
      status in ('migrated', 'legacy_closed') as moved
    from official_chats where kind in ('class_parent', 'class_pupil')
  ) c
  group by org_unit_id
),
implied as (
  select l.code, l.numerator, l.denominator, l.active, l.chats_migrated, l.parents_joined,
    case l.code
      when 'school_administrators' then coalesce(p.administration_counted, 0)
      when 'school_chats' then coalesce(p.counted - p.administration_counted, 0)
      else coalesce(p.counted, 0)
    end as staff_counted,
    case l.code
      when 'school_administrators' then coalesce(p.administration_active, 0)
      when 'school_chats' then coalesce(p.active - p.administration_active, 0)
      else coalesce(p.active, 0)
    end as staff_active,
    coalesce(c.class_chats, 0) as class_chats, coalesce(c.moved, 0) as moved,
    coalesce(c.parent_chats_moved, 0) as parent_chats_moved,
    coalesce(c.joined, 0) as joined, coalesce(c.expected, 0) as expected
  from latest l
  left join people p on p.org_unit_id = l.org_unit_id
  left join chats c on c.org_unit_id = l.org_unit_id
)
select
  count(*) filter (where code = 'school_chats' and (denominator <> class_chats
    or numerator <> moved or active <> staff_active or parents_joined <> joined))::int as school_chats,
  count(*) filter (where code = 'preschool_vocational_parents' and (denominator <> expected
    or numerator <> joined or chats_migrated <> parent_chats_moved))::int as parents,
  count(*) filter (where code not in ('school_chats', 'preschool_vocational_parents')
    and (denominator <> staff_counted or numerator <> staff_active))::int as staff
from implied`;

/** Rollups that are not their node's own latest figures plus their children's rollups. */
export const ROLLUPS_NOT_SUMMED_SQL = `
select count(*)::int as mismatches
from adoption_rollups r
join org_units n on n.id = r.org_unit_id
left join lateral (
  select s.numerator, s.denominator from adoption_snapshots s
  where s.org_unit_id = n.id and s.wave_id = r.wave_id order by s.day desc limit 1
) own on true
left join lateral (
  select sum(c.numerator) as numerator, sum(c.denominator) as denominator
  from adoption_rollups c join org_units k on k.id = c.org_unit_id
  where k.parent_id = n.id and c.wave_id = r.wave_id
) children on true
where r.numerator <> coalesce(own.numerator, 0) + coalesce(children.numerator, 0)
   or r.denominator <> coalesce(own.denominator, 0) + coalesce(children.denominator, 0)`;

/** Snapshot rows identical to the previous row of their series: none in a change-only history. */
export const REPEATED_SNAPSHOTS_SQL = `
select count(*)::int as repeated from (
  select (numerator, denominator, invited, registered, active, chats_migrated,
      chats_legacy_closed, parents_joined) as figures,
    lag((numerator, denominator, invited, registered, active, chats_migrated,
      chats_legacy_closed, parents_joined)) over (partition by org_unit_id, wave_id order by day) as previous
  from adoption_snapshots
) history
where figures = previous`;

/** Per region and wave, the figures "as of" a day: the latest snapshot on or before it. */
export function regionFiguresAsOfSql(isoDay: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDay)) throw new Error(`not a date: ${isoDay}`);
  return `
select region.code as region, w.code as wave, w.national_deadline::text as national_deadline,
  d.deadline::text as own_deadline,
  sum(s.numerator)::int as numerator, sum(s.denominator)::int as denominator
from (
  select distinct on (org_unit_id, wave_id) * from adoption_snapshots
  where day <= '${isoDay}' order by org_unit_id, wave_id, day desc
) s
join org_units n on n.id = s.org_unit_id
join org_units region on region.id = n.path[2]
join waves w on w.id = s.wave_id
left join deadlines d on d.org_unit_id = region.id and d.wave_id = w.id
group by region.code, w.code, w.national_deadline, d.deadline`;
}

/**
 * Every region's daily series per wave, rebuilt from the change-only snapshots: each row adds
 * its change since the previous row of its series, summed per region and day. Only the days
 * something changed in the region appear, as in the stored history.
 */
export const REGION_SERIES_SQL = `
with changes as (
  select n.path[2] as region_id, s.wave_id, s.day,
    s.numerator - coalesce(lag(s.numerator) over series, 0) as numerator,
    s.denominator - coalesce(lag(s.denominator) over series, 0) as denominator
  from adoption_snapshots s join org_units n on n.id = s.org_unit_id
  window series as (partition by s.org_unit_id, s.wave_id order by s.day)
),
daily as (
  select region_id, wave_id, day, sum(numerator) as numerator, sum(denominator) as denominator
  from changes group by region_id, wave_id, day
)
select region.code as region, w.code as wave, w.opens_on::text as opens_on,
  coalesce(d.deadline, w.national_deadline)::text as deadline, daily.day::text as day,
  (sum(daily.numerator) over running)::int as numerator,
  (sum(daily.denominator) over running)::int as denominator
from daily
join org_units region on region.id = daily.region_id
join waves w on w.id = daily.wave_id
left join deadlines d on d.org_unit_id = region.id and d.wave_id = w.id
window running as (partition by daily.region_id, daily.wave_id order by daily.day)
order by region.code, w.code, daily.day`;
