import { verifyAuditChain } from '@cutover/db';
import { runCommand } from './run-command';

await runCommand(async (database) => {
  const report = await verifyAuditChain(database.db, (checked) =>
    process.stderr.write(`\rchecked ${checked} rows`),
  );
  process.stderr.write('\n');
  if (report.ok) {
    const head = report.head ? `; head #${report.head.id} ${report.head.hash}` : '';
    process.stdout.write(`audit log intact: ${report.checked} rows${head}\n`);
    return 0;
  }
  const why =
    report.reason === 'content_changed'
      ? 'its content no longer matches its hash'
      : 'its prev_hash does not match the previous row';
  process.stdout.write(
    `audit log BROKEN at row #${report.brokenAt}: ${why} (${report.checked} rows before it are intact)\n`,
  );
  return 2;
});
