import { describe, expect, it } from 'vitest';
import { readPolicyChange } from './auditChange';

describe('readPolicyChange', () => {
  it('reads a first setting: nothing before, the value and lock after', () => {
    const change = readPolicyChange({
      action: 'policy.set',
      entityId: 'childrens_mode.enabled',
      orgPath: [1],
      before: null,
      after: { value: true, locked: true, reason: 'national rule' },
    });
    expect(change).toEqual({
      verb: 'set',
      key: 'childrens_mode.enabled',
      nodeId: 1,
      before: null,
      after: { value: true, locked: true },
      reason: 'national rule',
    });
  });

  it('reads a removal: the old setting before, only the reason after', () => {
    const change = readPolicyChange({
      action: 'policy.remove',
      entityId: 'childrens_mode.pin_length',
      orgPath: [1, 5, 9],
      before: { value: 6, locked: false, reason: 'old' },
      after: { reason: 'back to the regional rule' },
    });
    expect(change.nodeId).toBe(9);
    expect(change.before).toEqual({ value: 6, locked: false });
    expect(change.after).toBeNull();
    expect(change.reason).toBe('back to the regional rule');
  });

  it('keeps a null value apart from no setting, and ignores unknown keys', () => {
    const change = readPolicyChange({
      action: 'policy.update',
      entityId: 'nope',
      orgPath: null,
      before: { value: null, locked: false },
      after: 'garbage',
    });
    expect(change).toMatchObject({ key: null, nodeId: null, reason: null, after: null });
    expect(change.before).toEqual({ value: null, locked: false });
  });
});
