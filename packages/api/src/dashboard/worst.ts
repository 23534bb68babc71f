import type { ScopedData } from '@cutover/db';
import { type RiskClass, riskClasses, riskOrder } from '@cutover/domain';
import { effectiveDeadline } from '../deadlines/effective';
import { notFound } from '../errors';
import { visibleNode } from '../org-units/load';
import { pastDateOrNull } from './today';
import { assessPastDay, metricsFor } from './wave-figures';

/**
 * Unfinished institutions a past day's list assesses at most (each reads its history
 * window); beyond it the page says so and asks for a smaller subtree.
 */
export const MAX_ASSESSED_AS_OF = 2_000;

const asRisk = (value: string | null): RiskClass =>
  riskClasses.find((risk) => risk === value) ?? 'done';

/**
 * Institutions below a node that are overdue, then at risk: live from the stored rollups,
 * or as of a past day with the domain's one assessment over each one's history window.
 */
export async function dashboardWorst(
  data: ScopedData,
  input: { nodeId?: number | undefined; waveId: number; limit: number; asOf?: string | undefined },
) {
  const node = await visibleNode(data, input.nodeId ?? data.scope.nodeId);
  const asOf = pastDateOrNull(input.asOf);
  if (!asOf) {
    const rows = await data.adoption.worstInstitutions(node.id, input.waveId, input.limit);
    return { node, rows, tooMany: false };
  }
  const wave = (await data.adoption.waves()).find((w) => w.id === input.waveId);
  if (!wave) throw notFound();
  const candidates = await data.adoption.unfinishedInstitutionsAsOf(
    node.id,
    wave.id,
    asOf,
    MAX_ASSESSED_AS_OF,
  );
  if (candidates.length > MAX_ASSESSED_AS_OF) return { node, rows: [], tooMany: true };
  const windows = await data.adoption.institutionWindows(
    candidates.map((unit) => unit.id),
    wave.id,
    asOf,
  );
  const settings = [
    ...(await data.deadlines.onPath(node.path)),
    ...(await data.deadlines.below(node.id, wave.id)),
  ];
  const rows = candidates
    .map((unit) => {
      const { deadline } = effectiveDeadline(unit.path, wave.nationalDeadline, wave.id, settings);
      const { risk, forecast } = assessPastDay({
        series: windows.get(unit.id) ?? [],
        figures: { ...unit, finishedOn: null },
        code: wave.code,
        day: asOf,
        deadline,
        opensOn: wave.opensOn,
      });
      return {
        id: unit.id,
        name: unit.name,
        code: unit.code,
        path: unit.path,
        percent: metricsFor(wave.code, unit, asOf).adoption.value,
        risk: risk as string | null,
        forecastDate: 'date' in forecast ? forecast.date : null,
        forecastEarliest: 'earliest' in forecast ? forecast.earliest : null,
        forecastLatest: 'latest' in forecast ? (forecast.latest ?? null) : null,
        deadline: deadline as string | null,
      };
    })
    .filter((row) => row.risk === 'overdue' || row.risk === 'at_risk')
    .sort((a, b) =>
      riskOrder(
        { risk: asRisk(a.risk), percent: a.percent },
        { risk: asRisk(b.risk), percent: b.percent },
      ),
    )
    .slice(0, input.limit);
  return { node, rows, tooMany: false };
}
