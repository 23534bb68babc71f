#!/usr/bin/env node
// `pnpm test`: unit and integration tests on PGlite, again on PostgreSQL when DATABASE_URL
// is set, then the browser tests; ends with one line `N passed, N failed`.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './lib/chromium.mjs';
import { clearReport, playwrightCounts, readJson, run, vitestCounts } from './lib/suites.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const reports = path.join(root, '.tmp', 'test-reports');
mkdirSync(reports, { recursive: true });
const log = (line) => process.stdout.write(`${line}\n`);
const banner = (title) => log(`\n=== ${title} ===\n`);

const { DATABASE_URL, TEST_DATABASE_URL, DATABASE_READ_URL, ...baseEnv } = process.env;
const results = [];

const chromium = ensureChromium(log);
if (!chromium) process.exit(1);

async function vitest(name, env) {
  banner(name);
  const report = path.join(reports, `vitest-${results.length}.json`);
  clearReport(report);
  const { code, seconds } = await run(
    process.execPath,
    [
      path.join(root, 'node_modules/vitest/vitest.mjs'),
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    { cwd: root, env },
  );
  record(name, code, seconds, vitestCounts(readJson(report)));
}

async function playwright() {
  const name = 'browser (Playwright, Chromium)';
  banner(name);
  const report = path.join(reports, 'playwright.json');
  clearReport(report);
  const e2e = path.join(root, 'e2e');
  const { code, seconds } = await run(
    process.execPath,
    [path.join(e2e, 'node_modules/@playwright/test/cli.js'), 'test'],
    { cwd: e2e, env: { ...baseEnv, CHROMIUM_PATH: chromium, CUTOVER_E2E_JSON: report } },
  );
  record(name, code, seconds, playwrightCounts(readJson(report)));
}

function record(name, code, seconds, counts) {
  // No report, or a failing exit with nothing counted as failed: the suite itself broke.
  const broken = !counts || (code !== 0 && counts.failed === 0);
  const passed = counts?.passed ?? 0;
  const failed = (counts?.failed ?? 0) + (broken ? 1 : 0);
  results.push({ name, code, seconds, passed, failed, flaky: counts?.flaky ?? 0 });
}

await vitest('unit and integration (PGlite)', baseEnv);
if (DATABASE_URL) {
  // Only the test-database helper gets the server: a test that starts the app with the
  // inherited environment must not migrate and seed into the CI database.
  await vitest('unit and integration (PostgreSQL)', {
    ...baseEnv,
    TEST_DATABASE_URL: DATABASE_URL,
  });
}
await playwright();

banner('summary');
for (const r of results) {
  const flaky = r.flaky ? `, ${r.flaky} flaky` : '';
  log(
    `${r.name.padEnd(36)} ${String(r.passed).padStart(5)} passed ${String(r.failed).padStart(4)} failed${flaky}  ${r.seconds.toFixed(1)} s`,
  );
}
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
const ok = failed === 0 && results.every((r) => r.code === 0);
log(`${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
