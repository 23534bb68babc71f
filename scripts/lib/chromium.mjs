import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';

/** The system Chromium: $CHROMIUM_PATH, else `chromium` on the PATH. */
export function findChromium() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir || '.', 'chromium');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {}
  }
  return undefined;
}

const INSTALL = 'apt-get update && apt-get install -y chromium';

/**
 * Like `playwright install --with-deps`, but from the distribution: as root on Debian,
 * install it; elsewhere name the one command that does. Returns the path or undefined.
 */
export function ensureChromium(log) {
  const found = findChromium();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/etc/debian_version')) {
    log(`Chromium is missing. Install it with:\n  sudo sh -c '${INSTALL}'`);
    return undefined;
  }
  log(`Chromium is missing: installing it with \`${INSTALL}\``);
  const result = spawnSync('sh', ['-c', INSTALL], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    log(`installing Chromium failed (exit ${result.status}); run \`${INSTALL}\` as root`);
    return undefined;
  }
  return findChromium();
}
