import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from './audit-verify';
import { queryRows } from './client';
import { recordAudit } from './queries/audit-log/audit';
import { openTestDatabase, type TestDatabase } from './testing/index';

let testDb: TestDatabase;
const actor = { userId: 7, login: 'tester', requestId: 'r-1', clientIp: '127.0.0.1' };

async function failureOf(statement: ReturnType<typeof sql>) {
  try {
    await testDb.database.db.execute(statement);
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause ?? error;
    return (cause as { code?: string }).code;
  }
  return 'succeeded';
}

/** What an attacker with superuser rights does: switch the guard off, edit, switch it on. */
async function tamper(statement: ReturnType<typeof sql>) {
  const { db } = testDb.owner;
  await db.execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);
  await db.execute(statement);
  await db.execute(sql`alter table audit_log enable trigger audit_log_no_update_delete`);
}

beforeAll(async () => {
  testDb = await openTestDatabase();
  for (let i = 0; i < 30; i++) {
    await recordAudit(testDb.database.db, actor, {
      action: 'staff.update',
      entityType: 'staff',
      entityId: i,
      orgPath: [1, 2, i + 10],
      before: { value: i },
      after: { value: i + 1, note: 'ё and "quotes"' },
    });
  }
}, 60_000);

afterAll(() => testDb?.drop());

describe('audit log', () => {
  it('chains rows in order, and the chain verifies', async () => {
    const report = await verifyAuditChain(testDb.database.db, { batchSize: 7 });
    expect(report).toMatchObject({ ok: true, checked: 30 });
  });

  it('keeps one linear chain under concurrent writers', async () => {
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        testDb.database.db.transaction((tx) =>
          recordAudit(tx, actor, { action: 'staff.update', entityType: 'staff', entityId: i }),
        ),
      ),
    );
    expect(await verifyAuditChain(testDb.database.db)).toMatchObject({ ok: true, checked: 42 });
  });

  it('refuses UPDATE, DELETE and TRUNCATE to the application', async () => {
    expect(await failureOf(sql`update audit_log set action = 'x'`)).toBe('42501');
    expect(await failureOf(sql`delete from audit_log`)).toBe('42501');
    expect(await failureOf(sql`truncate audit_log`)).toBe('42501');
  });

  it('names the first row whose content was altered directly in SQL', async () => {
    const [target] = await queryRows<{ id: string }>(
      testDb.database.db,
      sql`select id from audit_log order by id offset 11 limit 1`,
    );
    const id = Number(target?.id);
    await tamper(sql`update audit_log set after = '{"value": 999}' where id = ${id}`);
    expect(await verifyAuditChain(testDb.database.db)).toMatchObject({
      ok: false,
      brokenAt: id,
      reason: 'content_changed',
      checked: 11,
    });
  });

  it('names the row after a deleted one', async () => {
    const [first, second] = await queryRows<{ id: string }>(
      testDb.database.db,
      sql`select id from audit_log order by id limit 2`,
    );
    await tamper(sql`delete from audit_log where id = ${Number(first?.id)}`);
    expect(await verifyAuditChain(testDb.database.db)).toMatchObject({
      ok: false,
      brokenAt: Number(second?.id),
      reason: 'chain_broken',
    });
  });
});
