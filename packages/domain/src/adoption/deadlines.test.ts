import { describe, expect, it } from 'vitest';
import {
  type DeadlineSetting,
  descendantConflicts,
  resolveDeadline,
  validateDeadlineSetting,
} from './deadlines';

const NATIONAL = '2026-06-30';
const setAt = new Date('2025-09-01T10:00:00Z');
const setting = (nodeId: number, deadline: string): DeadlineSetting => ({
  nodeId,
  deadline,
  reason: `node ${nodeId} tightened`,
  setBy: 100 + nodeId,
  setAt,
});

// Country 1 > region 2 > municipality 3 > school 4; region 2 and school 4 set their own.
const settings = [setting(2, '2026-03-31'), setting(4, '2026-02-15'), setting(9, '2025-12-01')];

describe('resolveDeadline', () => {
  it.each([
    { path: [1], expected: NATIONAL, from: 'national' },
    { path: [1, 2], expected: '2026-03-31', from: 2 },
    { path: [1, 2, 3], expected: '2026-03-31', from: 2 },
    { path: [1, 2, 3, 4], expected: '2026-02-15', from: 4 },
    { path: [1, 5, 6], expected: NATIONAL, from: 'national' },
    { path: [], expected: NATIONAL, from: 'national' },
  ])('$path resolves to $expected from $from', ({ path, expected, from }) => {
    const effective = resolveDeadline(path, NATIONAL, settings);
    expect(effective.deadline).toBe(expected);
    if (typeof from === 'number') {
      const reason = `node ${from} tightened`;
      expect(effective.source).toEqual({ nodeId: from, reason, setBy: 100 + from, setAt });
    } else expect(effective.source).toBe('national');
  });

  it('keeps only the provenance fields of a stored row', () => {
    const row = { ...setting(2, '2026-03-31'), id: 7, waveId: 3, version: 2 };
    expect(resolveDeadline([1, 2], NATIONAL, [row]).source).toEqual({
      nodeId: 2,
      reason: 'node 2 tightened',
      setBy: 102,
      setAt,
    });
  });
});

describe('validateDeadlineSetting', () => {
  it.each([
    { path: [1, 2, 3], proposed: '2026-03-01', ok: true },
    { path: [1, 2, 3], proposed: '2026-03-31', ok: true },
    { path: [1, 2, 3], proposed: '2026-04-01', ok: false, bound: '2026-03-31', from: 2 },
    { path: [1, 2], proposed: '2026-06-30', ok: true },
    { path: [1, 2], proposed: '2026-07-01', ok: false, bound: NATIONAL, from: 'national' },
    // The node's own current setting is being replaced, so it does not bind.
    { path: [1, 2, 3, 4], proposed: '2026-03-20', ok: true },
    { path: [1, 2, 3, 4], proposed: '2026-04-20', ok: false, bound: '2026-03-31', from: 2 },
  ])('$proposed at $path: ok=$ok', ({ path, proposed, ok, bound, from }) => {
    const result = validateDeadlineSetting(path, proposed, settings, NATIONAL);
    expect(result.ok).toBe(ok);
    if (result.ok || result.reason !== 'later_than_parent') return;
    expect(result.parent.deadline).toBe(bound);
    const source = result.parent.source;
    expect(source === 'national' ? source : source.nodeId).toBe(from);
  });

  it.each(['2026-02-30', '30.06.2026', ''])('refuses the malformed date %j', (proposed) => {
    expect(validateDeadlineSetting([1, 2], proposed, settings, NATIONAL)).toEqual({
      ok: false,
      reason: 'invalid_date',
    });
  });
});

describe('descendantConflicts', () => {
  const withPaths = [
    { ...setting(2, '2026-03-31'), path: [1, 2] },
    { ...setting(4, '2026-02-15'), path: [1, 2, 3, 4] },
    { ...setting(3, '2026-03-10'), path: [1, 2, 3] },
    { ...setting(23, '2026-05-01'), path: [1, 23] },
  ];

  it.each([
    { node: [1, 2], deadline: '2026-02-01', expected: [3, 4] },
    { node: [1, 2], deadline: '2026-03-05', expected: [3] },
    { node: [1, 2], deadline: '2026-04-01', expected: [] },
    { node: [1, 2, 3], deadline: '2026-01-31', expected: [4] },
    { node: [1], deadline: '2026-02-01', expected: [2, 23, 3, 4] },
  ])('a new $deadline at $node conflicts with $expected', ({ node, deadline, expected }) => {
    const conflicts = descendantConflicts(node, deadline, withPaths);
    expect(conflicts.map((conflict) => conflict.nodeId)).toEqual(expected);
  });
});
