import { completionThreshold, type FunnelCounts } from '@cutover/domain';
import { type Placeholder, type SQL, sql } from 'drizzle-orm';
import { type Scope, withinScope } from '../scope';

/** A node's stored figures for one wave: the wave metric's fraction and the funnel counts. */
export interface Figures extends FunnelCounts {
  numerator: number;
  denominator: number;
}

/** A node's figures for one wave at the end of a past day, with its finish date by then. */
export type PastFigures = Figures & { waveId: number; finishedOn: string | null };

export interface WaveRow {
  id: number;
  code: string;
  nameEn: string;
  nameRu: string;
  opensOn: string;
  nationalDeadline: string;
  sortOrder: number;
  /** Null while open; the day it was closed (no new deadlines from then on). */
  closedOn: string | null;
  version: number;
}

export type CurrentRow = Figures & {
  waveId: number;
  percent: number | null;
  risk: string | null;
  forecastStatus: string | null;
  forecastDate: string | null;
  forecastEarliest: string | null;
  forecastLatest: string | null;
  deadline: string | null;
  finishedOn: string | null;
  /** ISO 8601 text: raw queries bypass Drizzle's column mapping. */
  computedAt: string;
};

export const figureSelect = sql.raw(`numerator, denominator, invited, registered, active,
  chats_migrated as "chatsMigrated", chats_legacy_closed as "chatsLegacyClosed",
  parents_joined as "parentsJoined"`);

export const waveSelect = sql.raw(`id, code, name_en as "nameEn", name_ru as "nameRu",
  to_char(opens_on, 'YYYY-MM-DD') as "opensOn",
  to_char(national_deadline, 'YYYY-MM-DD') as "nationalDeadline", sort_order as "sortOrder",
  to_char(closed_on, 'YYYY-MM-DD') as "closedOn", version`);

/**
 * When a rollup's figures were last confirmed: the refresh rewrites only rows that changed,
 * so an unchanged row is as fresh as the refresh's last run.
 */
export const CHECKED_AT =
  'greatest(r.computed_at, (select refreshed_at from adoption_refresh_state where id = 1))';

export const currentSelect =
  sql.raw(`r.wave_id as "waveId", numerator, denominator, invited, registered,
  active, chats_migrated as "chatsMigrated", chats_legacy_closed as "chatsLegacyClosed",
  parents_joined as "parentsJoined", r.percent, r.risk,
  r.forecast_status as "forecastStatus", to_char(r.forecast_date, 'YYYY-MM-DD') as "forecastDate",
  to_char(r.forecast_earliest, 'YYYY-MM-DD') as "forecastEarliest",
  to_char(r.forecast_latest, 'YYYY-MM-DD') as "forecastLatest",
  to_char(r.deadline, 'YYYY-MM-DD') as deadline,
  to_char(r.finished_on, 'YYYY-MM-DD') as "finishedOn",
  to_char(${CHECKED_AT} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "computedAt"`);

export const riskRank = sql.raw(
  `case risk when 'overdue' then 0 when 'at_risk' then 1 when 'on_track' then 2 when 'done_late' then 3 when 'done' then 4 else 5 end`,
);

/** Institutions keep their own series; every other node the totals of its subtree. */
export function historyOf(level: string): SQL {
  return level === 'institution' ? sql`adoption_snapshots` : sql`adoption_subtree_history`;
}

/** The org unit of the raw-query alias `alias` lies inside the scope. */
export function unitInScope(alias: string, scope: Scope): SQL {
  return withinScope(sql.raw(`${alias}.path`), scope);
}

/** The stored figure reached the completion threshold (the domain's `reachesThreshold`). */
export function reachedThreshold(alias: string): SQL {
  const row = sql.raw(alias);
  return sql`(${row}.denominator > 0 and ${row}.numerator::float8 / ${row}.denominator >= ${completionThreshold}::float8)`;
}

/**
 * A node's finish date for a wave as of `day`: the first day of its history on or before
 * `day` that reached the threshold (the domain's `firstFinishDay`), as 'YYYY-MM-DD' text.
 */
export function finishDayAsOf(table: SQL, unit: SQL, wave: SQL, day: string | Placeholder): SQL {
  return sql`(select to_char(min(f.day), 'YYYY-MM-DD') from ${table} f
      where f.org_unit_id = ${unit} and f.wave_id = ${wave} and f.day <= ${day}
        and ${reachedThreshold('f')})`;
}
