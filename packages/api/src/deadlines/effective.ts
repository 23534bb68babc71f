import type { DeadlineRecord } from '@cutover/db';
import { type DeadlineSetting, resolveDeadline } from '@cutover/domain';

export interface WaveDeadline {
  deadline: string;
  source:
    | { kind: 'national' }
    | {
        kind: 'node';
        nodeId: number;
        nodeName: string;
        reason: string;
        setBy: string | null;
        setAt: Date;
      };
}

export function toSetting(row: DeadlineRecord): DeadlineSetting {
  return {
    nodeId: row.orgUnitId,
    deadline: row.deadline,
    reason: row.reason,
    setBy: row.setByUserId,
    setAt: row.setAt,
  };
}

/** The effective deadline of a node for a wave, and where it comes from. */
export function effectiveDeadline(
  path: readonly number[],
  national: string,
  waveId: number,
  settingsOnPath: readonly DeadlineRecord[],
): WaveDeadline {
  const rows = settingsOnPath.filter((row) => row.waveId === waveId);
  const resolved = resolveDeadline(path, national, rows.map(toSetting));
  if (resolved.source === 'national')
    return { deadline: resolved.deadline, source: { kind: 'national' } };
  const { nodeId } = resolved.source;
  const row = rows.find((r) => r.orgUnitId === nodeId);
  return {
    deadline: resolved.deadline,
    source: {
      kind: 'node',
      nodeId,
      nodeName: row?.orgUnitName ?? '',
      reason: resolved.source.reason,
      setBy: row?.setByLogin ?? null,
      setAt: resolved.source.setAt,
    },
  };
}
