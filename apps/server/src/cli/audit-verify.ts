import { parseArgs } from 'node:util';
import type { AuditChainReport, CheckpointProblem } from '@cutover/db';
import { verifyAuditChain } from '@cutover/db';
import { checkpointDir } from '../audit/checkpoint-setup';
import { readCheckpointSources } from '../audit/checkpoint-sources';
import { ConfigError } from '../env';
import { runCommand } from './run-command';

const usage = 'usage: pnpm audit:verify [--checkpoints FILE]... [--public-key FILE]...';

const problemText: Record<CheckpointProblem['reason'], string> = {
  malformed: 'not a checkpoint (damaged or edited)',
  unknown_key: 'signed by a key that was not given',
  bad_signature: 'its signature does not verify: the checkpoint is forged or was altered',
};

function breakText(report: Extract<AuditChainReport, { ok: false }>): string {
  const { brokenAt: id, anchor } = report;
  const label = anchor?.label ?? '';
  switch (report.reason) {
    case 'content_changed':
      return `row #${id}: its content no longer matches its hash`;
    case 'chain_broken':
      return `row #${id}: its prev_hash does not match the previous row`;
    case 'checkpoint_row_missing':
      return `row #${id} is missing, but checkpoint ${label} attests it: rows were deleted or truncated`;
    case 'checkpoint_hash_differs':
      return `row #${id} holds another hash than checkpoint ${label} attests: the chain up to it was rewritten`;
    case 'checkpoint_rows_differ':
      return `row #${id}: checkpoint ${label} counted ${anchor?.rows} rows up to it, the log holds ${report.checked}`;
  }
}

/**
 * `pnpm audit:verify`: walks the chain and checks it against every signed checkpoint.
 * Exit 0 when intact, 2 when the log or a checkpoint was tampered with, 1 on a usage or
 * configuration error.
 */
await runCommand(async (database, env) => {
  let values: { checkpoints?: string[] | undefined; 'public-key'?: string[] | undefined };
  try {
    ({ values } = parseArgs({
      options: {
        checkpoints: { type: 'string', multiple: true },
        'public-key': { type: 'string', multiple: true },
      },
    }));
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}; ${usage}`);
  }
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const { files, loaded } = await readCheckpointSources({
    checkpointFiles: values.checkpoints,
    publicKeyFiles: values['public-key'],
    dir: checkpointDir(env),
  });
  if (!loaded.ok) {
    const { file, line, reason, keyId } = loaded.problem;
    const key = keyId ? ` (key ${keyId})` : '';
    out(`audit checkpoint REFUSED at ${file}:${line}${key}: ${problemText[reason]}`);
    return 2;
  }

  const report = await verifyAuditChain(database.db, {
    anchors: loaded.anchors,
    onProgress: (checked) => process.stderr.write(`\rchecked ${checked} rows`),
  });
  process.stderr.write('\n');
  if (!report.ok) {
    const agreed = report.intactThrough
      ? `; rows up to #${report.intactThrough} agree with an earlier checkpoint`
      : '';
    out(
      `audit log BROKEN at ${breakText(report)} (${report.checked} rows before it are intact${agreed})`,
    );
    return 2;
  }
  const head = report.head ? `; head #${report.head.id} ${report.head.hash}` : '';
  out(`audit log intact: ${report.checked} rows${head}`);
  if (files.length === 0) {
    out(
      'NOT anchored: no checkpoints were given, so a log rewritten as a whole would pass too (see README "Audit checkpoints")',
    );
  } else {
    out(`agrees with ${report.anchorsChecked} signed checkpoints in ${files.join(', ')}`);
  }
  return 0;
});
