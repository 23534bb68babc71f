import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type ApiDeps, runPendingExports } from '@cutover/api';
import { buildTree, personas, signedInCaller, testDeps } from '@cutover/api/testing';
import { type Database, openDatabase } from '@cutover/db';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../server';
import { runRootScript } from '../testing';

// PGlite in a directory of its own: `pnpm export:verify` opens it after the server closes it.
const dataDir = mkdtempSync(path.join(tmpdir(), 'cutover-export-route-'));
const downloads = mkdtempSync(path.join(tmpdir(), 'cutover-export-downloads-'));
const cliEnv = { DATABASE_URL: '', CUTOVER_DATA_DIR: dataDir, CUTOVER_DEMO: 'false' };

let database: Database;
let deps: ApiDeps;
let app: FastifyInstance;
let baseUrl: string;
let cookies: Record<string, string> = {};
let exportId = 0;
let siblingExportId = 0;
let packId = 0;

beforeAll(async () => {
  database = await openDatabase({ dataDir });
  await database.migrate();
  const tree = await buildTree(database);
  deps = { ...testDeps(database), exports: { dir: path.join(dataDir, 'exports') } };
  const sign = async (name: string) => {
    const persona = personas.find((p) => p.name === name);
    if (!persona) throw new Error(name);
    return signedInCaller(deps, tree, persona);
  };
  const district = await sign('district R0M0');
  const sibling = await sign('district R1M1');
  cookies = {
    district: `cutover_session=${district.context.request.sessionToken}`,
    sibling: `cutover_session=${sibling.context.request.sessionToken}`,
  };
  exportId = (
    await district.caller.exports.create({
      report: 'staff',
      format: 'csv',
      nodeId: tree.byCode('T-R0M0').id,
    })
  ).id;
  siblingExportId = (
    await sibling.caller.exports.create({
      report: 'chats',
      format: 'xlsx',
      nodeId: tree.byCode('T-R1M1').id,
    })
  ).id;
  packId = (
    await district.caller.exports.create({
      report: 'pack',
      format: 'zip',
      nodeId: tree.byCode('T-R0M0S0').id,
    })
  ).id;
  await runPendingExports(deps);
  app = await createServer({ deps, secureCookies: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}, 90_000);

afterAll(async () => {
  await app?.close();
  await database?.close().catch(() => undefined);
});

const get = (url: string, who?: string) =>
  fetch(`${baseUrl}${url}`, { headers: who ? { cookie: cookies[who] ?? '' } : {} });

describe('export downloads and pnpm export:verify', () => {
  it('serves the file and manifest in scope only', async () => {
    const file = await get(`/api/exports/${exportId}/file`, 'district');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await file.arrayBuffer());
    expect(bytes.toString('utf8').startsWith('id,fullName,')).toBe(true);
    const manifest = await get(`/api/exports/${exportId}/manifest.json`, 'district');
    expect(manifest.status).toBe(200);
    const body = (await manifest.json()) as { files: { name: string }[] };
    writeFileSync(path.join(downloads, body.files[0]?.name ?? 'x'), bytes);
    writeFileSync(path.join(downloads, `export-${exportId}.manifest.json`), JSON.stringify(body));

    const pack = await get(`/api/exports/${packId}/file`, 'district');
    expect(pack.status).toBe(200);
    writeFileSync(path.join(downloads, 'audit-pack.zip'), Buffer.from(await pack.arrayBuffer()));

    expect((await get(`/api/exports/${siblingExportId}/file`, 'district')).status).toBe(404);
    expect((await get(`/api/exports/${exportId}/file`, 'sibling')).status).toBe(404);
    expect((await get(`/api/exports/${siblingExportId}/file`, 'sibling')).status).toBe(200);
    expect((await get('/api/exports/1999999/file', 'district')).status).toBe(404);
    expect((await get(`/api/exports/${exportId}/file`)).status).toBe(401);
  });

  it('answers HEAD without the body, and 410 with a message once the file has expired', async () => {
    const url = `/api/exports/${siblingExportId}/file`;
    const head = await fetch(`${baseUrl}${url}`, {
      method: 'HEAD',
      headers: { cookie: cookies.sibling ?? '' },
    });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(0);
    expect((await head.arrayBuffer()).byteLength).toBe(0);
    // The sweeper deletes files past retention; the job's own record stays.
    const job = await fetch(`${baseUrl}/api/exports/${siblingExportId}/manifest.json`, {
      headers: { cookie: cookies.sibling ?? '' },
    });
    const manifest = (await job.json()) as { files: { name: string }[] };
    rmSync(path.join(dataDir, 'exports', manifest.files[0]?.name ?? 'x'));
    const gone = await fetch(`${baseUrl}${url}`, {
      method: 'HEAD',
      headers: { cookie: cookies.sibling ?? '' },
    });
    expect(gone.status).toBe(410);
    const body = await get(url, 'sibling');
    expect(body.status).toBe(410);
    expect(await body.json()).toMatchObject({ error: { message: 'exports.errors.expired' } });
  });

  it('accepts the download and the audit pack, and rejects a copy with one byte changed', async () => {
    await app.close();
    await database.close();
    const name = readFileSync(path.join(downloads, `export-${exportId}.manifest.json`), 'utf8');
    const fileName = (JSON.parse(name) as { files: { name: string }[] }).files[0]?.name ?? '';
    const file = path.join(downloads, fileName);
    const ok = await runRootScript('export:verify', [file], cliEnv, 90_000);
    expect(ok.stdout).toContain('export OK');
    expect(ok.code).toBe(0);

    const changed = Buffer.from(readFileSync(file));
    changed[changed.length - 3] = (changed[changed.length - 3] ?? 0) ^ 1;
    const tampered = path.join(downloads, `tampered-${fileName}`);
    writeFileSync(tampered, changed);
    const rejected = await runRootScript('export:verify', [tampered], cliEnv, 90_000);
    expect(rejected.stdout).toContain('export REJECTED');
    expect(rejected.code).toBe(2);

    const pack = await runRootScript(
      'export:verify',
      [path.join(downloads, 'audit-pack.zip')],
      cliEnv,
      90_000,
    );
    expect(pack.stdout).toContain('export OK');
    expect(pack.code).toBe(0);

    expect((await runRootScript('export:verify', [], cliEnv, 90_000)).code).toBe(1);
  }, 300_000);
});
