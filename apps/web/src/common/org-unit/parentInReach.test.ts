import { describe, expect, it } from 'vitest';
import { parentInReach } from './parentInReach';

describe('parentInReach', () => {
  it('is true only when the parent is among the ancestors the caller can see', () => {
    expect(parentInReach({ parentId: 30, ancestors: [{ id: 2 }, { id: 30 }] })).toBe(true);
    // A district admin on their own municipality: its region is out of reach.
    expect(parentInReach({ parentId: 2, ancestors: [] })).toBe(false);
    // The list row, before byId has answered with the ancestors.
    expect(parentInReach({ parentId: 2 })).toBe(false);
    expect(parentInReach({ parentId: null, ancestors: [] })).toBe(false);
  });
});
