import type { TestDatabase } from '@cutover/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignedIn } from '../testing/callers';
import { openTreeDatabase } from '../testing/tree-database';

let testDb: TestDatabase;
let auditorR1: SignedIn;
let auditorCountry: SignedIn;
let schoolR1: SignedIn;
let schoolR0: SignedIn;

const signOuts = {
  pagination: { page: 1, perPage: 50 },
  sort: { field: 'id', order: 'ASC' as const },
  filter: { action: 'auth.' },
};

beforeAll(async () => {
  ({
    testDb,
    signedIn: [auditorR1, auditorCountry, schoolR1, schoolR0],
  } = await openTreeDatabase(
    { name: 'auditor R1', role: 'auditor', scopeCode: 'T-R1' },
    { name: 'auditor country', role: 'auditor', scopeCode: 'T-RU' },
    { name: 'school R1M1S0', role: 'school_admin', scopeCode: 'T-R1M1S0' },
    { name: 'school R0M0S0', role: 'school_admin', scopeCode: 'T-R0M0S0' },
  ));
  await schoolR1.caller.auth.signOut();
  await schoolR0.caller.auth.signOut();
}, 60_000);

afterAll(() => testDb?.drop());

const records = async (reader: SignedIn) =>
  (await reader.caller.auditLog.list(signOuts)).data.map((row) => [row.entityId, row.entityLabel]);

describe('audit entries about a session', () => {
  it('name the account by login, not only by its id', async () => {
    expect(await records(auditorCountry)).toEqual([
      [String(schoolR1.user.id), schoolR1.user.login],
      [String(schoolR0.user.id), schoolR0.user.login],
    ]);
  });

  it('within the reader scope only', async () => {
    expect(await records(auditorR1)).toEqual([[String(schoolR1.user.id), schoolR1.user.login]]);
    const { data } = await auditorR1.caller.auditLog.list(signOuts);
    const entry = data[0];
    if (!entry) throw new Error('no entry');
    expect((await auditorR1.caller.auditLog.byId({ id: entry.id })).entityLabel).toBe(
      schoolR1.user.login,
    );
  });
});
