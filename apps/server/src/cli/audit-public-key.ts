import { writePublicKeyFile } from '@cutover/db';
import { checkpointTarget } from '../audit/checkpoint-setup';
import { ConfigError, loadEnv } from '../env';

/**
 * `pnpm audit:public-key`: prints the public half of the audit signing key (PEM) for a
 * verifier, and writes it beside the checkpoints. Needs no database.
 */
try {
  const { signer, dir } = checkpointTarget(loadEnv());
  const file = await writePublicKeyFile(dir, signer);
  process.stdout.write(signer.publicKeyPem);
  process.stderr.write(`key id ${signer.keyId}; also in ${file}\n`);
} catch (error) {
  const message = (error as Error).message;
  process.stderr.write(
    `cutover: ${error instanceof ConfigError ? message : `failed: ${message}`}\n`,
  );
  process.exitCode = 1;
}
