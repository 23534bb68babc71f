import type { TestDatabase } from '@cutover/db/testing';
import type { Role } from '@cutover/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditSince, failure, lastAuditId } from '../staff/testing';
import type { Caller } from '../testing/callers';
import { openTreeDatabase } from '../testing/tree-database';
import type { Tree } from '../testing/tree-fixture';

let testDb: TestDatabase;
let tree: Tree;
let federal: Caller;

beforeAll(async () => {
  ({
    testDb,
    tree,
    signedIn: [{ caller: federal }],
  } = await openTreeDatabase({ name: 'fed', role: 'federal_admin', scopeCode: 'T-RU' }));
}, 60_000);

afterAll(() => testDb?.drop());

/** An account created through the API by the federal admin, to be changed by the test. */
async function createdUser(login: string, displayName: string, role: Role, scopeCode: string) {
  const created = await federal.users.create({
    login,
    displayName,
    role,
    scopeOrgUnitId: tree.byCode(scopeCode).id,
    password: 'a long enough password',
  });
  if (!created) throw new Error('no user created');
  return created;
}

function present<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}

describe('changing an account', () => {
  it('audits disabling, enabling and renaming as three different actions', async () => {
    const created = await createdUser(
      'district.head@example.org',
      'Глава района',
      'district_admin',
      'T-R0M0',
    );
    const since = await lastAuditId(testDb.database);

    const disabled = present(
      await federal.users.update({
        id: created.id,
        version: created.version,
        disabled: true,
      }),
    );
    const enabled = present(
      await federal.users.update({
        id: created.id,
        version: disabled.version,
        disabled: false,
      }),
    );
    const renamed = present(
      await federal.users.update({
        id: created.id,
        version: enabled.version,
        displayName: 'Глава администрации района',
      }),
    );
    expect(renamed.disabledAt).toBeNull();

    const audit = await auditSince(testDb.database, 'user', since);
    expect(audit.map((row) => row.action)).toEqual(['user.disable', 'user.enable', 'user.update']);
    expect(audit[1]?.before).toMatchObject({ disabledAt: expect.any(String) });
    expect(audit[1]?.after).toMatchObject({ disabledAt: null });
  });

  it('refuses a stale version instead of overwriting', async () => {
    const created = await createdUser(
      'school.head@example.org',
      'Директор',
      'school_admin',
      'T-R0M0S0',
    );
    await federal.users.update({ id: created.id, version: created.version, displayName: 'Один' });
    const stale = federal.users.update({
      id: created.id,
      version: created.version,
      displayName: 'Другой',
    });
    expect(await failure(stale)).toMatchObject({ code: 'CONFLICT' });
  });
});
