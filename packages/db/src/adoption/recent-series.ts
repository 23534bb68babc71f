import { addDays, assessmentWindowDays, type SeriesPoint } from '@cutover/domain';
import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../client';
import { reachedThreshold } from '../queries/dashboard/sql';
import { inNodes } from './sync-figures';

/**
 * The domain's assessment window of history of every node for one wave, plus the row in force when the
 * window opens (history is change-only, so that row carries forward). Institutions read
 * their own series; every other node its subtree totals.
 */
export async function loadRecentSeries(
  tx: Executor,
  waveId: number,
  today: string,
  nodes: readonly number[] | null = null,
) {
  const h = inNodes('org_unit_id', nodes);
  const s = inNodes('s.org_unit_id', nodes);
  const from = addDays(today, -assessmentWindowDays);
  const rows = await queryRows<{
    org_unit_id: number;
    day: string;
    numerator: number;
    denominator: number;
  }>(
    tx,
    sql`
      select org_unit_id, to_char(day, 'YYYY-MM-DD') as day, numerator, denominator from (
        select org_unit_id, day, numerator, denominator from adoption_subtree_history
         where wave_id = ${waveId} and day > ${from} and day <= ${today} and ${h}
        union all
        select s.org_unit_id, s.day, s.numerator, s.denominator from adoption_snapshots s
          join org_units u on u.id = s.org_unit_id and u.level = 'institution'
         where s.wave_id = ${waveId} and s.day > ${from} and s.day <= ${today} and ${s}
        union all
        select * from (
          select distinct on (org_unit_id) org_unit_id, day, numerator, denominator
            from adoption_subtree_history where wave_id = ${waveId} and day <= ${from} and ${h}
           order by org_unit_id, day desc) h
        union all
        select * from (
          select distinct on (s.org_unit_id) s.org_unit_id, s.day, s.numerator, s.denominator
            from adoption_snapshots s join org_units u on u.id = s.org_unit_id and u.level = 'institution'
           where s.wave_id = ${waveId} and s.day <= ${from} and ${s}
           order by s.org_unit_id, s.day desc) i
      ) x order by org_unit_id, day`,
  );
  const byNode = new Map<number, SeriesPoint[]>();
  for (const row of rows) {
    const list = byNode.get(row.org_unit_id) ?? [];
    list.push({ day: row.day, numerator: row.numerator, denominator: row.denominator });
    byNode.set(row.org_unit_id, list);
  }
  return byNode;
}

/** The finish date of every node of a wave as of `today` (see `firstFinishDay`). */
export async function loadFinishDays(
  tx: Executor,
  waveId: number,
  today: string,
  nodes: readonly number[] | null = null,
) {
  const rows = await queryRows<{ org_unit_id: number; finished_on: string }>(
    tx,
    sql`
      select org_unit_id, to_char(min(day), 'YYYY-MM-DD') as finished_on from (
        select h.org_unit_id, h.day from adoption_subtree_history h
         where h.wave_id = ${waveId} and h.day <= ${today} and ${reachedThreshold('h')}
           and ${inNodes('h.org_unit_id', nodes)}
        union all
        select s.org_unit_id, s.day from adoption_snapshots s
          join org_units u on u.id = s.org_unit_id and u.level = 'institution'
         where s.wave_id = ${waveId} and s.day <= ${today} and ${reachedThreshold('s')}
           and ${inNodes('s.org_unit_id', nodes)}
      ) x group by org_unit_id`,
  );
  return new Map(rows.map((row) => [row.org_unit_id, row.finished_on]));
}
