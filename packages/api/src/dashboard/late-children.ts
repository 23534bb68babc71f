import type { DeadlineRecord, ScopedData } from '@cutover/db';
import { childLevelOf, lateClass, type OrgLevel } from '@cutover/domain';
import { effectiveDeadline } from '../deadlines/effective';

export interface LateChildren {
  overdue: number;
  doneLate: number;
}

/**
 * Per wave, how many of a node's children are overdue or finished late, so a card never
 * shows a bare "done" over units that missed their deadline. Live counts read the stored
 * classes; a past day's counts apply the domain's `lateClass`, which the stored classes agree with.
 */
export async function lateChildren(
  data: ScopedData,
  input: {
    node: { id: number; level: OrgLevel; path: number[] };
    waves: readonly { id: number; nationalDeadline: string }[];
    settings: readonly DeadlineRecord[];
    asOf: string | null;
    /** The live counts when already read (the summary reads them with its node). */
    liveCounts?: readonly { waveId: number; risk: 'overdue' | 'done_late'; count: number }[];
  },
): Promise<Map<number, LateChildren>> {
  const { node, waves, settings, asOf } = input;
  const counts = new Map<number, LateChildren>();
  const add = (waveId: number, risk: 'overdue' | 'done_late', count = 1) => {
    const entry = counts.get(waveId) ?? { overdue: 0, doneLate: 0 };
    if (risk === 'overdue') entry.overdue += count;
    else entry.doneLate += count;
    counts.set(waveId, entry);
  };
  if (asOf === null) {
    for (const row of input.liveCounts ?? (await data.adoption.childLateCounts(node.id))) {
      add(row.waveId, row.risk, row.count);
    }
    return counts;
  }
  const childLevel = childLevelOf(node.level);
  if (!childLevel) return counts;
  for (const wave of waves) {
    const below = await data.deadlines.below(node.id, wave.id);
    const children = await data.adoption.childrenAsOf(node.id, childLevel, wave.id, asOf);
    for (const child of children) {
      const { deadline } = effectiveDeadline(
        [...node.path, child.id],
        wave.nationalDeadline,
        wave.id,
        [...settings, ...below],
      );
      const late = lateClass({ ...child, today: asOf, deadline });
      if (late) add(wave.id, late);
    }
  }
  return counts;
}
