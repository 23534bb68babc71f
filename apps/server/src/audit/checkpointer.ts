import path from 'node:path';
import {
  CHECKPOINTS_FILE,
  checkpointRecord,
  type Database,
  type SignedAuditCheckpoint,
  writeAuditCheckpoint,
} from '@cutover/db';
import type { Logger } from 'pino';
import { type PeriodicJobOptions, startPeriodicJob } from '../periodic-job';
import type { CheckpointSetup, CheckpointTarget } from './checkpoint-setup';

/** The log no longer holds what its last checkpoint attests: nothing is signed over it. */
export class AuditCheckpointRefusedError extends Error {}

export interface AuditCheckpointer {
  /**
   * A signed checkpoint of the current head, written to the checkpoint file and the log
   * (the last one when the head has not moved since); null while the log is empty.
   */
  write(): Promise<SignedAuditCheckpoint | null>;
}

export function auditCheckpointer(
  database: Database,
  logger: Logger,
  target: CheckpointTarget,
): AuditCheckpointer {
  const file = path.join(target.dir, CHECKPOINTS_FILE);
  return {
    async write() {
      const result = await writeAuditCheckpoint(database.db, { ...target, reuseUnchanged: true });
      if (result.status === 'empty') return null;
      if (result.status === 'disagrees') {
        const { previous } = result;
        throw new AuditCheckpointRefusedError(
          `the audit log no longer matches its last checkpoint (row #${previous.id}, taken ${previous.at}, in ${file}): run pnpm audit:verify`,
        );
      }
      if (result.written) {
        logger.info(
          { auditCheckpoint: checkpointRecord(result.checkpoint), file },
          'audit checkpoint written',
        );
      }
      return result.checkpoint;
    },
  };
}

/**
 * Signs the audit log's head at start, every `everyMinutes` and at a graceful stop, into the
 * checkpoint file and the log. Instances sharing the directory take turns under an advisory
 * lock; an unchanged head writes nothing new.
 */
export function startAuditCheckpointer(
  database: Database,
  logger: Logger,
  setup: CheckpointSetup,
  options: PeriodicJobOptions = {},
) {
  const checkpointer = auditCheckpointer(database, logger, setup);
  const job = startPeriodicJob(
    'audit checkpoint',
    logger,
    setup.everyMinutes,
    async () => {
      await checkpointer.write();
    },
    options,
  );
  return {
    ...checkpointer,
    async stop() {
      await job.stop();
      await checkpointer.write().catch((err: unknown) => {
        logger.error({ err }, 'audit checkpoint failed');
      });
    },
  };
}
