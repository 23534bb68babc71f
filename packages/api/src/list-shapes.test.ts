import { createScopedData, loadScope, queryRows, type ScopedData } from '@cutover/db';
import { type TestDatabase, testEngine } from '@cutover/db/testing';
import { can, type ListParams, type OrgLevel, type Role } from '@cutover/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller, SignedIn } from './testing/callers';
import { openTreeDatabase } from './testing/tree-database';

// The common list request (only the scope filters, first pages) is read through a statement
// prepared once per shape. Each list, for a scope at every depth, must answer the same
// twice over, inside a transaction and after it, and as the same request read unprepared.
// Bounded: a list that never answers (a locked PGlite) fails here instead of hanging.

const ANSWER_MS = 20_000;

function answered<T>(what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ANSWER_MS} ms`)), ANSWER_MS);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

let testDb: TestDatabase;
/** A scope at each depth: the country, a region, a municipality, an institution. */
const personas = [
  { name: 'fed', role: 'federal_admin', scopeCode: 'T-RU' },
  { name: 'reg', role: 'regional_admin', scopeCode: 'T-R0' },
  { name: 'dis', role: 'district_admin', scopeCode: 'T-R0M0' },
  { name: 'sch', role: 'school_admin', scopeCode: 'T-R0M0S0' },
] as const;
let callers: (SignedIn & { role: Role })[];

beforeAll(async () => {
  let tree: Awaited<ReturnType<typeof openTreeDatabase>>['tree'];
  let signedIn: SignedIn[];
  ({ testDb, tree, signedIn } = await openTreeDatabase(...personas));
  callers = personas.map((persona, i) => ({ ...(signedIn[i] as SignedIn), role: persona.role }));
  const schools = tree.nodes.filter((n) => n.level === 'institution').map((n) => n.id);
  await testDb.database.db.execute(sql`
    insert into official_chats (org_unit_id, kind, title, legacy_platform)
    select (${sql.raw(`array[${schools.join(',')}]`)})[1 + i % ${schools.length}], 'class_parent',
           'Chat ' || i, 'whatsapp'
      from generate_series(1, 40) i`);
}, 60_000);

afterAll(() => testDb?.drop());

type ListName = 'regions' | 'municipalities' | 'institutions' | 'staff' | 'chats';
const levels: Record<'regions' | 'municipalities' | 'institutions', OrgLevel> = {
  regions: 'region',
  municipalities: 'municipality',
  institutions: 'institution',
};
const sorts: Record<ListName, string[]> = {
  regions: ['name', 'id'],
  municipalities: ['name', 'id'],
  institutions: ['name', 'id'],
  staff: ['fullName', 'id', 'orgUnitName'],
  chats: ['title', 'id'],
};

/** First pages in each order the list offers, ascending and descending: distinct shapes. */
function requests(list: ListName, filter: ListParams['filter'] = {}): ListParams[] {
  return sorts[list].flatMap((field) =>
    (['ASC', 'DESC'] as const).flatMap((order) =>
      [1, 2].map((page) => ({ page, perPage: 3, sort: { field, order }, filter })),
    ),
  );
}

/** What every list answers: a page and, unless capped, its total. */
type ListAnswer = { data: unknown[]; total?: number | undefined };

function viaCaller(caller: Caller, list: ListName, params: ListParams): Promise<ListAnswer> {
  return caller[list].list(params);
}

function viaData(data: ScopedData, list: ListName, params: ListParams): Promise<ListAnswer> {
  if (list === 'staff') return data.staff.list(params);
  if (list === 'chats') return data.chats.list(params);
  return data.orgUnits.list(levels[list], params);
}

/**
 * The statements PostgreSQL keeps by name on the connection that read the first pages (a
 * pooled connection may hold others too); PGlite keeps none: it reads them unprepared.
 */
function expectedNames(signedIn: SignedIn, lists: ListName[]): string[] {
  const depth = Math.min(signedIn.node.path.length - 1, 3);
  const first = { staff: 'fullName', chats: 'title' } as const;
  return lists
    .flatMap((list) => (list === 'staff' || list === 'chats' ? [list] : []))
    .map((list) => `list_${list}_d${depth}_${first[list]}_a_3_0`);
}

function namedListStatements(tx: Parameters<typeof loadScope>[0]): Promise<string[]> {
  return queryRows<{ name: string }>(
    tx,
    sql`select name from pg_prepared_statements where name like 'list\_%' order by name`,
  ).then((rows) => rows.map((row) => row.name));
}

const listNames = Object.keys(sorts) as ListName[];

function listsOf(signedIn: { role: Role }): ListName[] {
  return listNames.filter((list) => can(signedIn.role, list, 'list'));
}

describe('the common list request, prepared once per shape', () => {
  it('answers the same twice and as the same request read unprepared', async () => {
    for (const signedIn of callers) {
      for (const list of listsOf(signedIn)) {
        // "Within the caller's own node" adds a filter that keeps every row: read unprepared.
        const within = { withinId: signedIn.node.id };
        for (const params of requests(list)) {
          const what = `${signedIn.user.login} ${list} ${JSON.stringify(params.sort)} p${params.page}`;
          const first = await answered(what, viaCaller(signedIn.caller, list, params));
          const again = await answered(what, viaCaller(signedIn.caller, list, params));
          const plain = await answered(
            what,
            viaCaller(signedIn.caller, list, { ...params, filter: within }),
          );
          expect(again, what).toEqual(first);
          expect(plain.data, what).toEqual(first.data);
          expect(plain.total, what).toBe(first.total);
          if (params.page === 1) expect(first.data.length, what).toBeGreaterThan(0);
        }
      }
    }
  }, 120_000);

  it('answers inside a transaction, after it, and beside a concurrent write', async () => {
    const { db } = testDb.database;
    for (const signedIn of callers) {
      const lists = listsOf(signedIn);
      const params = (list: ListName) => requests(list)[0] as ListParams;
      const outside = await Promise.all(
        lists.map((list) =>
          answered(`${list} before`, viaCaller(signedIn.caller, list, params(list))),
        ),
      );
      const inside = await answered(
        `${signedIn.user.login} lists in a transaction`,
        db.transaction(async (tx) => {
          const scope = await loadScope(tx, signedIn.user.id);
          if (!scope) throw new Error('no scope');
          const actor = {
            userId: scope.userId,
            login: scope.login,
            requestId: null,
            clientIp: null,
          };
          const data = createScopedData(tx, scope, actor);
          const seen = [];
          for (const list of lists) {
            const first = await viaData(data, list, params(list));
            expect(await viaData(data, list, params(list))).toEqual(first);
            seen.push(first);
          }
          const named = await namedListStatements(tx);
          if (testEngine() === 'pglite') expect(named).toEqual([]);
          else expect(named).toEqual(expect.arrayContaining(expectedNames(signedIn, lists)));
          return seen;
        }),
      );
      expect(inside).toEqual(outside);
      // After the transaction, and while another one writes: the reads wait their turn.
      const [, ...after] = await Promise.all([
        answered(
          'a concurrent write',
          db.transaction(async (tx) => {
            await tx.execute(sql`select pg_sleep(0.05)`);
            await tx.execute(sql`select count(*) from staff`);
          }),
        ),
        ...lists.map((list) =>
          answered(`${list} after`, viaCaller(signedIn.caller, list, params(list))),
        ),
      ]);
      expect(after).toEqual(outside);
    }
  }, 120_000);
});
