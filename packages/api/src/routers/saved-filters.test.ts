import type { TestDatabase } from '@cutover/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditSince, failure, lastAuditId } from '../staff/testing';
import type { Caller } from '../testing/callers';
import { openTreeDatabase } from '../testing/tree-database';

let testDb: TestDatabase;
let anna: Caller;
let boris: Caller;
let auditor: Caller;

beforeAll(async () => {
  // Two admins of the very same district: sharing a scope shares no saved filters.
  ({
    testDb,
    signedIn: [{ caller: anna }, { caller: boris }, { caller: auditor }],
  } = await openTreeDatabase(
    { name: 'anna', role: 'district_admin', scopeCode: 'T-R0M0' },
    { name: 'boris', role: 'district_admin', scopeCode: 'T-R0M0' },
    { name: 'aud', role: 'auditor', scopeCode: 'T-RU' },
  ));
}, 60_000);

afterAll(() => testDb?.drop());

describe('saved filters', () => {
  it('belong to the user who saved them: others neither list nor delete them', async () => {
    const since = await lastAuditId(testDb.database);
    const mine = await anna.savedFilters.create({
      resource: 'staff',
      name: 'Not invited teachers',
      filter: { funnelStatus: ['not_invited'], role: 'teacher' },
    });
    expect(mine).toMatchObject({ resource: 'staff', filter: { role: 'teacher' } });
    await boris.savedFilters.create({
      resource: 'staff',
      name: 'Not invited teachers',
      filter: {},
    });

    expect((await anna.savedFilters.list({ resource: 'staff' })).map((f) => f.id)).toEqual([
      mine.id,
    ]);
    expect((await boris.savedFilters.list({ resource: 'staff' })).map((f) => f.id)).not.toContain(
      mine.id,
    );
    expect(await anna.savedFilters.list({ resource: 'chats' })).toEqual([]);

    expect(await failure(boris.savedFilters.delete({ id: mine.id }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await failure(auditor.savedFilters.delete({ id: mine.id }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await anna.savedFilters.list({ resource: 'staff' })).toHaveLength(1);

    expect(await anna.savedFilters.delete({ id: mine.id })).toMatchObject({ id: mine.id });
    expect(await anna.savedFilters.list({ resource: 'staff' })).toEqual([]);
    const audits = await auditSince(testDb.database, 'savedFilter', since);
    expect(audits.map((a) => [a.action, a.actor_login])).toEqual([
      ['saved_filter.create', 'anna@test'],
      ['saved_filter.create', 'boris@test'],
      ['saved_filter.delete', 'anna@test'],
    ]);
  });

  it("keep a private filter's name and contents out of the audit log that colleagues read", async () => {
    const secretName = 'Teachers Anna is checking on';
    const secretValue = 'ivanova-watchlist';
    const saved = await anna.savedFilters.create({
      resource: 'staff',
      name: secretName,
      filter: { q: secretValue, funnelStatus: ['not_invited'] },
    });
    await anna.savedFilters.delete({ id: saved.id });

    const entriesFor = async (reader: Caller) => {
      const { data } = await reader.auditLog.list({
        page: 1,
        perPage: 50,
        sort: { field: 'id', order: 'ASC' },
        filter: { entityType: 'savedFilter', entityId: String(saved.id) },
      });
      const shown = await Promise.all(data.map((entry) => reader.auditLog.byId({ id: entry.id })));
      return { data, shown };
    };
    const colleague = await entriesFor(boris);
    // The colleague still learns who created and deleted which filter, and that it was private.
    expect(
      colleague.data.map((e) => [e.action, e.actorLogin, e.entityId, e.before, e.after]),
    ).toEqual([
      [
        'saved_filter.create',
        'anna@test',
        String(saved.id),
        null,
        { resource: 'staff', visibility: 'private' },
      ],
      [
        'saved_filter.delete',
        'anna@test',
        String(saved.id),
        { resource: 'staff', visibility: 'private' },
        null,
      ],
    ]);
    for (const readable of [colleague, await entriesFor(auditor)]) {
      const text = JSON.stringify(readable);
      expect(text).not.toContain(secretName);
      expect(text).not.toContain(secretValue);
    }
    // The owner reads the very same entries: the log shows one story to everyone in scope.
    expect(await entriesFor(anna)).toEqual(colleague);
  });

  it('is open to every role, a read-only auditor included', async () => {
    const saved = await auditor.savedFilters.create({
      resource: 'auditLog',
      name: 'Transfers',
      filter: { action: 'staff.transfer' },
    });
    expect(await auditor.savedFilters.list({ resource: 'auditLog' })).toEqual([saved]);
  });

  it('refuses a second filter of the same name, an unknown resource and an oversized filter', async () => {
    await anna.savedFilters.create({
      resource: 'chats',
      name: 'Legacy',
      filter: { status: 'legacy' },
    });
    expect(
      await failure(anna.savedFilters.create({ resource: 'chats', name: 'Legacy', filter: {} })),
    ).toMatchObject({ code: 'BAD_REQUEST', fields: { name: 'errors.duplicate' } });
    expect(
      await anna.savedFilters.create({ resource: 'staff', name: 'Legacy', filter: {} }),
    ).toMatchObject({ resource: 'staff', name: 'Legacy' });
    expect(
      await failure(
        anna.savedFilters.create({
          resource: 'secrets' as unknown as 'staff',
          name: 'x',
          filter: {},
        }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST' });
    expect(
      await failure(
        anna.savedFilters.create({
          resource: 'staff',
          name: 'big',
          filter: { q: 'x'.repeat(5000) },
        }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST' });
  });
});
