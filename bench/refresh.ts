import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import {
  createRuntimeRole,
  grantRuntimePrivileges,
  openDatabase,
  queryRows,
  refreshAdoption,
} from '@cutover/db';
import { addDays, isoToday } from '@cutover/domain';
import { sql } from 'drizzle-orm';
import { typicalChange } from './lib/typical-change';

const ROUNDS = 3;
// Loopback only, on the benchmark's own database: the password guards nothing else.
const RUNTIME_PASSWORD = 'bench-loopback-only';

/**
 * The adoption refresh at national scale: a full rebuild, then rounds of a typical
 * 15-minute change followed by the incremental refresh the server runs (as the runtime
 * role), a run with nothing changed and the first run of the next day, with the dead
 * tuples left in the adoption tables. It changes staff statuses,
 * chats and deadlines in the database it is given: run it on a copy.
 */
export async function benchRefresh(url: string) {
  const owner = await openDatabase({ url, poolSize: 2 });
  const role = `${decodeURIComponent(new URL(url).pathname.slice(1))}_app`;
  const runtimeUrl = Object.assign(new URL(url), { username: role, password: RUNTIME_PASSWORD });
  const load = [loadavg()[0] ?? 0];
  try {
    await owner.migrate();
    await createRuntimeRole(owner.db, role, RUNTIME_PASSWORD, { updatePassword: true });
    await grantRuntimePrivileges(owner.db, role);
    const today = isoToday();
    const full = await refreshAdoption(owner.db, today, { full: true });
    const afterFull = await deadTuples(owner.db);
    process.stdout.write(
      `full rebuild: ${JSON.stringify(full)}, dead tuples ${JSON.stringify(afterFull)}\n`,
    );
    await owner.db.execute(sql.raw(`vacuum (analyze) ${ADOPTION_TABLES.join(', ')}`));
    const runtime = await openDatabase({ url: runtimeUrl.toString(), poolSize: 1 });
    const rounds = [];
    try {
      for (let round = 0; round < ROUNDS; round++) {
        const change = await typicalChange(owner.db, round);
        const report = await refreshAdoption(runtime.db, today);
        rounds.push({ change, report, deadTuples: await deadTuples(owner.db) });
        process.stdout.write(`round ${round}: ${JSON.stringify(rounds.at(-1))}\n`);
      }
      const quiet = await refreshAdoption(runtime.db, today);
      rounds.push({ change: null, report: quiet, deadTuples: await deadTuples(owner.db) });
      // The first run of a new day reassesses every risk (forecasts count days).
      const nextDay = await refreshAdoption(runtime.db, addDays(today, 1));
      rounds.push({ change: 'next day', report: nextDay, deadTuples: await deadTuples(owner.db) });
    } finally {
      await runtime.close();
    }
    load.push(loadavg()[0] ?? 0);
    const result = { at: new Date().toISOString(), load, full, afterFull, rounds };
    print(result);
    writeFileSync(
      new URL('./results/refresh.json', import.meta.url),
      `${JSON.stringify(result, null, 2)}\n`,
    );
    return result;
  } finally {
    await owner.close();
  }
}

const ADOPTION_TABLES = [
  'adoption_rollups',
  'adoption_snapshots',
  'adoption_subtree_history',
  'adoption_refresh_marks',
];

/** Dead tuples per adoption table, once the statistics of the last writes are in. */
async function deadTuples(db: Parameters<typeof queryRows>[0]) {
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  const rows = await queryRows<{ relname: string; n_dead_tup: number }>(
    db,
    sql`select relname, n_dead_tup::int from pg_stat_user_tables
        where relname = any(${sql.param(ADOPTION_TABLES)}::text[]) order by relname`,
  );
  return Object.fromEntries(rows.map((row) => [row.relname, row.n_dead_tup]));
}

function print(result: {
  load: number[];
  full: unknown;
  rounds: { change: unknown; report: unknown; deadTuples: unknown }[];
}) {
  process.stdout.write('\nadoption refresh (national scale, PostgreSQL)\n');
  process.stdout.write(`  full rebuild: ${JSON.stringify(result.full)}\n`);
  for (const round of result.rounds) {
    process.stdout.write(
      `  ${round.change ? `after ${JSON.stringify(round.change)}` : 'nothing changed'}: ${JSON.stringify(round.report)}\n    dead tuples: ${JSON.stringify(round.deadTuples)}\n`,
    );
  }
  process.stdout.write(`  load average (1 min) before/after: ${result.load.join(' / ')}\n`);
}
