import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Page, test } from '@playwright/test';
import { expect, expectAccessible, signIn } from '../fixtures';
import { app } from '../support/app';
import { repoRoot } from '../support/paths';
import { type RunningServer, startServer, withoutDatabaseUrls } from '../support/server';

/**
 * `pnpm export:verify` reads the audit log from the server's own PGlite directory, which
 * the running server keeps locked: this spec runs a server of its own and stops it before
 * verifying. (The auditor's scope is the demo region, Владимирская область.)
 */
let server: RunningServer;
const downloads = mkdtempSync(path.join(tmpdir(), 'cutover-exports-'));

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  server = await startServer(() => {});
});

test.afterAll(async () => {
  await server?.stop();
  rmSync(downloads, { recursive: true, force: true });
});

/** Saves what a click downloads under its own name; returns the path. */
async function download(page: Page, link: string | RegExp): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: link }).click(),
  ]);
  const target = path.join(downloads, file.suggestedFilename());
  await file.saveAs(target);
  return target;
}

/** Runs one export from the dashboard header; returns the file and its manifest. */
async function exportFrom(page: Page, button: string, dialog: RegExp, format?: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
  const shown = page.getByRole('dialog', { name: dialog });
  await expect(shown).toBeVisible();
  if (format) await shown.getByRole('radio', { name: format, exact: true }).check();
  await expectAccessible(page, `${button} dialog`);
  await shown.getByRole('button', { name: 'Start export' }).click();
  await expect(shown.getByRole('link', { name: /^Download export-/ })).toBeVisible({
    timeout: 60_000,
  });
  await expectAccessible(page, `${button} dialog, ready`);
  const file = await download(page, /^Download export-/);
  const manifest = await download(page, /^Download the manifest/);
  await shown.getByRole('button', { name: 'Close' }).click();
  await expect(shown).toBeHidden();
  return { file, manifest };
}

function verify(file: string) {
  const run = spawnSync('pnpm', ['--silent', 'export:verify', file], {
    cwd: repoRoot,
    env: { ...withoutDatabaseUrls(process.env), CUTOVER_DATA_DIR: server.dataDir },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

function flipOneByte(file: string) {
  const bytes = readFileSync(file);
  const at = Math.floor(bytes.length / 2);
  bytes[at] = (bytes[at] ?? 0) ^ 0x01;
  writeFileSync(file, bytes);
}

test('an auditor exports the region’s adoption report, an audit pack and a list, and all verify', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const context = await browser.newContext({ baseURL: server.url, acceptDownloads: true });
  const page = await context.newPage();
  await signIn(page, 'auditor');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Владимирская область');

  const adoption = await exportFrom(page, 'Export', /^Export the adoption report$/, 'CSV');
  expect(path.basename(adoption.file)).toMatch(/^export-\d+-.*\.csv$/);
  expect(readFileSync(adoption.manifest, 'utf8')).toContain('"sha256"');

  const pack = await exportFrom(page, 'Audit pack', /^Audit pack for /);
  expect(path.basename(pack.file)).toMatch(/\.zip$/);

  // A list page: the municipalities list exports exactly its rows, in its order.
  await app.openFromMenu(page, 'Municipalities');
  const rows = app.dataRows(page.getByRole('table'));
  await expect(rows.first()).toBeVisible();
  const shown = await page.getByText(/^\d+-\d+ of \d+$/).textContent();
  const total = Number(shown?.split(' of ')[1]);
  const municipalities = await exportFrom(page, 'Export', /^Export municipalities$/, 'CSV');
  const lines = readFileSync(municipalities.file, 'utf8').trimEnd().split('\r\n');
  expect(lines[0]).toMatch(/^id,code,name,/);
  expect(lines).toHaveLength(total + 1);
  // The list's first row is the file's first row (same sort: by name).
  const firstName = lines[1]?.split(',')[2] ?? '';
  expect(firstName).not.toBe('');
  await expect(rows.first()).toContainText(firstName);

  // A file past its retention (deleted by the sweeper) is a message in the dialog.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /^Export municipalities$/ });
  await dialog.getByRole('button', { name: 'Start export' }).click();
  const link = dialog.getByRole('link', { name: /^Download export-/ });
  await expect(link).toBeVisible({ timeout: 60_000 });
  const name = ((await link.textContent()) ?? '').replace(/^Download /, '');
  rmSync(path.join(server.dataDir, 'exports', name));
  await link.click();
  await expect(dialog.getByRole('alert')).toHaveText(/no longer kept .* Export it again/);
  await expectAccessible(page, 'expired export dialog');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await context.close();

  // The server holds its data directory's lock; the verifier opens it once it is stopped.
  await server.halt();
  for (const { file } of [adoption, pack, municipalities]) {
    const accepted = verify(file);
    expect(accepted.status, accepted.output).toBe(0);
    flipOneByte(file);
    const rejected = verify(file);
    expect(rejected.status, rejected.output).toBe(2);
  }
});
