import { type SQL, sql } from 'drizzle-orm';
import type { ExportColumn } from './report-source';
import {
  currentNote,
  pickedNote,
  provenanceNotes,
  relevantToNode,
  rewindCtes,
} from './settings-rewind';

const unitOfRow = sql`l.org_path[cardinality(l.org_path)]`;

/**
 * The deepest deadline setting in force at the end of `day` on each listed unit's path, per
 * wave: a derived table (unit_id, wave_id, deadline, reason, set_at, set_by, set_on, missing,
 * note). `units` filters the listed units (alias x) as the report does, scope included.
 */
export function deadlinesAsOf(nodeId: number, day: string, units: SQL): SQL {
  const rewind = rewindCtes(
    {
      entityType: 'deadline',
      actions: ['deadline.create', 'deadline.update', 'deadline.delete'],
      createAction: 'deadline.create',
      removeAction: 'deadline.delete',
      unit: unitOfRow,
      // deadline.update keeps the wave in `after` only, deadline.delete in `before` only.
      key: sql`coalesce(l.after ->> 'waveId', l.before ->> 'waveId')`,
      valueField: 'deadline',
      relevant: relevantToNode(nodeId),
    },
    day,
  );
  return sql`(with ${rewind},
    settings as (
      select p.unit_id, p.key::int as wave_id, (p.state ->> 'deadline')::date as deadline,
             p.state ->> 'reason' as reason, p.set_at, p.set_by, p.missing, ${pickedNote} as note
        from picked p where not p.absent and p.key is not null
      union all
      select d.org_unit_id, d.wave_id, d.deadline, d.reason, d.set_at, su.login, false,
             ${currentNote(sql`d.set_at`, day)}
        from deadlines d left join users su on su.id = d.set_by_user_id
       where not exists (select 1 from picked p
                          where p.unit_id = d.org_unit_id and p.key = d.wave_id::text)
    )
    select distinct on (x.id, s.wave_id) x.id as unit_id, s.wave_id, s.deadline, s.reason,
           s.set_at, s.set_by, s.missing, s.note, o.name as set_on
      from org_units x
      cross join lateral unnest(x.path) with ordinality as a(node, depth)
      join settings s on s.unit_id = a.node
      join org_units o on o.id = s.unit_id
     where ${units}
     order by x.id, s.wave_id, a.depth desc)`;
}

/**
 * The effective deadline columns of a past day, over `eff` (deadlinesAsOf) and `wn`
 * (wavesAsOf): an unknown setting leaves the date empty rather than falling back.
 */
export const rewoundDeadlineColumns: ExportColumn[] = [
  {
    key: 'effectiveDeadline',
    kind: 'date',
    value: sql`case when eff.missing then null else coalesce(eff.deadline, wn.national_deadline) end`,
  },
  { key: 'deadlineSetOn', kind: 'text', value: sql`coalesce(eff.set_on, 'national')` },
  { key: 'deadlineSetBy', kind: 'text', value: sql`eff.set_by` },
  { key: 'deadlineSetAt', kind: 'datetime', value: sql`eff.set_at` },
  { key: 'deadlineReason', kind: 'text', value: sql`eff.reason` },
  { key: 'provenanceNote', kind: 'text', value: sql`coalesce(eff.note, wn.note)` },
];

/** The joins that `rewoundDeadlineColumns` read, for waves `w` and units `u`. */
export function rewoundDeadlineJoins(nodeId: number, day: string, units: SQL): SQL {
  return sql`join ${wavesAsOf(day)} wn on wn.wave_id = w.id
      left join ${deadlinesAsOf(nodeId, day, units)} eff
        on eff.unit_id = u.id and eff.wave_id = w.id`;
}

/**
 * Each wave's national deadline at the end of `day` from wave.create/reschedule entries:
 * (wave_id, national_deadline, not_yet: created after the day, note).
 */
export function wavesAsOf(day: string): SQL {
  const rewind = rewindCtes(
    {
      entityType: 'wave',
      actions: ['wave.create', 'wave.reschedule'],
      createAction: 'wave.create',
      removeAction: null,
      // One national date per wave, whoever wrote it and wherever they sat.
      unit: sql`0`,
      key: sql`l.entity_id`,
      valueField: 'nationalDeadline',
      relevant: sql`true`,
    },
    day,
  );
  return sql`(with ${rewind}
    select w2.id as wave_id,
           case when p.key is null then w2.national_deadline
                else (p.state ->> 'nationalDeadline')::date end as national_deadline,
           coalesce(p.absent, false) as not_yet,
           case when p.missing then ${provenanceNotes.valuesMissing} end as note
      from waves w2 left join picked p on p.key = w2.id::text)`;
}

/**
 * The policy setting in force at the end of `day` for each listed unit and key: the highest
 * lock on the path, else the deepest setting (the domain's resolvePolicy). A setting whose
 * audit record lacks its values might have been a lock, so it ranks as one: when it wins,
 * the value is unknown. Derived table (unit_id, key, value, locked, reason, set_at, set_by,
 * set_on, missing, note).
 */
export function policiesAsOf(nodeId: number, day: string, units: SQL): SQL {
  const rewind = rewindCtes(
    {
      entityType: 'policy',
      actions: ['policy.set', 'policy.update', 'policy.remove'],
      createAction: 'policy.set',
      removeAction: 'policy.remove',
      unit: unitOfRow,
      key: sql`l.entity_id`,
      valueField: 'value',
      relevant: relevantToNode(nodeId),
    },
    day,
  );
  return sql`(with ${rewind},
    settings as (
      select p.unit_id, p.key, p.state -> 'value' as value,
             coalesce((p.state ->> 'locked')::boolean, false) as locked,
             p.state ->> 'reason' as reason, p.set_at, p.set_by, p.missing, ${pickedNote} as note
        from picked p where not p.absent
      union all
      select ps.org_unit_id, ps.key, ps.value, ps.locked, ps.reason, ps.set_at, su.login, false,
             ${currentNote(sql`ps.set_at`, day)}
        from policy_settings ps left join users su on su.id = ps.set_by_user_id
       where not exists (select 1 from picked p
                          where p.unit_id = ps.org_unit_id and p.key = ps.key)
    )
    select distinct on (x.id, s.key) x.id as unit_id, s.key, s.value, s.locked, s.reason,
           s.set_at, s.set_by, s.missing, s.note, o.name as set_on
      from org_units x
      cross join lateral unnest(x.path) with ordinality as a(node, depth)
      join settings s on s.unit_id = a.node
      join org_units o on o.id = s.unit_id
     where ${units}
     order by x.id, s.key, (s.locked or s.missing) desc,
              case when s.locked or s.missing then a.depth else -a.depth end)`;
}
