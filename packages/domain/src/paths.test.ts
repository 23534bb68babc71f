import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ancestorIds, childPath, isWithin, rebasePath, wouldCreateCycle } from './paths';

describe('isWithin', () => {
  it.each([
    { path: [1, 2, 3], ancestor: [1, 2], expected: true },
    { path: [1, 2, 3], ancestor: [1, 2, 3], expected: true },
    { path: [1, 23], ancestor: [1, 2], expected: false },
    { path: [1, 2], ancestor: [1, 2, 3], expected: false },
    { path: [1, 2], ancestor: [], expected: false },
    { path: [7, 2, 3], ancestor: [1, 2], expected: false },
  ])('$path within $ancestor is $expected', ({ path, ancestor, expected }) => {
    expect(isWithin(path, ancestor)).toBe(expected);
  });
});

const pathArb = fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 6 });

describe('path properties', () => {
  it('a path is within each of its prefixes and nothing that differs in a segment', () => {
    fc.assert(
      fc.property(pathArb, fc.integer({ min: 1, max: 6 }), (path, cut) => {
        const prefix = path.slice(0, Math.min(cut, path.length));
        expect(isWithin(path, prefix)).toBe(true);
        const altered = [...prefix];
        altered[altered.length - 1] = (altered.at(-1) ?? 0) + 1000;
        expect(isWithin(path, altered)).toBe(false);
      }),
    );
  });

  it('segment containment matches a string check with delimiters on both sides', () => {
    fc.assert(
      fc.property(pathArb, pathArb, (path, other) => {
        const asText = (p: readonly number[]) => `/${p.join('/')}/`;
        expect(isWithin(path, other)).toBe(asText(path).startsWith(asText(other)));
      }),
    );
  });

  it('a child is within its parent and its ancestors are its parent path', () => {
    fc.assert(
      fc.property(pathArb, fc.integer({ min: 1, max: 10_000 }), (parent, id) => {
        const child = childPath(parent, id);
        expect(isWithin(child, parent)).toBe(true);
        expect(ancestorIds(child)).toEqual(parent);
      }),
    );
  });

  it('moving a node under its own descendant is a cycle; rebasing keeps the tail', () => {
    fc.assert(
      fc.property(pathArb, pathArb, pathArb, (node, tail, target) => {
        const descendant = [...node, ...tail.map((t) => t + 10_000)];
        expect(wouldCreateCycle(node, descendant)).toBe(true);
        expect(rebasePath(descendant, node, target)).toEqual([
          ...target,
          ...descendant.slice(node.length),
        ]);
      }),
    );
  });
});
