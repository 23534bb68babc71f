import { existsSync } from 'node:fs';
import path from 'node:path';
import { schema } from '@cutover/db';
import { openTestDatabase, type TestDatabase } from '@cutover/db/testing';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiDeps } from '../context';
import type { SignedIn } from '../testing/callers';
import { buildTree, personas, type Tree } from '../testing/tree-fixture';
import { exportDir, manifestFileName } from './config';
import { sweepExports } from './sweep';
import { exportDeps, exporter, exportNow } from './testing';

let testDb: TestDatabase;
let tree: Tree;
let deps: ApiDeps;
let auditor: SignedIn;

beforeAll(async () => {
  testDb = await openTestDatabase();
  tree = await buildTree(testDb.database);
  deps = exportDeps(testDb.database);
  const persona = personas.find((p) => p.name === 'auditor R1');
  if (!persona) throw new Error('no auditor persona');
  auditor = await exporter(deps, tree, persona);
}, 60_000);

afterAll(() => testDb?.drop());

describe('export sweep', () => {
  it('fails runs a stopped server left behind, and deletes files past retention', async () => {
    const nodeId = tree.byCode('T-R1').id;
    const { job, file } = await exportNow(deps, auditor.caller, {
      report: 'chats',
      format: 'csv',
      nodeId,
    });
    const stuck = await auditor.caller.exports.create({ report: 'staff', format: 'csv', nodeId });
    await testDb.database.db
      .update(schema.exportJobs)
      .set({ status: 'running', updatedAt: sql`now() - interval '1 hour'` })
      .where(eq(schema.exportJobs.id, stuck.id));

    expect(await sweepExports(deps)).toEqual({ interrupted: 1, expired: 0 });
    expect(await auditor.caller.exports.byId({ id: stuck.id })).toMatchObject({
      status: 'failed',
      error: 'exports.errors.interrupted',
    });
    expect(existsSync(file)).toBe(true);

    expect(await sweepExports(deps, { retentionHours: 0 })).toEqual({ interrupted: 0, expired: 2 });
    expect(existsSync(file)).toBe(false);
    expect(existsSync(path.join(exportDir(deps), manifestFileName(job.id)))).toBe(false);
    expect(await auditor.caller.exports.byId({ id: job.id })).toMatchObject({
      status: 'cancelled',
    });
  });
});
