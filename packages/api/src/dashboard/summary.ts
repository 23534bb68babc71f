import type { Figures, ScopedData } from '@cutover/db';
import { addDays, completionThreshold, isoToday } from '@cutover/domain';
import { effectiveDeadline } from '../deadlines/effective';
import { notFound } from '../errors';
import { lateChildren } from './late-children';
import { pastDateOrNull } from './today';
import { assessPastDay, metricsFor } from './wave-figures';

const byWave = <T extends { waveId: number }>(rows: readonly T[]) =>
  new Map(rows.map((row) => [row.waveId, row]));

/**
 * Every wave at a node: figures with their denominators, the change over 7 days, the
 * effective deadline and its provenance, the finish date, the forecast, the risk class and
 * how many children are overdue or finished late. Live views read the precomputed rollup;
 * "as of" views assess the stored history of that day with the same domain rule.
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
  const late = await lateChildren(data, {
    node,
    waves,
    settings,
    asOf,
    liveCounts: asOf ? undefined : read.lateChildren,
  });
  const rows = [];
  for (const wave of waves) {
    const figures = asOf ? pastRows.get(wave.id) : liveRows.get(wave.id);
    if (!figures) continue;
    const deadline = effectiveDeadline(node.path, wave.nationalDeadline, wave.id, settings);
    const metrics = metricsFor(wave.code, figures, day);
    const previous = previousRows.get(wave.id);
    const previousPercent = previous ? metricsFor(wave.code, previous, day).adoption.value : null;
    const stored = liveRows.get(wave.id);
    const assessed = stored
      ? {
          risk: stored.risk,
          finishedOn: stored.finishedOn,
          forecast: {
            status: stored.forecastStatus,
            date: stored.forecastDate,
            earliest: stored.forecastEarliest,
            latest: stored.forecastLatest,
          },
        }
      : await pastAssessment(data, node, wave, figures, day, deadline.deadline);
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
      lateChildren: late.get(wave.id) ?? { overdue: 0, doneLate: 0 },
    });
  }
  const computedAt = live[0] ? new Date(live[0].computedAt) : null;
  return {
    node: { ...node, ancestors },
    asOf: day,
    live: asOf === null,
    computedAt,
    thresholdPercent: completionThreshold * 100,
    waves: rows,
  };
}

async function pastAssessment(
  data: ScopedData,
  node: { id: number; level: string },
  wave: { id: number; code: string; opensOn: string },
  figures: Figures & { finishedOn: string | null },
  day: string,
  deadline: string,
) {
  const series = await data.adoption.series(node.id, node.level, wave.id, day);
  const { risk, finishedOn, forecast } = assessPastDay({
    series,
    figures,
    code: wave.code,
    day,
    deadline,
    opensOn: wave.opensOn,
  });
  return {
    risk,
    finishedOn,
    forecast: {
      status: forecast.status,
      date: 'date' in forecast ? forecast.date : null,
      earliest: 'earliest' in forecast ? forecast.earliest : null,
      latest: 'latest' in forecast ? (forecast.latest ?? null) : null,
    },
  };
}
