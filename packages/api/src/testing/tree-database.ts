import { openTestDatabase } from '@cutover/db/testing';
import { type SignedIn, signedInCaller, testDeps } from './callers';
import { buildTree, type Persona } from './tree-fixture';

/**
 * A fresh test database holding the scope-test tree, with each persona signed in on it.
 * Open it in `beforeAll` and drop its `testDb` in `afterAll`.
 */
export async function openTreeDatabase<const P extends readonly Persona[]>(...personas: P) {
  const testDb = await openTestDatabase();
  const tree = await buildTree(testDb.database);
  const deps = testDeps(testDb.database);
  const signedIn: SignedIn[] = [];
  // One after another, so that account ids follow the order the personas are given in.
  for (const persona of personas) signedIn.push(await signedInCaller(deps, tree, persona));
  return { testDb, tree, signedIn: signedIn as { -readonly [K in keyof P]: SignedIn } };
}
