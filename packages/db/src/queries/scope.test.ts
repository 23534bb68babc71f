import { isWithin } from '@cutover/domain';
import { and, eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgUnits } from '../schema/index';
import { openTestDatabase, type TestDatabase } from '../testing/index';
import { withinScope } from './scope';

let testDb: TestDatabase;

beforeAll(async () => {
  testDb = await openTestDatabase();
}, 60_000);

afterAll(() => testDb?.drop());

class Rollback extends Error {}

const treeArb = fc
  .array(fc.nat(), { minLength: 2, maxLength: 40 })
  .map((choices) => choices.map((choice, index) => (index === 0 ? null : (choice % index) + 1)));

describe('scope in SQL', () => {
  it('the subtree the database returns equals the pure path check, on random trees', async () => {
    await fc.assert(
      fc.asyncProperty(treeArb, fc.nat(), async (parents, s) => {
        // Ids that share digit prefixes (2, 20, 21, 200...) would fool a string prefix test.
        const idOf = (i: number) => (i === 0 ? 2 : 2 * 10 ** Math.floor(Math.log10(i + 1) + 1) + i);
        const paths: number[][] = [];
        parents.forEach((parent, i) => {
          paths[i] = parent === null ? [idOf(i)] : [...(paths[parent - 1] ?? []), idOf(i)];
        });
        const scopeIndex = s % parents.length;
        const scopePath = paths[scopeIndex] ?? [];
        const expected = paths.filter((p) => isWithin(p, scopePath)).map((p) => p.at(-1));
        try {
          await testDb.database.db.transaction(async (tx) => {
            await tx.insert(orgUnits).values(
              paths.map((path, i) => ({
                id: idOf(i),
                parentId: path.length > 1 ? (path.at(-2) ?? null) : null,
                level: 'institution' as const,
                kind: 'school' as const,
                code: `P-${idOf(i)}`,
                name: `n${i}`,
                path,
                depth: path.length - 1,
              })),
            );
            const rows = await tx
              .select({ id: orgUnits.id })
              .from(orgUnits)
              .where(
                and(
                  withinScope(orgUnits.path, {
                    userId: 1,
                    login: 'x',
                    role: 'auditor',
                    nodeId: idOf(scopeIndex),
                    path: scopePath,
                  }),
                  sql`${orgUnits.code} like 'P-%'`,
                ),
              );
            expect(rows.map((r) => r.id).sort((a, b) => a - b)).toEqual(
              expected.sort((a, b) => (a ?? 0) - (b ?? 0)),
            );
            throw new Rollback();
          });
        } catch (error) {
          if (!(error instanceof Rollback)) throw error;
        }
        const leftovers = await testDb.database.db
          .select()
          .from(orgUnits)
          .where(eq(orgUnits.code, 'P-2'));
        expect(leftovers).toHaveLength(0);
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});
