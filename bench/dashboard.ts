import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { openDatabase, queryRows } from '@cutover/db';
import { sql } from 'drizzle-orm';
import { benchCaller } from './lib/api-caller';
import { measure, printTable } from './lib/measure';

/**
 * Dashboard latency at the API (router called in-process, scope gate and transaction
 * included) on a national-scale PostgreSQL database: `pnpm seed --scale national` first.
 */
export async function benchDashboard(url: string) {
  const database = await openDatabase({ url, poolSize: 4 });
  try {
    const federal = await benchCaller(database, 'federal_admin', 'RU');
    const [largest] = await queryRows<{ id: number; code: string }>(
      database.db,
      sql`select r.id, r.code from org_units r where r.level = 'region'
          order by (select count(*) from org_units i where i.path @> array[r.id] and i.level = 'institution') desc limit 1`,
    );
    const [municipality] = await queryRows<{ id: number }>(
      database.db,
      sql`select id from org_units where level = 'municipality' and parent_id = ${largest?.id ?? 0} order by id limit 1`,
    );
    const waves = (await federal.waves.list()).data;
    const wave = waves.find((w) => w.code === 'school_chats') ?? waves[0];
    if (!largest || !municipality || !wave)
      throw new Error('the database is not seeded at national scale');
    const loadBefore = loadavg();
    const timings = [
      await measure('summary: country', () => federal.dashboard.summary({})),
      await measure(`summary: largest region (${largest.code})`, () =>
        federal.dashboard.summary({ nodeId: largest.id }),
      ),
      await measure('summary: a municipality', () =>
        federal.dashboard.summary({ nodeId: municipality.id }),
      ),
      await measure("children: the country's 83 regions", () =>
        federal.dashboard.children({ waveId: wave.id }),
      ),
      await measure('children: largest region', () =>
        federal.dashboard.children({ nodeId: largest.id, waveId: wave.id }),
      ),
      await measure('burn-up: country', () => federal.dashboard.burnup({ waveId: wave.id })),
    ];
    const targets = {
      'summary: country': 10,
      [`summary: largest region (${largest.code})`]: 10,
      'summary: a municipality': 10,
      "children: the country's 83 regions": 15,
    };
    // The machine's 1-minute load average around the run: figures mean little without it.
    const load = { before: round(loadBefore[0]), after: round(loadavg()[0]) };
    printTable('dashboard (national scale, PostgreSQL, in-process API)', timings, targets);
    process.stdout.write(`  load average (1 min): ${load.before} before, ${load.after} after\n`);
    writeFileSync(
      new URL('./results/dashboard.json', import.meta.url),
      `${JSON.stringify({ at: new Date().toISOString(), load, timings }, null, 2)}\n`,
    );
    return timings;
  } finally {
    await database.close();
  }
}

const round = (n: number | undefined) => Math.round((n ?? 0) * 100) / 100;
