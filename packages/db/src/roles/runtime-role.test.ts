import { randomBytes } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit-verify';
import { type Executor, queryRows } from '../client';
import { recordAudit } from '../queries/audit-log/audit';
import {
  openTestDatabase,
  TEST_RUNTIME_ROLE,
  type TestDatabase,
  testEngine,
} from '../testing/index';
import { grantRuntimePrivileges } from './runtime-grants';
import { runtimeRoleProblem } from './runtime-role-check';

const actor = { userId: 7, login: 'tester', requestId: 'r-1', clientIp: '127.0.0.1' };
let testDb: TestDatabase;

async function errorCode(db: Executor, statement: SQL) {
  try {
    await db.execute(statement);
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause ?? error;
    return (cause as { code?: string }).code;
  }
  return 'succeeded';
}

async function auditRows() {
  const [row] = await queryRows<{ n: number }>(
    testDb.owner.db,
    sql`select count(*)::int as n from audit_log`,
  );
  return row?.n;
}

describe.skipIf(testEngine() !== 'postgres')('the runtime role on PostgreSQL', () => {
  beforeAll(async () => {
    testDb = await openTestDatabase();
    // What the server does after migrating (the per-test copy lacks the database-level part).
    await grantRuntimePrivileges(testDb.owner.db, TEST_RUNTIME_ROLE);
    for (let i = 0; i < 3; i++) {
      await recordAudit(testDb.database.db, actor, {
        action: 'staff.update',
        entityType: 'staff',
        entityId: i,
      });
    }
  });
  afterAll(() => testDb?.drop());

  it('is the role the tests run as: no superuser, owns nothing', async () => {
    const [me] = await queryRows<{ name: string }>(
      testDb.database.db,
      sql`select current_user as name`,
    );
    expect(me?.name).toBe(TEST_RUNTIME_ROLE);
    expect(await runtimeRoleProblem(testDb.database.db)).toBeNull();
  });

  it('appends to the audit log and reads it', async () => {
    await recordAudit(testDb.database.db, actor, {
      action: 'staff.update',
      entityType: 'staff',
      entityId: 9,
    });
    expect(await auditRows()).toBe(4);
    expect(await verifyAuditChain(testDb.database.db)).toMatchObject({ ok: true, checked: 4 });
  });

  const refused: [string, SQL][] = [
    ['UPDATE', sql`update audit_log set action = 'forged'`],
    ['DELETE', sql`delete from audit_log`],
    ['TRUNCATE', sql`truncate audit_log`],
    ['DISABLE TRIGGER', sql`alter table audit_log disable trigger user`],
    ['DISABLE one TRIGGER', sql`alter table audit_log disable trigger audit_log_no_update_delete`],
    ['DROP', sql`drop table audit_log`],
    ['a new owner', sql.raw(`alter table audit_log owner to ${TEST_RUNTIME_ROLE}`)],
    ['session_replication_role', sql`set session_replication_role = replica`],
    ['setval on its ids', sql`select setval('audit_log_id_seq', 1)`],
    ['a temporary audit_log shadowing it', sql`create temp table audit_log (id bigint, hash text)`],
    ['a table of its own', sql`create table runtime_probe (id int)`],
    ['DELETE of staff (the app deactivates)', sql`delete from staff`],
    ['TRUNCATE of a recomputed table', sql`truncate adoption_rollups`],
  ];
  it.each(refused)('refuses %s', async (_name, statement) => {
    expect(await errorCode(testDb.database.db, statement)).toBe('42501');
    expect(await auditRows()).toBe(4);
  });

  it('names a superuser, and a role owning the tables, as unfit to run the server', async () => {
    expect(await runtimeRoleProblem(testDb.owner.db)).toMatch(/, a superuser, who could rewrite/);
    const owner = `cutover_test_owner_${randomBytes(4).toString('hex')}`;
    const { db } = testDb.owner;
    await db.execute(sql.raw(`create role ${owner} nosuperuser`));
    try {
      await db.execute(sql.raw(`alter table audit_log owner to ${owner}`));
      const problem = await db.transaction(async (tx) => {
        await tx.execute(sql.raw(`set local role ${owner}`));
        return runtimeRoleProblem(tx);
      });
      expect(problem).toBe(
        `the server connects to PostgreSQL as "${owner}", which owns audit_log, audit_log_id_seq and could rewrite the audit log; create a role that owns nothing with \`pnpm db:roles\`, point DATABASE_URL at it and DATABASE_MIGRATION_URL at the owner`,
      );
    } finally {
      await db.execute(sql.raw('alter table audit_log owner to current_user'));
      await db.execute(sql.raw(`drop role ${owner}`));
    }
  });
});
