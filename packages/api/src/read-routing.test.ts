import { type Database, openDatabase } from '@cutover/db';
import { openTestDatabase, type TestDatabase } from '@cutover/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiDeps } from './context';
import { READ_AFTER_WRITE_MS, type ReadPool, type ReadReason, routeRead } from './read-routing';
import { browserCaller, type CookieJar, signedInCaller, testDeps } from './testing/callers';
import { buildTree, type Tree } from './testing/tree-fixture';

/**
 * Two databases stand in for a primary and its replica: both hold the fixture tree, and
 * what is written through the app lands on the primary only, as if the replica lagged. So
 * a read that sees a fresh write came from the primary, one that does not from the replica.
 */
let primary: TestDatabase;
let replica: TestDatabase;
let refusing: Database;
let tree: Tree;
let reads: [ReadPool, ReadReason][] = [];

const depsWith = (readDatabase: Database): ApiDeps => ({
  ...testDeps(primary.database),
  readDatabase,
  observeRead: (pool, reason, kind) => {
    if (kind === 'query') reads.push([pool, reason]);
  },
});

async function signedIn(readDatabase: Database, name: string) {
  const deps = depsWith(readDatabase);
  const { context } = await signedInCaller(deps, tree, {
    name,
    role: 'district_admin',
    scopeCode: 'T-R0M0',
  });
  const jar: CookieJar = { token: context.request.sessionToken };
  return { jar, caller: browserCaller(deps, jar), deps };
}

const newPerson = (fullName: string) => ({
  orgUnitId: tree.byCode('T-R0M0S0').id,
  fullName,
  role: 'teacher' as const,
});
const names = (list: { data: { fullName: string }[] }) => list.data.map((row) => row.fullName);
const listing = { page: 1, perPage: 100, filter: { q: 'Репликов' } };

beforeAll(async () => {
  [primary, replica] = await Promise.all([openTestDatabase(), openTestDatabase()]);
  tree = await buildTree(primary.database);
  await buildTree(replica.database);
  // Nothing listens on port 9: every connection is refused at once.
  refusing = await openDatabase({ url: 'postgres://cutover@127.0.0.1:9/none', lazy: true });
}, 120_000);

afterAll(async () => {
  await refusing?.close();
  await Promise.all([primary?.drop(), replica?.drop()]);
});

describe('read routing', () => {
  it('reads go to the replica; after a write the same client reads from the primary', async () => {
    const { jar, caller } = await signedIn(replica.database, 'writer');
    const other = await signedIn(replica.database, 'bystander');
    reads = [];
    await caller.staff.list(listing);
    expect(reads).toEqual([['read', 'replica']]);

    await caller.staff.create(newPerson('Репликов Роман'));
    expect(jar.primaryUntil).toBeGreaterThan(Date.now());
    reads = [];
    expect(names(await caller.staff.list(listing))).toEqual(['Репликов Роман']);
    expect(reads).toEqual([['primary', 'after-write']]);

    // Another client, with no write of its own, still reads the (lagging) replica.
    expect(names(await other.caller.staff.list(listing))).toEqual([]);
    expect(reads).toEqual([
      ['primary', 'after-write'],
      ['read', 'replica'],
    ]);

    // Once the window has passed, the writer is back on the replica.
    jar.primaryUntil = Date.now() - 1;
    expect(names(await caller.staff.list(listing))).toEqual([]);
  });

  it('a replica that refuses connections: reads fall back to the primary, then skip it', async () => {
    const { caller } = await signedIn(refusing, 'fallback reader');
    reads = [];
    expect(names(await caller.staff.list(listing))).toEqual(['Репликов Роман']);
    expect(reads).toEqual([
      ['read', 'replica'],
      ['primary', 'fallback'],
    ]);
    reads = [];
    await caller.staff.list(listing);
    expect(reads).toEqual([['primary', 'replica-down']]);
  });

  it('a write never touches the replica and succeeds while it is away', async () => {
    const { caller, jar } = await signedIn(refusing, 'away writer');
    reads = [];
    const created = await caller.staff.create(newPerson('Репликов Второй'));
    expect(created.fullName).toBe('Репликов Второй');
    expect(reads).toEqual([]);
    expect(jar.primaryUntil).toBeGreaterThan(Date.now());
  });

  it('ignores a read-after-write time beyond its own window', () => {
    const deps = { database: primary.database, readDatabase: replica.database };
    const now = Date.now();
    expect(routeRead(deps, now + READ_AFTER_WRITE_MS * 10, now).reason).toBe('replica');
    expect(routeRead(deps, now + 1_000, now).reason).toBe('after-write');
    expect(routeRead({ database: primary.database }, undefined, now).reason).toBe('no-replica');
  });
});
