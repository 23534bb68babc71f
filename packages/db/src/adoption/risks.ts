import {
  assessAdoption,
  type DeadlineSetting,
  percentage,
  resolveDeadline,
  type SeriesPoint,
} from '@cutover/domain';
import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../client';
import { loadFinishDays, loadRecentSeries } from './recent-series';

interface RollupRow {
  org_unit_id: number;
  wave_id: number;
  numerator: number;
  denominator: number;
  path: number[];
}

interface WaveRow {
  id: number;
  national_deadline: string;
  opens_on: string;
}

/** Effective-deadline settings of every wave, keyed by wave id. */
async function deadlineSettings(tx: Executor) {
  const rows = await queryRows<{
    wave_id: number;
    org_unit_id: number;
    deadline: string;
    reason: string;
    set_by_user_id: number | null;
    set_at: Date;
  }>(
    tx,
    sql`select wave_id, org_unit_id, to_char(deadline, 'YYYY-MM-DD') as deadline, reason,
               set_by_user_id, set_at from deadlines`,
  );
  const byWave = new Map<number, DeadlineSetting[]>();
  for (const row of rows) {
    const list = byWave.get(row.wave_id) ?? [];
    list.push({
      nodeId: row.org_unit_id,
      deadline: row.deadline,
      reason: row.reason,
      setBy: row.set_by_user_id,
      setAt: row.set_at,
    });
    byWave.set(row.wave_id, list);
  }
  return byWave;
}

/**
 * Percent, forecast, finish date, effective deadline and risk class of every rollup row,
 * from the domain's `assessAdoption` over each node's history window, wave by wave (or of
 * one wave, after its dates changed).
 */
export async function computeRisks(
  tx: Executor,
  today: string,
  onlyWaveId?: number,
): Promise<number> {
  const waves = await queryRows<WaveRow>(
    tx,
    sql`select id, to_char(national_deadline, 'YYYY-MM-DD') as national_deadline,
               to_char(opens_on, 'YYYY-MM-DD') as opens_on from waves
        where ${onlyWaveId ?? null}::int is null or id = ${onlyWaveId ?? null}::int`,
  );
  const settings = await deadlineSettings(tx);
  let updated = 0;
  for (const wave of waves) {
    const rollups = await queryRows<RollupRow>(
      tx,
      sql`select r.org_unit_id, r.wave_id, r.numerator, r.denominator, u.path
          from adoption_rollups r join org_units u on u.id = r.org_unit_id where r.wave_id = ${wave.id}`,
    );
    const series = await loadRecentSeries(tx, wave.id, today);
    const finishDays = await loadFinishDays(tx, wave.id, today);
    const results = rollups.map((row) =>
      assess(row, wave, settings.get(wave.id) ?? [], today, {
        series: series.get(row.org_unit_id) ?? [],
        finishedOn: finishDays.get(row.org_unit_id) ?? null,
      }),
    );
    for (let start = 0; start < results.length; start += 5_000) {
      const chunk = JSON.stringify(results.slice(start, start + 5_000));
      await tx.execute(sql`
        update adoption_rollups r set percent = v.percent, risk = v.risk,
          forecast_status = v.forecast_status, forecast_date = v.forecast_date,
          forecast_earliest = v.forecast_earliest, forecast_latest = v.forecast_latest,
          deadline = v.deadline, finished_on = v.finished_on
        from jsonb_to_recordset(${chunk}::jsonb) as v(org_unit_id int, wave_id int,
          percent float8, risk text, forecast_status text, forecast_date date,
          forecast_earliest date, forecast_latest date, deadline date, finished_on date)
        where r.org_unit_id = v.org_unit_id and r.wave_id = v.wave_id`);
    }
    updated += results.length;
  }
  return updated;
}

function assess(
  row: RollupRow,
  wave: WaveRow,
  settings: DeadlineSetting[],
  today: string,
  history: { series: SeriesPoint[]; finishedOn: string | null },
) {
  const { deadline } = resolveDeadline(row.path, wave.national_deadline, settings);
  const adoption = percentage(row.numerator, row.denominator, 'rollup', today);
  const { risk, forecast, finishedOn } = assessAdoption({
    ...history,
    today,
    deadline,
    opensOn: wave.opens_on,
    adoption,
  });
  return {
    org_unit_id: row.org_unit_id,
    wave_id: row.wave_id,
    percent: adoption.value,
    risk,
    forecast_status: forecast.status,
    forecast_date: 'date' in forecast ? forecast.date : null,
    forecast_earliest: 'earliest' in forecast ? forecast.earliest : null,
    forecast_latest: 'latest' in forecast ? (forecast.latest ?? null) : null,
    deadline,
    finished_on: finishedOn,
  };
}
