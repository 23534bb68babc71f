import type { ScopedData } from '@cutover/db';
import { isoToday } from '@cutover/domain';
import { visibleNode } from '../org-units/load';
import { pastDateOrNull } from './today';

/** The browser never draws more than this many points per chart: the server thins them. */
export const MAX_POINTS = 1_000;

export function thinSeries<T>(points: readonly T[], max = MAX_POINTS): T[] {
  if (points.length <= max) return [...points];
  const step = Math.ceil(points.length / max);
  const thinned = points.filter((_, index) => index % step === 0);
  const last = points.at(-1);
  if (last !== undefined && thinned.at(-1) !== last) thinned.push(last);
  return thinned;
}

export async function dashboardBurnup(
  data: ScopedData,
  input: { nodeId?: number | undefined; waveId: number; asOf?: string | undefined },
) {
  const node = await visibleNode(data, input.nodeId ?? data.scope.nodeId);
  const day = pastDateOrNull(input.asOf) ?? isoToday();
  const points = await data.adoption.series(node.id, node.level, input.waveId, day);
  return { nodeId: node.id, waveId: input.waveId, asOf: day, points: thinSeries(points) };
}
