import { accessSync, constants } from 'node:fs';
import path from 'node:path';

/** The system Chromium (never a downloaded one): $CHROMIUM_PATH, else `chromium` on the PATH. */
export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir || '.', 'chromium');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {}
  }
  throw new Error(
    'Chromium is missing; install it with `sudo apt-get install -y chromium` (never `playwright install`)',
  );
}

/** Quiet, offline, reproducible: nothing phones home, every run starts from a fresh profile. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
