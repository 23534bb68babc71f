import { parseArgs } from 'node:util';
import { restoreBackup } from '../ops/pglite-backup';

const usage = 'usage: pnpm restore --from FILE.tar.gz --data-dir NEW_DIR';

/**
 * `pnpm restore`: unpacks a `pnpm backup` tarball into a new data directory and prints its
 * row counts; then verify it with `CUTOVER_DATA_DIR=NEW_DIR pnpm audit:verify`.
 */
try {
  const { values } = parseArgs({
    options: { from: { type: 'string' }, 'data-dir': { type: 'string' } },
  });
  if (!values.from || !values['data-dir']) throw new Error(usage);
  const counts = await restoreBackup(values.from, values['data-dir']);
  const rows = Object.values(counts).reduce((a, b) => a + b, 0);
  process.stdout.write(`${JSON.stringify(counts, null, 2)}\n`);
  process.stdout.write(
    `restored ${Object.keys(counts).length} tables, ${rows} rows into ${values['data-dir']}\n`,
  );
} catch (error) {
  process.stderr.write(`cutover: restore failed: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
