import { parseArgs } from 'node:util';
import { fetchBackup } from '../ops/pglite-backup';

const usage =
  'usage: pnpm backup --url http://127.0.0.1:9464 [--out FILE]   (token: CUTOVER_METRICS_TOKEN)';

/**
 * `pnpm backup`: a consistent copy of a running server's embedded (PGlite) database, through
 * its /ops/backup on the metrics port or behind the metrics token. Exit 0 written, 1 not.
 */
try {
  const { values } = parseArgs({ options: { url: { type: 'string' }, out: { type: 'string' } } });
  if (!values.url) throw new Error(usage);
  const out =
    values.out ?? `cutover-backup-${new Date().toISOString().replace(/[:.]/g, '-')}.tar.gz`;
  const bytes = await fetchBackup(values.url, process.env.CUTOVER_METRICS_TOKEN, out);
  process.stdout.write(`backup written: ${out} (${bytes} bytes)\n`);
} catch (error) {
  process.stderr.write(`cutover: backup failed: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
