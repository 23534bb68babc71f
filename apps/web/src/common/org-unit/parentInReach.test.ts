import { describe, expect, it } from 'vitest';
import { parentInReach, parentInScope } from './parentInReach';

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

describe('parentInScope', () => {
  it('is true only when the parent lies at or below the caller scope node', () => {
    // Country 1, region 2, municipality 30, school 400.
    expect(parentInScope({ parentId: 30, path: [1, 2, 30, 400] }, 30)).toBe(true);
    expect(parentInScope({ parentId: 2, path: [1, 2, 30] }, 1)).toBe(true);
    // A district admin on their own municipality: the region is above the scope.
    expect(parentInScope({ parentId: 2, path: [1, 2, 30] }, 30)).toBe(false);
    expect(parentInScope({ parentId: 2, path: [1, 2, 30] }, undefined)).toBe(false);
    expect(parentInScope({ parentId: null, path: [1] }, 1)).toBe(false);
  });
});
