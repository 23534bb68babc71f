import type { Figures, ScopedData } from '@cutover/db';
import { addDays, isoToday } from '@cutover/domain';
import { effectiveDeadline } from '../deadlines/effective';
import { notFound } from '../errors';
import { pastDateOrNull } from './today';
import { metricsFor, riskFromHistory } from './wave-figures';

const byWave = <T extends { waveId: number }>(rows: readonly T[]) =>
  new Map(rows.map((row) => [row.waveId, row]));

/**
 * Every wave at a node: figures with their denominators, the change over 7 days, the
 * effective deadline and its provenance, the forecast and the risk class. Live views read
 * the precomputed rollup; "as of" views read the stored history of that day.
 */
export async function dashboardSummary(
  data: ScopedData,
  nodeId: number | undefined,
  asOfInput: string | undefined,
) {
  const asOf = pastDateOrNull(asOfInput);
  const day = asOf ?? isoToday();
  // One transaction runs its queries one after another on one connection, so the node,
  // its ancestors, the waves, the deadlines and the figures come in one round trip.
  const read = await data.adoption.summary(nodeId ?? data.scope.nodeId, {
    asOf,
    weekAgo: addDays(day, -7),
  });
  if (!read) throw notFound();
  const { node, ancestors, waves, settings, live, past, weekAgo } = read;
  const liveRows = byWave(live);
  const pastRows = byWave(past);
  const previousRows = byWave(weekAgo);
  const rows = [];
  for (const wave of waves) {
    const figures: Figures | undefined = asOf ? pastRows.get(wave.id) : liveRows.get(wave.id);
    if (!figures) continue;
    const deadline = effectiveDeadline(node.path, wave.nationalDeadline, wave.id, settings);
    const metrics = metricsFor(wave.code, figures, day);
    const previous = previousRows.get(wave.id);
    const previousPercent = previous ? metricsFor(wave.code, previous, day).adoption.value : null;
    const stored = liveRows.get(wave.id);
    const assessed = stored
      ? {
          risk: stored.risk,
          forecast: {
            status: stored.forecastStatus,
            date: stored.forecastDate,
            earliest: stored.forecastEarliest,
            latest: stored.forecastLatest,
          },
        }
      : await pastRisk(data, node, wave, figures, day, deadline.deadline);
    rows.push({
      wave,
      figures,
      metrics,
      change7d:
        metrics.adoption.value !== null && previousPercent !== null
          ? metrics.adoption.value - previousPercent
          : null,
      deadline,
      ...assessed,
    });
  }
  const computedAt = live[0] ? new Date(live[0].computedAt) : null;
  return { node: { ...node, ancestors }, asOf: day, live: asOf === null, computedAt, waves: rows };
}

async function pastRisk(
  data: ScopedData,
  node: { id: number; level: string },
  wave: { id: number; code: string; opensOn: string },
  figures: Figures,
  day: string,
  deadline: string,
) {
  const series = await data.adoption.series(node.id, node.level, wave.id, day);
  const recent = series.filter((point) => point.day > addDays(day, -60));
  const { forecast, risk } = riskFromHistory(
    recent.length > 1 ? recent : series.slice(-2),
    figures,
    wave.code,
    day,
    deadline,
    wave.opensOn,
  );
  return {
    risk,
    forecast: {
      status: forecast.status,
      date: 'date' in forecast ? forecast.date : null,
      earliest: 'earliest' in forecast ? forecast.earliest : null,
      latest: 'latest' in forecast ? (forecast.latest ?? null) : null,
    },
  };
}
