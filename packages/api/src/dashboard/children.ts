import type { ScopedData } from '@cutover/db';
import {
  addDays,
  childLevelOf,
  isoToday,
  type RiskClass,
  riskClasses,
  riskOrder,
} from '@cutover/domain';
import { effectiveDeadline } from '../deadlines/effective';
import { notFound } from '../errors';
import { pastDateOrNull } from './today';
import { metricsFor, riskFromHistory } from './wave-figures';

const MAX_ASSESSED_CHILDREN = 200;

/** Child units of a node for one wave, the riskiest first, live or as of a past day. */
export async function dashboardChildren(
  data: ScopedData,
  input: { nodeId?: number | undefined; waveId: number; asOf?: string | undefined },
) {
  const asOf = pastDateOrNull(input.asOf);
  // The node and the wave in one round trip.
  const found = await data.adoption.nodeWithWave(input.nodeId ?? data.scope.nodeId, input.waveId);
  if (!found) throw notFound();
  const { node, wave } = found;
  if (!wave) throw notFound();
  const childLevel = childLevelOf(node.level);
  if (!childLevel) return { node, wave, rows: [] };
  if (!asOf) {
    const rows = await data.adoption.childrenCurrent(node.id, wave.id);
    return {
      node,
      wave,
      rows: rows.map((row) => ({ ...row, metrics: metricsFor(wave.code, row, isoToday()) })),
    };
  }
  const children = await data.adoption.childrenAsOf(node.id, childLevel, wave.id, asOf);
  const settings = await data.deadlines.onPath(node.path);
  const rows = [];
  for (const child of children) {
    const metrics = metricsFor(wave.code, child, asOf);
    let assessed: { risk: string | null; forecastDate: string | null } = {
      risk: null,
      forecastDate: null,
    };
    if (children.length <= MAX_ASSESSED_CHILDREN) {
      const series = await data.adoption.series(child.id, childLevel, wave.id, asOf);
      const recent = series.filter((point) => point.day > addDays(asOf, -60));
      const deadline = effectiveDeadline(
        [...node.path, child.id],
        wave.nationalDeadline,
        wave.id,
        settings,
      ).deadline;
      const { forecast, risk } = riskFromHistory(
        recent.length > 1 ? recent : series.slice(-2),
        child,
        wave.code,
        asOf,
        deadline,
        wave.opensOn,
      );
      assessed = { risk, forecastDate: 'date' in forecast ? forecast.date : null };
    }
    rows.push({ ...child, ...assessed, percent: metrics.adoption.value, metrics });
  }
  rows.sort((a, b) =>
    riskOrder(
      { risk: asRisk(a.risk), percent: a.percent },
      { risk: asRisk(b.risk), percent: b.percent },
    ),
  );
  return { node, wave, rows };
}

/** Units a wave does not apply to sort with the finished ones. */
function asRisk(value: string | null): RiskClass {
  return riskClasses.find((risk) => risk === value) ?? 'done';
}
