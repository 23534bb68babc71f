import { schema, verifyAuditChain } from '@cutover/db';
import type { TestDatabase } from '@cutover/db/testing';
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditSince, failure, lastAuditId } from '../staff/testing';
import type { Caller } from '../testing/callers';
import { openTreeDatabase } from '../testing/tree-database';
import type { Tree } from '../testing/tree-fixture';

let testDb: TestDatabase;
let tree: Tree;
let district: Caller;

type ChatValues = Partial<typeof schema.officialChats.$inferInsert>;

async function seedChats(rows: readonly (ChatValues & { code: string })[]) {
  const inserted = await testDb.database.db
    .insert(schema.officialChats)
    .values(
      rows.map(({ code, ...values }) => ({
        orgUnitId: tree.byCode(code).id,
        kind: 'class_parent' as const,
        title: 'Родители 5А',
        classLabel: '5А',
        legacyPlatform: 'whatsapp' as const,
        parentsExpected: 25,
        ...values,
      })),
    )
    .returning({ id: schema.officialChats.id });
  return inserted.map((row) => row.id);
}

async function statusesOf(ids: readonly number[]) {
  const rows = await testDb.database.db
    .select({ id: schema.officialChats.id, status: schema.officialChats.status })
    .from(schema.officialChats)
    .where(inArray(schema.officialChats.id, [...ids]));
  return ids.map((id) => rows.find((r) => r.id === id)?.status);
}

beforeAll(async () => {
  ({
    testDb,
    tree,
    signedIn: [{ caller: district }],
  } = await openTreeDatabase({ name: 'dis', role: 'district_admin', scopeCode: 'T-R0M0' }));
}, 60_000);

afterAll(() => testDb?.drop());

describe('listing chats', () => {
  it('filters by status, kind, platform and text, only inside the scope', async () => {
    const [parents, pupils, staffChat] = await seedChats([
      { code: 'T-R0M0S0', classLabel: '7Б', title: 'Родители 7Б', status: 'migrating' },
      { code: 'T-R0M0S1', kind: 'class_pupil', classLabel: '7Б', legacyPlatform: 'telegram' },
      {
        code: 'T-R0M0S1',
        kind: 'staff',
        classLabel: null,
        title: 'Учительская',
        status: 'migrated',
      },
      { code: 'T-R0M1S0', classLabel: '7Б', status: 'migrating' },
    ]);
    const ids = async (filter: Record<string, unknown>) =>
      (await district.chats.list({ page: 1, perPage: 50, filter })).data.map((c) => c.id).sort();
    expect(await ids({ q: '7б' })).toEqual([parents, pupils].sort());
    expect(await ids({ status: ['migrating', 'migrated'] })).toEqual([parents, staffChat].sort());
    expect(await ids({ kind: 'class_pupil' })).toEqual([pupils]);
    expect(await ids({ legacyPlatform: 'telegram' })).toEqual([pupils]);
    expect(await ids({ q: 'учительская', orgUnitId: tree.byCode('T-R0M0S1').id })).toEqual([
      staffChat,
    ]);
    expect(await ids({ withinId: tree.byCode('T-R0M1').id })).toEqual([]);
    const [chat] = await district.chats.byIds({ ids: [parents ?? 0] });
    expect(chat?.orgUnitPath).toEqual(tree.byCode('T-R0M0S0').path);
  });
});

describe('editing a chat', () => {
  it('stamps migration and closing as the status moves, and audits each change', async () => {
    const [id = 0] = await seedChats([{ code: 'T-R0M0S0', parentsJoined: 3 }]);
    const since = await lastAuditId(testDb.database);
    const migrated = await district.chats.update({ id, version: 1, status: 'migrated' });
    expect(migrated.migratedAt).toBeInstanceOf(Date);
    expect(migrated.legacyClosedAt).toBeNull();
    const closed = await district.chats.update({ id, version: 2, status: 'legacy_closed' });
    expect(closed.migratedAt).toEqual(migrated.migratedAt);
    expect(closed.legacyClosedAt).toBeInstanceOf(Date);
    const reopened = await district.chats.update({ id, version: 3, status: 'legacy' });
    expect(reopened).toMatchObject({ migratedAt: null, legacyClosedAt: null, version: 4 });
    const audits = await auditSince(testDb.database, 'chat', since);
    expect(audits.map((a) => [a.action, a.before?.status, a.after?.status])).toEqual([
      ['chat.update', 'legacy', 'migrated'],
      ['chat.update', 'migrated', 'legacy_closed'],
      ['chat.update', 'legacy_closed', 'legacy'],
    ]);
  });

  it('refuses more parents joined than expected, a stale version and chats out of scope', async () => {
    const [id = 0, outside = 0] = await seedChats([
      { code: 'T-R0M0S0', parentsExpected: 20, parentsJoined: 10 },
      { code: 'T-R1M0S0' },
    ]);
    expect(
      await failure(district.chats.update({ id, version: 1, parentsJoined: 21 })),
    ).toMatchObject({
      code: 'BAD_REQUEST',
      fields: { parentsJoined: 'errors.joined_exceeds_expected' },
    });
    expect(
      await failure(district.chats.update({ id, version: 1, parentsExpected: 9 })),
    ).toMatchObject({ fields: { parentsExpected: 'errors.joined_exceeds_expected' } });
    const ok = await district.chats.update({
      id,
      version: 1,
      parentsExpected: 30,
      parentsJoined: 30,
      title: 'Родители 5А (новый)',
    });
    expect(ok).toMatchObject({ parentsExpected: 30, parentsJoined: 30, version: 2 });
    expect(await failure(district.chats.update({ id, version: 1, title: 'Stale' }))).toEqual({
      code: 'CONFLICT',
      message: 'errors.stale_version',
      fields: {},
    });
    expect(await failure(district.chats.byId({ id: outside }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(
      await failure(district.chats.update({ id: outside, version: 1, title: 'Not mine' })),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('bulk status change', () => {
  it('by filter changes only in-scope matches, one audit row each, and the chain verifies', async () => {
    const ids = await seedChats([
      { code: 'T-R0M0S0', title: 'Bulkchat 1' },
      { code: 'T-R0M0S1', title: 'Bulkchat 2' },
      { code: 'T-R0M0S1', title: 'Bulkchat 3', status: 'migrated' },
      { code: 'T-R0M1S0', title: 'Bulkchat 4' },
    ]);
    const filter = { q: 'bulkchat' };
    const since = await lastAuditId(testDb.database);
    expect(await district.chats.bulkStatus({ status: 'migrated', filter, dryRun: true })).toEqual({
      affected: 2,
    });
    expect(await district.chats.bulkStatus({ status: 'migrated', filter })).toEqual({
      affected: 2,
    });
    expect(await statusesOf(ids)).toEqual(['migrated', 'migrated', 'migrated', 'legacy']);
    const audits = await auditSince(testDb.database, 'chat', since);
    expect(audits.map((a) => Number(a.entity_id))).toEqual([ids[0], ids[1]]);
    for (const row of audits) {
      expect(row).toMatchObject({
        action: 'chat.status',
        before: { status: 'legacy' },
        after: { status: 'migrated', bulk: true, legacyClosedAt: null },
      });
      expect(row.after?.migratedAt).toEqual(expect.any(String));
    }
    expect(await verifyAuditChain(testDb.database.db)).toMatchObject({ ok: true });
  });

  it('by ids ignores chats outside the scope', async () => {
    const ids = await seedChats([{ code: 'T-R0M0S0' }, { code: 'T-R1M1S1' }]);
    expect(await district.chats.bulkStatus({ status: 'legacy_closed', ids })).toEqual({
      affected: 1,
    });
    expect(await statusesOf(ids)).toEqual(['legacy_closed', 'legacy']);
    const [closed] = await district.chats.byIds({ ids });
    expect(closed?.migratedAt).toBeInstanceOf(Date);
    expect(closed?.legacyClosedAt).toBeInstanceOf(Date);
  });
});
