import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type Database, schema } from '@cutover/db';
import type { ApiDeps } from '../context';
import { type Caller, signedInCaller, testDeps } from '../testing/callers';
import type { Persona, Tree } from '../testing/tree-fixture';
import { exportDir, manifestFileName } from './config';
import type { ExportManifest } from './manifest';
import { runPendingExports } from './runner';

/** Test deps whose exports go to a directory of their own (job ids repeat across databases). */
export function exportDeps(database: Database): ApiDeps {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cutover-export-test-'));
  return { ...testDeps(database), exports: { dir } };
}

export async function exporter(deps: ApiDeps, tree: Tree, persona: Persona) {
  return signedInCaller(deps, tree, persona);
}

type CreateInput = Parameters<Caller['exports']['create']>[0];

/** Queues an export as the caller, runs the runner, and returns the finished job and file. */
export async function exportNow(deps: ApiDeps, caller: Caller, input: CreateInput) {
  const queued = await caller.exports.create(input);
  await runPendingExports(deps);
  const job = await caller.exports.byId({ id: queued.id });
  if (job.status !== 'succeeded' || !job.fileName) {
    throw new Error(`export ${job.id} ${job.status}: ${job.error ?? ''}`);
  }
  const file = path.join(exportDir(deps), job.fileName);
  const manifest = JSON.parse(
    await readFile(path.join(exportDir(deps), manifestFileName(job.id)), 'utf8'),
  ) as ExportManifest;
  return { job, file, bytes: await readFile(file), manifest };
}

/** A finished staff export whose unit is the node, created directly (the permission matrix). */
export async function exportJobAt(database: Database, nodeId: number): Promise<number> {
  const [user] = await database.db.select({ id: schema.users.id }).from(schema.users).limit(1);
  const [job] = await database.db
    .insert(schema.exportJobs)
    .values({
      kind: 'staff',
      format: 'csv',
      status: 'succeeded',
      createdByUserId: user?.id ?? 0,
      scopeOrgUnitId: nodeId,
      params: { report: 'staff', nodeId, filter: {}, excel: false },
    })
    .returning({ id: schema.exportJobs.id });
  if (!job) throw new Error('no export job');
  return job.id;
}
