import { policyCatalog, policyKeys } from '@cutover/domain';
import { sql } from 'drizzle-orm';
import type { Scope } from '../scope';
import type { ExportColumn, ReportSource } from './report-source';
import { policiesAsOf, rewoundDeadlineColumns, rewoundDeadlineJoins } from './settings-as-of';
import {
  deadlineColumns,
  effectiveDeadline,
  pastDay,
  type UnitReportParams,
  unitColumns,
  unitsOf,
} from './unit-reports';

/**
 * Why a past day's provenance is incomplete (settings-rewind's `provenanceNotes`); always
 * empty for today's state, which is read from the settings themselves.
 */
const noNote: ExportColumn = { key: 'provenanceNote', kind: 'text', value: sql`null::text` };

const unitsAsX = (scope: Scope, params: UnitReportParams) =>
  sql.join(unitsOf(scope, params, 'x'), sql` and `);

/**
 * Effective deadlines per unit and wave (every wave unless one is chosen) with provenance;
 * for a past day as they stood at its end, rebuilt from the audit log.
 */
export function deadlinesReport(scope: Scope, params: UnitReportParams): ReportSource {
  const id = sql`(u.id::bigint * 100000 + w.id)`;
  const where = unitsOf(scope, params);
  if (params.waveId) where.push(sql`w.id = ${params.waveId}`);
  const day = pastDay(params);
  if (!day) {
    return {
      columns: [
        ...unitColumns,
        { key: 'wave', kind: 'text', value: sql`w.code` },
        { key: 'nationalDeadline', kind: 'date', value: sql`w.national_deadline` },
        ...deadlineColumns,
        noNote,
      ],
      from: sql`org_units u cross join waves w ${effectiveDeadline}`,
      where,
      sort: { value: id, order: 'ASC' },
      id,
    };
  }
  // A wave created after the day had no deadlines on it.
  where.push(sql`not wn.not_yet`);
  return {
    columns: [
      ...unitColumns,
      { key: 'wave', kind: 'text', value: sql`w.code` },
      { key: 'nationalDeadline', kind: 'date', value: sql`wn.national_deadline` },
      ...rewoundDeadlineColumns,
    ],
    from: sql`org_units u cross join waves w
      ${rewoundDeadlineJoins(params.nodeId, day, unitsAsX(scope, params))}`,
    where,
    sort: { value: id, order: 'ASC' },
    id,
  };
}

const policyDefaults = sql.join(
  policyKeys.map(
    (key, index) =>
      sql`(${key}::text, ${index}::int, ${JSON.stringify(policyCatalog[key].default)}::jsonb)`,
  ),
  sql`, `,
);

/** The current settings: the highest lock on the path wins, else the deepest setting. */
const currentPolicy = sql`left join lateral (
    select s.value, s.locked, s.reason, s.set_at, o.name as set_on, su.login as set_by,
           false as missing, null::text as note
      from policy_settings s join org_units o on o.id = s.org_unit_id
      left join users su on su.id = s.set_by_user_id
     where s.key = k.key and s.org_unit_id = any(u.path)
     order by s.locked desc,
       case when s.locked then array_position(u.path, s.org_unit_id)
            else -array_position(u.path, s.org_unit_id) end
     limit 1
  ) eff on true`;

/**
 * Effective policies per unit with provenance: the highest lock on the path wins, else the
 * deepest setting, else the catalog's default (the domain's resolvePolicy); for a past day
 * as they stood at its end, rebuilt from the audit log.
 */
export function policiesReport(scope: Scope, params: UnitReportParams): ReportSource {
  const id = sql`(u.id::bigint * 100 + k.idx)`;
  const day = pastDay(params);
  const effective = day
    ? sql`left join ${policiesAsOf(params.nodeId, day, unitsAsX(scope, params))} eff
        on eff.unit_id = u.id and eff.key = k.key`
    : currentPolicy;
  return {
    columns: [
      ...unitColumns,
      { key: 'policy', kind: 'text', value: sql`k.key` },
      {
        key: 'value',
        kind: 'text',
        value: sql`case when eff.missing then null else coalesce(eff.value, k.dflt) end`,
      },
      { key: 'setOn', kind: 'text', value: sql`coalesce(eff.set_on, 'default')` },
      { key: 'setBy', kind: 'text', value: sql`eff.set_by` },
      { key: 'setAt', kind: 'datetime', value: sql`eff.set_at` },
      { key: 'reason', kind: 'text', value: sql`eff.reason` },
      { key: 'lockedOn', kind: 'text', value: sql`case when eff.locked then eff.set_on end` },
      { key: 'provenanceNote', kind: 'text', value: sql`eff.note` },
    ],
    from: sql`org_units u cross join (values ${policyDefaults}) as k(key, idx, dflt) ${effective}`,
    where: unitsOf(scope, params),
    sort: { value: id, order: 'ASC' },
    id,
  };
}
