import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths';

/** What the built bundle is made of: newer than dist/index.html means dist is stale. */
const sources = [
  'apps/web/src',
  'apps/web/public',
  'apps/web/index.html',
  'apps/web/vite.config.ts',
  'apps/web/package.json',
  'packages/domain/src',
  'pnpm-lock.yaml',
];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry)) {
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

/** Builds apps/web when its dist is missing or older than its sources. */
export function buildWebIfStale(log: (line: string) => void) {
  const index = path.join(repoRoot, 'apps/web/dist/index.html');
  const builtAt = existsSync(index) ? statSync(index).mtimeMs : 0;
  const changedAt = Math.max(...sources.map((s) => newestMtime(path.join(repoRoot, s))));
  if (builtAt > changedAt) return;
  log(builtAt ? 'web app is stale: rebuilding' : 'web app is not built: building');
  const started = Date.now();
  const result = spawnSync('pnpm', ['--filter', '@cutover/web', 'build'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    throw new Error(`building the web app failed (exit ${result.status ?? result.signal})`);
  }
  log(`web app built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
