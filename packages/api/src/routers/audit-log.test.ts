import { recordAudit } from '@cutover/db';
import type { TestDatabase } from '@cutover/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignedIn } from '../testing/callers';
import { openTreeDatabase } from '../testing/tree-database';

let testDb: TestDatabase;
let auditor: SignedIn;
let school: SignedIn;
let outside: SignedIn;

const page = { pagination: { page: 1, perPage: 50 }, sort: { field: 'id', order: 'ASC' as const } };
const system = { userId: null, login: null, requestId: null, clientIp: null };

beforeAll(async () => {
  ({
    testDb,
    signedIn: [auditor, school, outside],
  } = await openTreeDatabase(
    { name: 'auditor R1', role: 'auditor', scopeCode: 'T-R1' },
    { name: 'school R1M1S0', role: 'school_admin', scopeCode: 'T-R1M1S0' },
    { name: 'school R0M0S0', role: 'school_admin', scopeCode: 'T-R0M0S0' },
  ));
}, 60_000);

afterAll(() => testDb?.drop());

describe('audit entries about an account', () => {
  it('name the account by login, not by its id', async () => {
    const { db } = testDb.database;
    const actor = { ...system, userId: school.user.id, login: school.user.login };
    await recordAudit(db, actor, {
      action: 'auth.sign_in',
      entityType: 'session',
      entityId: school.user.id,
      orgPath: school.node.path,
    });
    // An entry inside the auditor's subtree about an account outside it: the id, no login.
    await recordAudit(db, system, {
      action: 'user.update',
      entityType: 'user',
      entityId: outside.user.id,
      orgPath: school.node.path,
    });
    const { data } = await auditor.caller.auditLog.list({ ...page, filter: {} });
    const labels = data.map((row) => [row.action, row.entityId, row.entityLabel]);
    expect(labels).toEqual([
      ['auth.sign_in', String(school.user.id), school.user.login],
      ['user.update', String(outside.user.id), null],
    ]);
    const [entry] = data;
    if (!entry) throw new Error('no entry');
    const shown = await auditor.caller.auditLog.byId({ id: entry.id });
    expect(shown.entityLabel).toBe(school.user.login);
  });
});
