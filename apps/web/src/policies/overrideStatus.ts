import { isWithin } from '@cutover/domain';
import type { SettingStatus } from './kinds';

interface Override {
  orgUnitId: number;
  orgUnitPath: readonly number[];
  locked: boolean;
}

/**
 * Whether each setting below a node applies or is shadowed: by a lock at or above the node,
 * or by a locked setting between the node and it.
 */
export function overrideStatuses(
  rows: readonly Override[],
  lockedAtOrAbove: boolean,
): Map<number, SettingStatus> {
  const locks = rows.filter((row) => row.locked);
  return new Map(
    rows.map((row) => {
      const shadowed =
        lockedAtOrAbove ||
        locks.some(
          (lock) =>
            lock.orgUnitPath.length < row.orgUnitPath.length &&
            isWithin(row.orgUnitPath, lock.orgUnitPath),
        );
      return [row.orgUnitId, shadowed ? 'shadowed_by_lock' : 'applies'];
    }),
  );
}
