import { describe, expect, it } from 'vitest';
import { overrideStatuses } from './overrideStatus';

const row = (orgUnitId: number, orgUnitPath: number[], locked = false) => ({
  orgUnitId,
  orgUnitPath,
  locked,
});

describe('overrideStatuses', () => {
  it('lets settings below an unlocked node apply', () => {
    const statuses = overrideStatuses([row(2, [1, 2]), row(3, [1, 2, 3])], false);
    expect([...statuses.values()]).toEqual(['applies', 'applies']);
  });

  it('shadows every setting below a node locked at or above it', () => {
    const statuses = overrideStatuses([row(2, [1, 2])], true);
    expect(statuses.get(2)).toBe('shadowed_by_lock');
  });

  it('shadows settings under a lock between the node and them, not beside it', () => {
    const rows = [row(2, [1, 2], true), row(3, [1, 2, 3]), row(4, [1, 4, 5])];
    const statuses = overrideStatuses(rows, false);
    expect(statuses.get(2)).toBe('applies');
    expect(statuses.get(3)).toBe('shadowed_by_lock');
    expect(statuses.get(4)).toBe('applies');
  });
});
