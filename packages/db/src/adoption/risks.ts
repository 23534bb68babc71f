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
import { inNodes } from './sync-figures';

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

/** Which rollups to reassess: per wave id, the nodes (null: every node of the wave). */
export type RiskTargets = Map<number, readonly number[] | null>;

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
  const waves = await queryRows<{ id: number }>(
    tx,
    sql`select id from waves where ${onlyWaveId ?? null}::int is null or id = ${onlyWaveId ?? null}::int`,
  );
  return (await computeRisksOf(tx, today, new Map(waves.map((w) => [w.id, null])))).assessed;
}

/**
 * The same for the rollups in `targets` only. Writes only rows whose outcome changed, so a
 * rerun over unchanged figures leaves no dead tuples.
 */
export async function computeRisksOf(
  tx: Executor,
  today: string,
  targets: RiskTargets,
): Promise<{ assessed: number; written: number }> {
  const waves = await queryRows<WaveRow>(
    tx,
    sql`select id, to_char(national_deadline, 'YYYY-MM-DD') as national_deadline,
               to_char(opens_on, 'YYYY-MM-DD') as opens_on from waves order by id`,
  );
  const settings = await deadlineSettings(tx);
  let assessed = 0;
  let written = 0;
  for (const wave of waves) {
    if (!targets.has(wave.id)) continue;
    const nodes = targets.get(wave.id) ?? null;
    if (nodes?.length === 0) continue;
    const rollups = await queryRows<RollupRow>(
      tx,
      sql`select r.org_unit_id, r.wave_id, r.numerator, r.denominator, u.path
          from adoption_rollups r join org_units u on u.id = r.org_unit_id
          where r.wave_id = ${wave.id} and ${inNodes('r.org_unit_id', nodes)}`,
    );
    const series = await loadRecentSeries(tx, wave.id, today, nodes);
    const finishDays = await loadFinishDays(tx, wave.id, today, nodes);
    const results = rollups.map((row) =>
      assess(row, wave, settings.get(wave.id) ?? [], today, {
        series: series.get(row.org_unit_id) ?? [],
        finishedOn: finishDays.get(row.org_unit_id) ?? null,
      }),
    );
    for (let start = 0; start < results.length; start += 5_000) {
      written += await writeRisks(tx, results.slice(start, start + 5_000));
    }
    assessed += results.length;
  }
  return { assessed, written };
}

const riskColumns =
  'percent, risk, forecast_status, forecast_date, forecast_earliest, forecast_latest, deadline, finished_on';

async function writeRisks(tx: Executor, results: ReturnType<typeof assess>[]) {
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`
      with written as (
        update adoption_rollups r set percent = v.percent, risk = v.risk,
          forecast_status = v.forecast_status, forecast_date = v.forecast_date,
          forecast_earliest = v.forecast_earliest, forecast_latest = v.forecast_latest,
          deadline = v.deadline, finished_on = v.finished_on
        from jsonb_to_recordset(${JSON.stringify(results)}::jsonb) as v(org_unit_id int, wave_id int,
          percent float8, risk text, forecast_status text, forecast_date date,
          forecast_earliest date, forecast_latest date, deadline date, finished_on date)
        where r.org_unit_id = v.org_unit_id and r.wave_id = v.wave_id
          and (${sql.raw(riskColumns.replaceAll(/(\w+)/g, 'r.$1'))})
            is distinct from (${sql.raw(riskColumns.replaceAll(/(\w+)/g, 'v.$1'))})
        returning 1)
      select count(*)::int as n from written`,
  );
  return row?.n ?? 0;
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
