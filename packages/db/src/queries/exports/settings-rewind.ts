import { type SQL, sql } from 'drizzle-orm';

/**
 * Settings (deadlines, policies, wave dates) as they stood at the end of a past day, rebuilt
 * from the audit log in SQL. For each setting the state is the `after` of its latest change
 * on or before the day, else the `before` of its earliest change after it; a setting with no
 * change since the day is read from its table. The day ends at midnight UTC, the boundary of
 * `isoToday` and of the audit extract.
 */

/** Why a rewound setting's provenance is incomplete; null when it is known. */
export const provenanceNotes = {
  /** The value is the `before` of a later change: who set it and when predate the log. */
  predatesLog: 'predates_audit_log',
  /** An audit record needed has no before/after value: the value is unknown, not guessed. */
  valuesMissing: 'audit_values_missing',
  /** The current setting was written after the day with no audit record of it. */
  unlogged: 'changed_without_audit',
} as const;

/** The first instant after the day (UTC). */
export function endOfDay(day: string): SQL {
  return sql`((${day}::date + 1)::timestamp at time zone 'UTC')`;
}

export interface RewindSpec {
  entityType: string;
  actions: readonly string[];
  /** The action whose `before` is "did not exist" (create/set), and whose `after` is "gone". */
  createAction: string;
  removeAction: string | null;
  /** The unit the setting belongs to, from the audit row `l`. */
  unit: SQL;
  /** The setting's key beside its unit, from the audit row `l` (text). */
  key: SQL;
  /** The field of before/after that holds the value; its absence means the record lacks it. */
  valueField: string;
  /** Which audit rows to read (the requester's units and their ancestors), on `l`. */
  relevant: SQL;
}

/**
 * Two CTE bodies (`changes`, `picked`): the audit rows of the settings and, per setting
 * (unit_id, key), the one change that decides its state at the day. `picked` has `state`
 * (the jsonb of the chosen side, null when the setting did not exist), `absent`, `missing`,
 * `set_at`, `set_by` and `note`.
 */
export function rewindCtes(spec: RewindSpec, day: string): SQL {
  const end = endOfDay(day);
  const actions = sql.join(
    spec.actions.map((a) => sql`${a}`),
    sql`, `,
  );
  const remove = spec.removeAction ?? '';
  const field = spec.valueField;
  return sql`changes as (
      select l.id, l.at, l.action, l.actor_login, l.before, l.after, l.at < ${end} as by_day,
             ${spec.unit} as unit_id, ${spec.key} as key
        from audit_log l
       where l.entity_type = ${spec.entityType} and l.action in (${actions}) and ${spec.relevant}
    ),
    chosen as (
      select distinct on (c.unit_id, c.key) c.*
        from changes c
       order by c.unit_id, c.key, c.by_day desc,
                case when c.by_day then c.at end desc, case when c.by_day then c.id end desc,
                c.at, c.id
    ),
    picked as (
      select x.unit_id, x.key, x.by_day, x.absent,
             case when x.absent then null else x.side end as state,
             not x.absent and (x.side is null or x.side -> ${field}::text is null) as missing,
             case when x.by_day then x.at end as set_at,
             case when x.by_day then x.actor_login end as set_by
        from (
          select ch.*,
                 case when ch.by_day then ch.after else ch.before end as side,
                 case when ch.by_day then ch.action = ${remove} else ch.action = ${spec.createAction} end as absent
            from chosen ch
        ) x
    )`;
}

/** The note of a rewound row from `picked` (alias p). */
export const pickedNote = sql`case when p.missing then ${provenanceNotes.valuesMissing}
  when not p.by_day then ${provenanceNotes.predatesLog} end`;

/** The note of a current row that no audit record explains (its set_at after the day). */
export function currentNote(setAt: SQL, day: string): SQL {
  return sql`case when ${setAt} >= ${endOfDay(day)} then ${provenanceNotes.unlogged} end`;
}

/**
 * Audit rows about the node's subtree (as the tree stands now, so a unit moved in brings
 * its own settings) and the node's ancestors, whose settings bind it.
 */
export function relevantToNode(nodeId: number): SQL {
  return sql`exists (select 1 from org_units k
     where k.id = l.org_path[cardinality(l.org_path)]
       and (k.path @> array[${nodeId}]::integer[]
            or (select n.path from org_units n where n.id = ${nodeId}) @> array[k.id]))`;
}
