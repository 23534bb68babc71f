import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWithin, rebasePath, wouldCreateCycle } from './paths';

/** A random tree as a parent list: node i (1-based) has a parent among the nodes before it. */
const treeArb = fc
  .array(fc.nat(), { minLength: 1, maxLength: 60 })
  .map((choices) => choices.map((choice, index) => (index === 0 ? null : (choice % index) + 1)));

function pathsOf(parents: (number | null)[]): number[][] {
  const paths: number[][] = [];
  parents.forEach((parent, index) => {
    const id = index + 1;
    paths[index] = parent === null ? [id] : [...(paths[parent - 1] ?? []), id];
  });
  return paths;
}

/** The naive answer: walk up the parent pointers from the node. */
function naiveIsDescendant(parents: (number | null)[], node: number, ancestor: number): boolean {
  for (
    let current: number | null = node;
    current !== null;
    current = parents[current - 1] ?? null
  ) {
    if (current === ancestor) return true;
  }
  return false;
}

describe('scope on random trees', () => {
  it('segment containment of materialized paths equals walking up the parents', () => {
    fc.assert(
      fc.property(treeArb, fc.nat(), fc.nat(), (parents, a, b) => {
        const paths = pathsOf(parents);
        const node = (a % parents.length) + 1;
        const scope = (b % parents.length) + 1;
        const nodePath = paths[node - 1] ?? [];
        const scopePath = paths[scope - 1] ?? [];
        expect(isWithin(nodePath, scopePath)).toBe(naiveIsDescendant(parents, node, scope));
      }),
      { numRuns: 500 },
    );
  });

  it('every node sees exactly its subtree: no sibling with a shared id prefix slips in', () => {
    fc.assert(
      fc.property(treeArb, fc.nat(), (parents, s) => {
        const paths = pathsOf(parents).map((path) => path.map((id) => id * 10 + (id % 3)));
        const scope = paths[s % paths.length] ?? [];
        const visible = paths.filter((path) => isWithin(path, scope));
        const expected = paths.filter(
          (path) => path.slice(0, scope.length).join('/') === scope.join('/'),
        );
        expect(visible).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('moving a subtree never puts a node under itself and keeps every other path intact', () => {
    fc.assert(
      fc.property(treeArb, fc.nat(), fc.nat(), (parents, m, t) => {
        const paths = pathsOf(parents);
        const moved = paths[m % paths.length] ?? [];
        const target = paths[t % paths.length] ?? [];
        if (moved.length === 1) return; // the root does not move
        if (wouldCreateCycle(moved, target)) {
          expect(naiveIsDescendant(parents, target.at(-1) ?? 0, moved.at(-1) ?? 0)).toBe(true);
          return;
        }
        for (const path of paths) {
          const after = isWithin(path, moved)
            ? rebasePath(path, moved, [...target, ...moved.slice(-1)])
            : path;
          expect(new Set(after).size).toBe(after.length);
          if (!isWithin(path, moved)) expect(after).toEqual(path);
        }
      }),
      { numRuns: 300 },
    );
  });
});
