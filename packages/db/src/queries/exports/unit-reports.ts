import { isoToday, type OrgLevel } from '@cutover/domain';
import { type SQL, sql } from 'drizzle-orm';
import { CHECKED_AT, unitInScope } from '../dashboard/sql';
import type { Scope } from '../scope';
import type { ReportParams } from './list-reports';
import type { ExportColumn, ReportSource } from './report-source';
import { rewoundDeadlineColumns, rewoundDeadlineJoins } from './settings-as-of';

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
export function unitsOf(scope: Scope, params: UnitReportParams, alias = 'u'): SQL[] {
  const u = sql.raw(alias);
  const inNode = sql`${u}.path @> array[${params.nodeId}]::integer[]`;
  const level = params.wholeSubtree
    ? sql`true`
    : params.level
      ? sql`${u}.level = ${params.level}`
      : sql`(${u}.parent_id = ${params.nodeId} or (${u}.id = ${params.nodeId} and ${u}.level = 'institution'))`;
  // As of a past day: the units open on that day (closed since, or not yet merged away).
  const open = pastDay(params)
    ? sql`${u}.valid_from <= ${params.asOf}::date and (${u}.valid_to is null or ${u}.valid_to > ${params.asOf}::date)`
    : sql`${u}.valid_to is null`;
  return [unitInScope(alias, scope), inNode, level, open];
}

/** A past as-of day, or null for today's figures. */
export function pastDay(params: UnitReportParams): string | null {
  return params.asOf && params.asOf < isoToday() ? params.asOf : null;
}

/** The deepest deadline setting on the unit's path for the wave (the domain's resolveDeadline). */
export const effectiveDeadline = sql`left join lateral (
    select d.deadline, d.reason, d.set_at, o.name as set_on, su.login as set_by
      from deadlines d join org_units o on o.id = d.org_unit_id
      left join users su on su.id = d.set_by_user_id
     where d.wave_id = w.id and d.org_unit_id = any(u.path)
     order by array_position(u.path, d.org_unit_id) desc limit 1
  ) eff on true`;

export const unitColumns: ExportColumn[] = [
  { key: 'unitId', kind: 'number', value: sql`u.id` },
  { key: 'code', kind: 'text', value: sql`u.code` },
  { key: 'name', kind: 'text', value: sql`u.name` },
  { key: 'level', kind: 'text', value: sql`u.level` },
];

export const deadlineColumns: ExportColumn[] = [
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
      { key: 'provenanceNote', kind: 'text', value: sql`null::text` },
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
 * not stored, so those columns stay empty; the deadline is the one in force that day,
 * rebuilt from the audit log (settings-as-of).
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
      ...rewoundDeadlineColumns,
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
      ${rewoundDeadlineJoins(params.nodeId, day, sql.join(unitsOf(scope, params, 'x'), sql` and `))}`,
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
