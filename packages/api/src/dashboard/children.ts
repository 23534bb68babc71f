import type { ScopedData } from '@cutover/db';
import { childLevelOf, isoToday, type RiskClass, riskClasses, riskOrder } from '@cutover/domain';
import { effectiveDeadline } from '../deadlines/effective';
import { notFound } from '../errors';
import { pastDateOrNull } from './today';
import { assessPastDay, metricsFor } from './wave-figures';

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
  const settings = [
    ...(await data.deadlines.onPath(node.path)),
    ...(await data.deadlines.below(node.id, wave.id)),
  ];
  const rows = [];
  for (const child of children) {
    const metrics = metricsFor(wave.code, child, asOf);
    const deadline = effectiveDeadline(
      [...node.path, child.id],
      wave.nationalDeadline,
      wave.id,
      settings,
    ).deadline;
    let assessed: {
      risk: string | null;
      forecastDate: string | null;
      forecastEarliest: string | null;
      forecastLatest: string | null;
    } = { risk: null, forecastDate: null, forecastEarliest: null, forecastLatest: null };
    if (children.length <= MAX_ASSESSED_CHILDREN) {
      const series = await data.adoption.series(child.id, childLevel, wave.id, asOf);
      const { risk, forecast } = assessPastDay({
        series,
        figures: child,
        code: wave.code,
        day: asOf,
        deadline,
        opensOn: wave.opensOn,
      });
      assessed = {
        risk,
        forecastDate: 'date' in forecast ? forecast.date : null,
        forecastEarliest: 'earliest' in forecast ? forecast.earliest : null,
        forecastLatest: 'latest' in forecast ? (forecast.latest ?? null) : null,
      };
    }
    rows.push({ ...child, ...assessed, deadline, percent: metrics.adoption.value, metrics });
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
