import { isoToday, type OrgLevel, policyCatalog, policyKeys } from '@cutover/domain';
import { type SQL, sql } from 'drizzle-orm';
import { CHECKED_AT, unitInScope } from '../dashboard/sql';
import type { Scope } from '../scope';
import type { ReportParams } from './list-reports';
import type { ExportColumn, ReportSource } from './report-source';

export type UnitReportParams = ReportParams & {
  waveId?: number | undefined;
  level?: OrgLevel | undefined;
  /** Every open unit of the node's subtree, the node included (the audit pack). */
  wholeSubtree?: boolean;
};

/**
 * The open units a unit report lists: those of the chosen level inside the node's subtree,
 * or by default the node's children (an institution lists itself). Always inside the scope.
 */
function unitsOf(scope: Scope, params: UnitReportParams): SQL[] {
  const inNode = sql`u.path @> array[${params.nodeId}]::integer[]`;
  const level = params.wholeSubtree
    ? sql`true`
    : params.level
      ? sql`u.level = ${params.level}`
      : sql`(u.parent_id = ${params.nodeId} or (u.id = ${params.nodeId} and u.level = 'institution'))`;
  // As of a past day: the units open on that day (closed since, or not yet merged away).
  const open = pastDay(params)
    ? sql`u.valid_from <= ${params.asOf}::date and (u.valid_to is null or u.valid_to > ${params.asOf}::date)`
    : sql`u.valid_to is null`;
  return [unitInScope('u', scope), inNode, level, open];
}

/** A past as-of day, or null for today's figures. */
function pastDay(params: UnitReportParams): string | null {
  return params.asOf && params.asOf < isoToday() ? params.asOf : null;
}

/** The deepest deadline setting on the unit's path for the wave (the domain's resolveDeadline). */
const effectiveDeadline = sql`left join lateral (
    select d.deadline, d.reason, d.set_at, o.name as set_on, su.login as set_by
      from deadlines d join org_units o on o.id = d.org_unit_id
      left join users su on su.id = d.set_by_user_id
     where d.wave_id = w.id and d.org_unit_id = any(u.path)
     order by array_position(u.path, d.org_unit_id) desc limit 1
  ) eff on true`;

const unitColumns: ExportColumn[] = [
  { key: 'unitId', kind: 'number', value: sql`u.id` },
  { key: 'code', kind: 'text', value: sql`u.code` },
  { key: 'name', kind: 'text', value: sql`u.name` },
  { key: 'level', kind: 'text', value: sql`u.level` },
];

const deadlineColumns: ExportColumn[] = [
  {
    key: 'effectiveDeadline',
    kind: 'date',
    value: sql`coalesce(eff.deadline, w.national_deadline)`,
  },
  { key: 'deadlineSetOn', kind: 'text', value: sql`coalesce(eff.set_on, 'national')` },
  { key: 'deadlineSetBy', kind: 'text', value: sql`eff.set_by` },
  { key: 'deadlineSetAt', kind: 'datetime', value: sql`eff.set_at` },
  { key: 'deadlineReason', kind: 'text', value: sql`eff.reason` },
];

/** Which declared denominator (expectations) a wave's figures are measured against. */
const expectedMetricOfWave = sql`case when w.code like '%chats' then 'class_chats'
  when w.code like '%parents' then 'parents' else 'staff' end`;

/**
 * Adoption by unit at a level for one wave: the figures the refresh job stored (numerator,
 * denominator, class, forecast), the declared denominator with its source and date, and the
 * effective deadline with who set it.
 */
export function adoptionReport(scope: Scope, params: UnitReportParams): ReportSource {
  const day = pastDay(params);
  if (day) return adoptionAsOf(scope, params, day);
  const id = sql`u.id`;
  return {
    columns: [
      ...unitColumns,
      { key: 'wave', kind: 'text', value: sql`w.code` },
      { key: 'numerator', kind: 'number', value: sql`r.numerator` },
      { key: 'denominator', kind: 'number', value: sql`r.denominator` },
      { key: 'percent', kind: 'number', value: sql`round(r.percent::numeric, 2)` },
      { key: 'declaredDenominator', kind: 'number', value: sql`e.value` },
      { key: 'denominatorSource', kind: 'text', value: sql`e.source` },
      { key: 'denominatorAsOf', kind: 'date', value: sql`e.as_of` },
      { key: 'class', kind: 'text', value: sql`r.risk` },
      { key: 'forecastStatus', kind: 'text', value: sql`r.forecast_status` },
      { key: 'finishOrForecastDate', kind: 'date', value: sql`r.forecast_date` },
      ...deadlineColumns,
      { key: 'computedAt', kind: 'datetime', value: sql.raw(CHECKED_AT) },
    ],
    from: sql`org_units u
      join adoption_rollups r on r.org_unit_id = u.id and r.wave_id = ${params.waveId ?? 0}
      join waves w on w.id = r.wave_id
      left join expected_counts e on e.org_unit_id = u.id and e.metric::text = ${expectedMetricOfWave}
      ${effectiveDeadline}`,
    where: unitsOf(scope, params),
    sort: { value: id, order: 'ASC' },
    id,
  };
}

/**
 * Adoption as it stood at the end of a past day, from the daily history (institutions keep
 * their own series, other units their subtree's). The class and forecast of a past day are
 * not stored, so those columns stay empty; the deadline is the one in force now.
 */
function adoptionAsOf(scope: Scope, params: UnitReportParams, day: string): ReportSource {
  const id = sql`u.id`;
  return {
    columns: [
      ...unitColumns,
      { key: 'wave', kind: 'text', value: sql`w.code` },
      { key: 'numerator', kind: 'number', value: sql`h.numerator` },
      { key: 'denominator', kind: 'number', value: sql`h.denominator` },
      {
        key: 'percent',
        kind: 'number',
        value: sql`round(100.0 * h.numerator / nullif(h.denominator, 0), 2)`,
      },
      { key: 'declaredDenominator', kind: 'number', value: sql`e.value` },
      { key: 'denominatorSource', kind: 'text', value: sql`e.source` },
      { key: 'denominatorAsOf', kind: 'date', value: sql`e.as_of` },
      { key: 'class', kind: 'text', value: sql`null::text` },
      { key: 'forecastStatus', kind: 'text', value: sql`null::text` },
      { key: 'finishOrForecastDate', kind: 'date', value: sql`null::date` },
      ...deadlineColumns,
      { key: 'computedAt', kind: 'datetime', value: sql`h.day::timestamptz` },
    ],
    from: sql`org_units u
      join waves w on w.id = ${params.waveId ?? 0}
      join lateral (
        select x.day, x.numerator, x.denominator from adoption_snapshots x
         where u.level = 'institution' and x.org_unit_id = u.id and x.wave_id = w.id and x.day <= ${day}::date
        union all
        select x.day, x.numerator, x.denominator from adoption_subtree_history x
         where u.level <> 'institution' and x.org_unit_id = u.id and x.wave_id = w.id and x.day <= ${day}::date
        order by day desc limit 1
      ) h on true
      left join expected_counts e on e.org_unit_id = u.id and e.metric::text = ${expectedMetricOfWave}
      ${effectiveDeadline}`,
    where: unitsOf(scope, params),
    sort: { value: id, order: 'ASC' },
    id,
  };
}

/** Units overdue, at risk, or finished after their deadline, for one wave. */
export function laggingReport(scope: Scope, params: UnitReportParams): ReportSource {
  const source = adoptionReport(scope, params);
  return {
    ...source,
    where: [
      ...source.where,
      sql`(r.risk in ('overdue', 'at_risk', 'done_late') or (r.risk = 'done' and r.forecast_date > coalesce(eff.deadline, w.national_deadline)))`,
    ],
  };
}

/** The node's subtree as it stands: every open unit with its parent, level, kind and path. */
export function subtreeReport(scope: Scope, params: UnitReportParams): ReportSource {
  const id = sql`u.id`;
  return {
    columns: [
      ...unitColumns,
      { key: 'parentId', kind: 'number', value: sql`u.parent_id` },
      { key: 'kind', kind: 'text', value: sql`u.kind` },
      { key: 'path', kind: 'text', value: sql`array_to_string(u.path, '/')` },
      { key: 'validFrom', kind: 'date', value: sql`u.valid_from` },
    ],
    from: sql`org_units u`,
    where: unitsOf(scope, { ...params, wholeSubtree: true }),
    sort: { value: id, order: 'ASC' },
    id,
  };
}

/** Effective deadlines per unit and wave (every wave unless one is chosen) with provenance. */
export function deadlinesReport(scope: Scope, params: UnitReportParams): ReportSource {
  const id = sql`(u.id::bigint * 100000 + w.id)`;
  const where = unitsOf(scope, params);
  if (params.waveId) where.push(sql`w.id = ${params.waveId}`);
  return {
    columns: [
      ...unitColumns,
      { key: 'wave', kind: 'text', value: sql`w.code` },
      { key: 'nationalDeadline', kind: 'date', value: sql`w.national_deadline` },
      ...deadlineColumns,
    ],
    from: sql`org_units u cross join waves w ${effectiveDeadline}`,
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

/**
 * Effective policies per unit with provenance: the highest lock on the path wins, else the
 * deepest setting, else the catalog's default (the domain's resolvePolicy).
 */
export function policiesReport(scope: Scope, params: UnitReportParams): ReportSource {
  const id = sql`(u.id::bigint * 100 + k.idx)`;
  return {
    columns: [
      ...unitColumns,
      { key: 'policy', kind: 'text', value: sql`k.key` },
      { key: 'value', kind: 'text', value: sql`coalesce(eff.value, k.dflt)` },
      { key: 'setOn', kind: 'text', value: sql`coalesce(eff.set_on, 'default')` },
      { key: 'setBy', kind: 'text', value: sql`eff.set_by` },
      { key: 'setAt', kind: 'datetime', value: sql`eff.set_at` },
      { key: 'reason', kind: 'text', value: sql`eff.reason` },
      { key: 'lockedOn', kind: 'text', value: sql`case when eff.locked then eff.set_on end` },
    ],
    from: sql`org_units u cross join (values ${policyDefaults}) as k(key, idx, dflt)
      left join lateral (
        select s.value, s.locked, s.reason, s.set_at, o.name as set_on, su.login as set_by
          from policy_settings s join org_units o on o.id = s.org_unit_id
          left join users su on su.id = s.set_by_user_id
         where s.key = k.key and s.org_unit_id = any(u.path)
         order by s.locked desc,
           case when s.locked then array_position(u.path, s.org_unit_id)
                else -array_position(u.path, s.org_unit_id) end
         limit 1
      ) eff on true`,
    where: unitsOf(scope, params),
    sort: { value: id, order: 'ASC' },
    id,
  };
}
