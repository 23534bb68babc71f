import path from 'node:path';
import {
  CHECKPOINTS_FILE,
  checkpointLine,
  publicKeyFileName,
  writeAuditCheckpoint,
} from '@cutover/db';
import { checkpointTarget } from '../audit/checkpoint-setup';
import { runCommand } from './run-command';

/**
 * `pnpm audit:checkpoint`: signs the audit log's head now and appends it to the checkpoint
 * file. Exit 0 when written (or the log is empty), 2 when the log no longer matches the last
 * checkpoint (nothing is written over it), 1 on a configuration error.
 */
await runCommand(async (database, env) => {
  const target = checkpointTarget(env);
  const result = await writeAuditCheckpoint(database.db, target);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const file = path.join(target.dir, CHECKPOINTS_FILE);
  if (result.status === 'empty') {
    out('the audit log is empty: nothing to checkpoint');
    return 0;
  }
  if (result.status === 'disagrees') {
    const { previous } = result;
    out(
      `audit log does NOT match its last checkpoint (row #${previous.id}, taken ${previous.at}, in ${file}): nothing written; run pnpm audit:verify`,
    );
    return 2;
  }
  const { checkpoint } = result;
  out(
    `audit checkpoint written: head #${checkpoint.id} ${checkpoint.hash}, ${checkpoint.rows} rows, key ${checkpoint.keyId}`,
  );
  out(`  to ${file}`);
  out(`  public key ${path.join(target.dir, publicKeyFileName(checkpoint.keyId))}`);
  process.stdout.write(checkpointLine(checkpoint));
  return 0;
});
