import { DEMO_PASSWORD, demoAccounts, ensureDemoAccounts } from '@cutover/api';
import { queryRows } from '@cutover/db';
import { openSeededTestDatabase, type TestDatabase } from '@cutover/db/testing';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInOverHttp, startTestServer, webHeaders } from './testing';

let testDb: TestDatabase;
let app: FastifyInstance;
let baseUrl: string;
const parentOf = new Map<number, number | null>();
const openUnits = new Map<number, { level: string; open: boolean }>();

beforeAll(async () => {
  testDb = await openSeededTestDatabase();
  await ensureDemoAccounts(testDb.database);
  ({ app, baseUrl } = await startTestServer(testDb.database));
  const units = await queryRows<{
    id: number;
    parent_id: number | null;
    level: string;
    valid_to: string | null;
  }>(testDb.database.db, sql`select id, parent_id, level, valid_to from org_units`);
  for (const unit of units) {
    parentOf.set(unit.id, unit.parent_id);
    openUnits.set(unit.id, { level: unit.level, open: unit.valid_to === null });
  }
}, 180_000);

afterAll(async () => {
  await app?.close();
  await testDb?.drop();
});

/** The independent scope computation: walk parent pointers, never the stored paths. */
function isUnder(unitId: number, scopeId: number): boolean {
  for (
    let current: number | null | undefined = unitId;
    current != null;
    current = parentOf.get(current)
  ) {
    if (current === scopeId) return true;
  }
  return false;
}

type Row = Record<string, unknown>;

/** Which org unit a row of each list belongs to. */
const unitOfRow: Record<string, (row: Row) => number | null> = {
  regions: (row) => row.id as number,
  municipalities: (row) => row.id as number,
  institutions: (row) => row.id as number,
  staff: (row) => row.orgUnitId as number,
  chats: (row) => row.orgUnitId as number,
  users: (row) => row.scopeOrgUnitId as number,
  auditLog: (row) => ((row.orgPath as number[] | null) ?? []).at(-1) ?? null,
};

const levelOfList: Record<string, string> = {
  regions: 'region',
  municipalities: 'municipality',
  institutions: 'institution',
};

async function readList(cookie: string, resource: string, page: number) {
  const response = await fetch(`${baseUrl}/trpc/${resource}.list`, {
    method: 'POST',
    headers: { ...webHeaders, cookie, 'x-http-method-override': 'GET' },
    body: JSON.stringify({
      json: { page, perPage: 500, sort: { field: 'id', order: 'ASC' }, filter: {} },
    }),
  });
  const body = (await response.json()) as {
    result?: { data: { json: { data: Row[]; total: number } } };
    error?: unknown;
  };
  return { status: response.status, result: body.result?.data.json };
}

async function scopeIdOf(cookie: string): Promise<number> {
  const response = await fetch(`${baseUrl}/trpc/auth.me`, { headers: { cookie } });
  const body = (await response.json()) as { result: { data: { json: { scope: { id: number } } } } };
  return body.result.data.json.scope.id;
}

describe('oracle: every row any demo persona reads over HTTP is inside their scope', () => {
  it.each(demoAccounts.map((a) => ({ login: a.login, role: a.role })))(
    '$login ($role)',
    async ({ login }) => {
      const { cookie } = await signInOverHttp(baseUrl, login, DEMO_PASSWORD);
      expect(cookie).toMatch(/^cutover_session=/);
      const scopeId = await scopeIdOf(cookie);
      const maxPages = login.startsWith('federal') || login.startsWith('auditor') ? 6 : 200;
      for (const resource of Object.keys(unitOfRow)) {
        let seen = 0;
        let total = 0;
        for (let page = 1; page <= maxPages; page++) {
          const { status, result } = await readList(cookie, resource, page);
          if (status === 403) break; // the role may not list this resource at all
          expect(status, `${login} ${resource}`).toBe(200);
          if (!result) break;
          total = result.total;
          for (const row of result.data) {
            const unitId = unitOfRow[resource]?.(row) ?? null;
            if (unitId === null) {
              // Only a caller scoped at the root may read rows tied to no unit.
              expect(
                parentOf.get(scopeId),
                `${login} read a ${resource} row tied to no unit`,
              ).toBeNull();
            } else {
              expect(isUnder(unitId, scopeId), `${login} read ${resource} of unit ${unitId}`).toBe(
                true,
              );
            }
          }
          seen += result.data.length;
          if (seen >= total || result.data.length === 0) break;
        }
        const level = levelOfList[resource];
        if (level) {
          const expected = [...openUnits].filter(
            ([id, u]) => u.level === level && u.open && isUnder(id, scopeId),
          ).length;
          expect(total, `${login} sees every ${level} of their subtree`).toBe(expected);
        }
      }
    },
    120_000,
  );
});
