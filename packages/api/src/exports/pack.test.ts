import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { schema } from '@cutover/db';
import { openTestDatabase, type TestDatabase } from '@cutover/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiDeps } from '../context';
import type { SignedIn } from '../testing/callers';
import { buildTree, personas, type Tree } from '../testing/tree-fixture';
import type { PackManifest } from './pack';
import { readPackEntries, verifyPackContents } from './pack-verify';
import { exportDeps, exporter, exportNow } from './testing';
import { verifyExport } from './verify';

let testDb: TestDatabase;
let tree: Tree;
let deps: ApiDeps;
let auditor: SignedIn;

beforeAll(async () => {
  testDb = await openTestDatabase();
  tree = await buildTree(testDb.database);
  deps = exportDeps(testDb.database);
  await testDb.database.db.insert(schema.waves).values({
    code: 'school_chats',
    nameEn: 'School chats',
    nameRu: 'Школьные чаты',
    opensOn: '2025-08-25',
    nationalDeadline: '2027-06-30',
  });
  const persona = personas.find((p) => p.name === 'auditor R1');
  if (!persona) throw new Error('no auditor persona');
  auditor = await exporter(deps, tree, persona);
}, 60_000);

afterAll(() => testDb?.drop());

describe('audit pack', () => {
  it('zips the reports of a unit with a manifest of every file hash; verify takes the whole and refuses a change', async () => {
    const node = tree.byCode('T-R1M0');
    await expect(
      auditor.caller.exports.create({ report: 'pack', format: 'csv', nodeId: node.id }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const { file, job, manifest } = await exportNow(deps, auditor.caller, {
      report: 'pack',
      format: 'zip',
      nodeId: node.id,
      filter: { from: '2020-01-01' },
    });
    const { hashes, manifest: inner } = await readPackEntries(file);
    const pack = JSON.parse(inner ?? '{}') as PackManifest;
    expect(pack.files.map((f) => f.name)).toEqual([
      'subtree.csv',
      'adoption-school_chats.csv',
      'deadlines.csv',
      'policies.csv',
      'audit-log.csv',
    ]);
    for (const entry of pack.files) expect(hashes.get(entry.name)).toBe(entry.sha256);
    expect(pack).toMatchObject({
      exportId: job.id,
      scope: { nodeId: node.id },
      period: { from: '2020-01-01' },
    });
    expect(pack.files.find((f) => f.name === 'subtree.csv')?.rows).toBe(
      tree.nodes.filter((n) => n.path.includes(node.id)).length,
    );
    expect(await verifyPackContents(file)).toBeNull();

    const bytes = await readFile(file);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(manifest.files[0]?.sha256).toBe(sha256);
    expect(await verifyExport(testDb.database.db, sha256, manifest)).toMatchObject({
      ok: true,
      exportId: job.id,
    });

    // One byte changed inside the first stored file: its hash no longer matches.
    const changed = Buffer.from(bytes);
    const at = changed.indexOf('subtree.csv') + 'subtree.csv'.length + 40;
    changed[at] = (changed[at] ?? 0) ^ 1;
    const tampered = `${file}.tampered.zip`;
    await writeFile(tampered, changed);
    expect(await verifyPackContents(tampered)).not.toBeNull();
    const changedSha = createHash('sha256').update(changed).digest('hex');
    expect(await verifyExport(testDb.database.db, changedSha, null)).toMatchObject({ ok: false });
  });
});
