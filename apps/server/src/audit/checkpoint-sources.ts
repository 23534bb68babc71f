import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import {
  CHECKPOINTS_FILE,
  CheckpointKeyError,
  type LoadedCheckpoints,
  loadCheckpoints,
  readPublicKeys,
} from '@cutover/db';
import { ConfigError } from '../env';

export interface CheckpointSources {
  /** Checkpoint files given with --checkpoints; none means the directory's own file. */
  checkpointFiles?: string[] | undefined;
  /** Public keys given with --public-key; none means the directory's public-key-*.pem. */
  publicKeyFiles?: string[] | undefined;
  /** The configured checkpoint directory. */
  dir: string;
}

const PUBLIC_KEY_FILE = /^public-key-[0-9a-f]{16}\.pem$/;

/** The files to read: those named, or the configured directory's. */
export function resolveCheckpointSources(sources: CheckpointSources) {
  const { dir } = sources;
  const checkpointFiles = sources.checkpointFiles?.length
    ? sources.checkpointFiles
    : [path.join(dir, CHECKPOINTS_FILE)].filter((file) => existsSync(file));
  const publicKeyFiles = sources.publicKeyFiles?.length
    ? sources.publicKeyFiles
    : existsSync(dir)
      ? readdirSync(dir)
          .filter((name) => PUBLIC_KEY_FILE.test(name))
          .map((name) => path.join(dir, name))
      : [];
  for (const file of [...checkpointFiles, ...publicKeyFiles]) {
    if (!existsSync(file)) throw new ConfigError(`${file}: no such file`);
  }
  if (checkpointFiles.length > 0 && publicKeyFiles.length === 0) {
    throw new ConfigError(
      `no public key to check the checkpoints with: pass --public-key FILE (none in ${dir})`,
    );
  }
  return { checkpointFiles, publicKeyFiles };
}

/** Reads and checks the signature of every checkpoint; unusable keys are a ConfigError. */
export async function readCheckpointSources(sources: CheckpointSources): Promise<{
  files: string[];
  loaded: LoadedCheckpoints;
}> {
  const { checkpointFiles, publicKeyFiles } = resolveCheckpointSources(sources);
  const keys = await readPublicKeys(publicKeyFiles).catch((error: unknown) => {
    if (error instanceof CheckpointKeyError) throw new ConfigError(error.message);
    throw error;
  });
  return { files: checkpointFiles, loaded: await loadCheckpoints(checkpointFiles, keys) };
}
