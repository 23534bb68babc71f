/**
 * Current figures of every node and wave: the latest snapshot of each series, summed over
 * every ancestor on its path (so a node's row covers its whole subtree, itself included).
 */
export const ROLLUPS_SELECT = `
select ancestor.id, latest.wave_id, sum(latest.numerator)::int, sum(latest.denominator)::int,
  sum(latest.invited)::int, sum(latest.registered)::int, sum(latest.active)::int,
  sum(latest.chats_migrated)::int, sum(latest.chats_legacy_closed)::int,
  sum(latest.parents_joined)::int, now()
from (
  select distinct on (org_unit_id, wave_id) *
  from adoption_snapshots
  order by org_unit_id, wave_id, day desc
) latest
join org_units node on node.id = latest.org_unit_id
cross join lateral unnest(node.path) as ancestor(id)
group by ancestor.id, latest.wave_id`;

export const REBUILD_ROLLUPS_SQL = `
insert into adoption_rollups (org_unit_id, wave_id, numerator, denominator, invited, registered,
  active, chats_migrated, chats_legacy_closed, parents_joined, computed_at)
${ROLLUPS_SELECT}`;

/**
 * The whole subtree history, rebuilt from the series: each series' day-to-day changes are
 * added to every ancestor above the institutions and summed up in day order.
 */
export const REBUILD_SUBTREE_HISTORY_SQL = `
insert into adoption_subtree_history (org_unit_id, wave_id, day, numerator, denominator,
  invited, registered, active, chats_migrated, chats_legacy_closed, parents_joined)
select a.id, d.wave_id, d.day,
  sum(sum(d.numerator)) over w, sum(sum(d.denominator)) over w, sum(sum(d.invited)) over w,
  sum(sum(d.registered)) over w, sum(sum(d.active)) over w, sum(sum(d.chats_migrated)) over w,
  sum(sum(d.chats_legacy_closed)) over w, sum(sum(d.parents_joined)) over w
from (
  select s.org_unit_id, s.wave_id, s.day,
    s.numerator - coalesce(lag(s.numerator) over p, 0) as numerator,
    s.denominator - coalesce(lag(s.denominator) over p, 0) as denominator,
    s.invited - coalesce(lag(s.invited) over p, 0) as invited,
    s.registered - coalesce(lag(s.registered) over p, 0) as registered,
    s.active - coalesce(lag(s.active) over p, 0) as active,
    s.chats_migrated - coalesce(lag(s.chats_migrated) over p, 0) as chats_migrated,
    s.chats_legacy_closed - coalesce(lag(s.chats_legacy_closed) over p, 0) as chats_legacy_closed,
    s.parents_joined - coalesce(lag(s.parents_joined) over p, 0) as parents_joined
  from adoption_snapshots s
  window p as (partition by s.org_unit_id, s.wave_id order by s.day)
) d
join org_units u on u.id = d.org_unit_id
cross join lateral unnest(u.path) as a(id)
join org_units ancestor on ancestor.id = a.id and ancestor.level <> 'institution'
group by a.id, d.wave_id, d.day
window w as (partition by a.id, d.wave_id order by d.day)`;
