import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { cpuUsage } from 'node:process';
import { type Database, openDatabase, queryRows } from '@cutover/db';
import type { ListParams } from '@cutover/domain';
import { sql } from 'drizzle-orm';
import { benchCaller, serverSessionCache } from './lib/api-caller';
import { measure, printTable, type Timing } from './lib/measure';
import { captureStatements, replay } from './lib/sql-capture';

type Caller = Awaited<ReturnType<typeof benchCaller>>;
type ListName = 'staff' | 'chats';
interface Case {
  name: string;
  caller: Caller;
  list: ListName;
  params: ListParams;
}
export interface ListTiming {
  name: string;
  api: Timing;
  direct: Timing;
  /** API p50 over the same list statements' p50 issued straight to the pool. */
  ratio: number;
  /** Node CPU per API request (user + system), milliseconds. */
  cpuMs: number;
  total: number;
}

const tableOf: Record<ListName, string> = { staff: 'staff', chats: 'official_chats' };
const firstPage = (list: ListName, extra: Partial<ListParams> = {}): ListParams => ({
  page: 1,
  perPage: 25,
  sort: { field: list === 'staff' ? 'fullName' : 'title', order: 'ASC' },
  filter: {},
  ...extra,
});

/**
 * Staff and chat lists (first page with total, a deep page, a name search) at institution,
 * region and country scope: each through the real router in-process and as the same SQL
 * sent straight to the pool, on a national-scale PostgreSQL database.
 */
export async function benchLists(url: string) {
  const database = await openDatabase({ url, poolSize: 4 });
  const sessions = await serverSessionCache(database);
  try {
    const places = await placesOf(database);
    const federal = await benchCaller(database, 'federal_admin', places.country, sessions.cache);
    const regional = await benchCaller(database, 'regional_admin', places.region, sessions.cache);
    const school = await benchCaller(database, 'school_admin', places.institution, sessions.cache);
    const cases: Case[] = [];
    for (const list of ['staff', 'chats'] as const) {
      cases.push(
        { name: `${list}: institution, first page`, caller: school, list, params: firstPage(list) },
        { name: `${list}: region, first page`, caller: regional, list, params: firstPage(list) },
        { name: `${list}: country, first page`, caller: federal, list, params: firstPage(list) },
      );
    }
    cases.push(
      {
        name: 'staff: region, page 1,000',
        caller: regional,
        list: 'staff',
        params: firstPage('staff', { page: 1000 }),
      },
      {
        name: 'staff: country, page 1,000',
        caller: federal,
        list: 'staff',
        params: firstPage('staff', { page: 1000 }),
      },
      {
        name: 'staff: region, name search',
        caller: regional,
        list: 'staff',
        params: firstPage('staff', { filter: { q: places.surname } }),
      },
      {
        name: 'staff: country, name search',
        caller: federal,
        list: 'staff',
        params: firstPage('staff', { filter: { q: places.surname } }),
      },
      {
        name: 'chats: region, name search',
        caller: regional,
        list: 'chats',
        params: firstPage('chats', { filter: { q: places.surname } }),
      },
      {
        name: 'chats: country, name search',
        caller: federal,
        list: 'chats',
        params: firstPage('chats', { filter: { q: places.surname } }),
      },
    );
    const loadBefore = loadavg();
    const results: ListTiming[] = [];
    for (const c of cases) results.push(await benchCase(database, c));
    const load = { before: round(loadBefore[0]), after: round(loadavg()[0]) };
    printTable(
      `lists (national scale, PostgreSQL): API in-process (scope ${places.region}, ${places.institution})`,
      results.map((r) => r.api),
      {},
    );
    printTable(
      'the same list SQL issued directly',
      results.map((r) => r.direct),
      {},
    );
    for (const r of results) {
      process.stdout.write(
        `  ${r.name.padEnd(44)} API/direct ${r.ratio.toFixed(2)}x  CPU ${r.cpuMs} ms/request  total ${r.total}\n`,
      );
    }
    process.stdout.write(`  load average (1 min): ${load.before} before, ${load.after} after\n`);
    writeFileSync(
      new URL('./results/lists.json', import.meta.url),
      `${JSON.stringify({ at: new Date().toISOString(), load, places, results }, null, 2)}\n`,
    );
    return results;
  } finally {
    await sessions.stop();
    await database.close();
  }
}

async function benchCase(database: Database, c: Case): Promise<ListTiming> {
  const call = () => c.caller[c.list].list(c.params);
  const started = performance.now();
  const first = (await call()) as { total: number };
  const once = performance.now() - started;
  const statements = await captureStatements(database, tableOf[c.list], call);
  // Slow lists get fewer runs, so a run of the "before" code still ends.
  const runs = once > 300 ? 10 : once > 60 ? 30 : 100;
  const warmup = Math.min(20, runs / 2);
  const cpuBefore = cpuUsage();
  const api = await measure(c.name, call, runs, warmup);
  const cpu = cpuUsage(cpuBefore);
  const direct = await measure(c.name, replay(database, statements), runs, warmup);
  return {
    name: c.name,
    api,
    direct,
    ratio: round(api.p50 / Math.max(direct.p50, 0.01)),
    cpuMs: round((cpu.user + cpu.system) / 1000 / (runs + warmup)),
    total: first.total,
  };
}

/** The largest region by staff, a mid-sized school in it, and a common surname there. */
async function placesOf(database: Database) {
  const [region] = await queryRows<{ id: number; code: string; country: string }>(
    database.db,
    sql`select r.id, r.code, c.code as country from org_units r join org_units c on c.id = r.parent_id
         where r.level = 'region' and r.code = 'RU-MOS'`,
  );
  if (!region) throw new Error('no region RU-MOS: seed the national country first');
  const [institution] = await queryRows<{ code: string }>(
    database.db,
    sql`select u.code from org_units u join staff s on s.org_unit_id = u.id
         where u.level = 'institution' and u.path @> array[${region.id}]::integer[]
         group by u.id, u.code having count(*) between 70 and 90 order by u.id limit 1`,
  );
  if (!institution) throw new Error('no institution of 70 to 90 staff in RU-MOS');
  return {
    country: region.country,
    region: region.code,
    institution: institution.code,
    surname: 'Петров',
  };
}

const round = (n: number | undefined) => Math.round((n ?? 0) * 100) / 100;
