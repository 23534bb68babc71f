import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

/** Runs a command with the console attached; resolves with its exit code and duration. */
export function run(command, args, options) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    child.on('error', (error) => {
      process.stderr.write(`cannot start ${command}: ${error.message}\n`);
      resolve({ code: 127, seconds: (Date.now() - started) / 1000 });
    });
    child.on('exit', (code, signal) =>
      resolve({ code: code ?? (signal ? 128 : 1), seconds: (Date.now() - started) / 1000 }),
    );
  });
}

export function readJson(file) {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

export function clearReport(file) {
  rmSync(file, { force: true });
}

/**
 * Counts from vitest's JSON reporter. A file that failed without a failing test (it did
 * not load, or a hook threw) counts as one failure, so it cannot vanish from the total.
 */
export function vitestCounts(report) {
  if (!report) return undefined;
  let failed = report.numFailedTests ?? 0;
  for (const file of report.testResults ?? []) {
    const failedInFile = (file.assertionResults ?? []).filter((t) => t.status === 'failed');
    if (file.status === 'failed' && failedInFile.length === 0) failed += 1;
  }
  return { passed: report.numPassedTests ?? 0, failed };
}

/** Counts from Playwright's JSON reporter; errors outside tests (global setup) count as failures. */
export function playwrightCounts(report) {
  if (!report?.stats) return undefined;
  const { expected = 0, unexpected = 0, flaky = 0 } = report.stats;
  return {
    passed: expected + flaky,
    failed: unexpected + (report.errors?.length ?? 0),
    flaky,
  };
}
