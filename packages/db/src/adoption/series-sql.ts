import { type SQL, sql } from 'drizzle-orm';
import { inNodes } from './sync-figures';

/**
 * Current figures of every series, computed from the live staff and chat rows. A series is
 * one node and one wave the node takes part in (see waveCohorts in @cutover/domain):
 * registration never counts as done; the numerator is migrated chats, active staff or
 * joined parents. `nodes` limits it to those nodes (null: every node). A series with no
 * figures is kept only when it has history on another day than `day`, the day being rewritten.
 */
export function liveSeriesFigures(day: string, nodes: readonly number[] | null): SQL {
  const only = (column: string) => inNodes(column, nodes);
  return sql`
  with staff_counts as (
    select org_unit_id,
      count(*) filter (where counted) as counted,
      count(*) filter (where counted and invited_at is not null) as invited,
      count(*) filter (where counted and registered_at is not null) as registered,
      count(*) filter (where funnel_status = 'active') as active,
      count(*) filter (where counted and administration) as adm_counted,
      count(*) filter (where counted and administration and invited_at is not null) as adm_invited,
      count(*) filter (where counted and administration and registered_at is not null) as adm_registered,
      count(*) filter (where funnel_status = 'active' and administration) as adm_active
    from (
      select org_unit_id, invited_at, registered_at, funnel_status,
        funnel_status <> 'deactivated' as counted,
        role in ('director', 'school_admin') as administration
      from staff where ${only('org_unit_id')}
    ) s
    group by org_unit_id
  ),
  chat_counts as (
    select org_unit_id,
      count(*) as class_chats,
      count(*) filter (where status in ('migrated', 'legacy_closed')) as moved,
      count(*) filter (where status = 'legacy_closed') as closed,
      count(*) filter (where kind = 'class_parent' and status in ('migrated', 'legacy_closed')) as parent_moved,
      count(*) filter (where kind = 'class_parent' and status = 'legacy_closed') as parent_closed,
      coalesce(sum(parents_joined) filter (where kind = 'class_parent'), 0) as joined,
      coalesce(sum(parents_expected) filter (where kind = 'class_parent'), 0) as expected
    from official_chats
    where kind in ('class_parent', 'class_pupil') and ${only('org_unit_id')}
    group by org_unit_id
  ),
  units as (
    select u.id, u.level, u.kind,
      coalesce(p.counted, 0) as counted, coalesce(p.invited, 0) as invited,
      coalesce(p.registered, 0) as registered, coalesce(p.active, 0) as active,
      coalesce(p.adm_counted, 0) as adm_counted, coalesce(p.adm_invited, 0) as adm_invited,
      coalesce(p.adm_registered, 0) as adm_registered, coalesce(p.adm_active, 0) as adm_active,
      coalesce(c.class_chats, 0) as class_chats, coalesce(c.moved, 0) as moved,
      coalesce(c.closed, 0) as closed, coalesce(c.parent_moved, 0) as parent_moved,
      coalesce(c.parent_closed, 0) as parent_closed, coalesce(c.joined, 0) as joined,
      coalesce(c.expected, 0) as expected
    from org_units u
    left join staff_counts p on p.org_unit_id = u.id
    left join chat_counts c on c.org_unit_id = u.id
    where ${only('u.id')}
  ),
  series as (
    select id, 'school_chats' as code, moved as numerator, class_chats as denominator,
      invited - adm_invited as invited, registered - adm_registered as registered,
      active - adm_active as active, moved as chats_migrated, closed as chats_legacy_closed,
      joined as parents_joined
    from units where level = 'institution' and kind = 'school'
    union all
    select id, 'school_administrators', adm_active, adm_counted, adm_invited, adm_registered,
      adm_active, 0, 0, 0
    from units where level = 'institution' and kind = 'school'
    union all
    select id, 'preschool_vocational_staff', active, counted, invited, registered, active, 0, 0, 0
    from units where level = 'institution' and kind in ('preschool', 'college', 'technical_school')
    union all
    select id, 'preschool_vocational_parents', joined, expected, 0, 0, 0, parent_moved,
      parent_closed, joined
    from units where level = 'institution' and kind in ('preschool', 'college', 'technical_school')
    union all
    select id, 'ministry_staff', active, counted, invited, registered, active, 0, 0, 0
    from units where level = 'region'
    union all
    select id, 'municipal_authorities', active, counted, invited, registered, active, 0, 0, 0
    from units where level = 'municipality'
  )
  select s.id as org_unit_id, w.id as wave_id,
    s.numerator::int as numerator, s.denominator::int as denominator,
    s.invited::int as invited, s.registered::int as registered, s.active::int as active,
    s.chats_migrated::int as chats_migrated, s.chats_legacy_closed::int as chats_legacy_closed,
    s.parents_joined::int as parents_joined
  from series s join waves w on w.code = s.code
  where s.denominator > 0 or exists (
    select 1 from adoption_snapshots o
    where o.org_unit_id = s.id and o.wave_id = w.id and o.day <> ${day}
  )`;
}

export const figureColumns = sql.raw(
  'numerator, denominator, invited, registered, active, chats_migrated, chats_legacy_closed, parents_joined',
);
