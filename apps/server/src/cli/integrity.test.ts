import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '@cutover/db';
import { isEngineIndependentRun } from '@cutover/db/testing';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { runRootScript } from '../testing';

/** Through the root script, as the README runs it: its exit code must reach the caller. */
function runIntegrity(dataDir: string) {
  return runRootScript('integrity', [], { DATABASE_URL: '', CUTOVER_DATA_DIR: dataDir }, 90_000);
}

/** A PGlite data directory holding a small tree, with a cycle when asked. */
async function treeDir(withCycle: boolean) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cutover-integrity-'));
  const database = await openDatabase({ dataDir });
  try {
    await database.migrate();
    await database.db.execute(sql`
      insert into org_units (id, parent_id, level, kind, code, name, path, depth) values
        (1, null, 'country', 'country', 'RU', 'Страна', '{1}', 0),
        (2, 1, 'region', 'region', 'R1', 'Регион', '{1,2}', 1),
        (3, 2, 'municipality', 'municipality', 'M1', 'Район', '{1,2,3}', 2)`);
    if (withCycle) await database.db.execute(sql`update org_units set parent_id = 3 where id = 2`);
  } finally {
    await database.close();
  }
  return dataDir;
}

// Starts the real command in a new process: slow on a loaded machine.
describe.runIf(isEngineIndependentRun())(
  'pnpm integrity, from the repository root',
  { timeout: 120_000 },
  () => {
    it('exits 0 on a sound tree', async () => {
      const result = await runIntegrity(await treeDir(false));
      expect(result).toMatchObject({ code: 0 });
      expect(result.stdout).toMatch(/^hierarchy intact: 3 units/);
    });

    it('exits 2 and names the units of a cycle', async () => {
      const result = await runIntegrity(await treeDir(true));
      expect(result.code).toBe(2);
      expect(result.stdout).toContain('cycles: 2');
      expect(result.stdout).toContain('#2 R1 «Регион»: its parents lead back to it');
      expect(result.stdout).toContain('#3 M1 «Район»: its parents lead back to it');
    });
  },
);
