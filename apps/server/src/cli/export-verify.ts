import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  type ExportManifest,
  isZip,
  sha256File,
  verifyExport,
  verifyPackContents,
} from '@cutover/api';
import { ConfigError } from '../env';
import { runCommand } from './run-command';

const usage = 'usage: pnpm export:verify FILE [MANIFEST]';

/** The manifest given, or the one downloaded beside the file (export-<id>.manifest.json). */
function manifestOf(file: string, given: string | undefined): ExportManifest | null {
  const id = /^export-(\d+)-/.exec(path.basename(file))?.[1];
  const candidate =
    given ?? (id ? path.join(path.dirname(file), `export-${id}.manifest.json`) : null);
  if (!candidate || !existsSync(candidate)) {
    if (given) throw new ConfigError(`no such manifest: ${given}; ${usage}`);
    return null;
  }
  try {
    return JSON.parse(readFileSync(candidate, 'utf8')) as ExportManifest;
  } catch {
    throw new ConfigError(`${candidate} is not a manifest (JSON); ${usage}`);
  }
}

/**
 * `pnpm export:verify FILE [MANIFEST]`: recomputes the export's SHA-256 and checks it
 * against the audit log and the manifest. Exit 0 when they match, 2 when they do not,
 * 1 on a usage error.
 */
await runCommand(async (database) => {
  const [file, given, ...rest] = process.argv.slice(2);
  if (!file || rest.length > 0) throw new ConfigError(usage);
  if (!existsSync(file)) throw new ConfigError(`no such file: ${file}; ${usage}`);
  const manifest = manifestOf(file, given);
  const { sha256 } = await sha256File(file);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  // An audit pack: every file inside must match the archive's manifest, then the whole.
  const packProblem = (await isZip(file)) ? await verifyPackContents(file) : null;
  if (packProblem) {
    out(`export REJECTED: ${file} (sha256 ${sha256}): ${packProblem}`);
    return 2;
  }
  const verdict = await verifyExport(database.db, sha256, manifest);
  if (!verdict.ok) {
    out(`export REJECTED: ${file} (sha256 ${sha256}): ${verdict.problem}`);
    return 2;
  }
  const against = manifest ? 'the audit log and its manifest' : 'the audit log';
  out(
    `export OK: ${file} is export #${verdict.exportId} (${verdict.rows} rows, sha256 ${sha256}), as recorded in audit entry #${verdict.auditEntryId}; checked against ${against}`,
  );
  return 0;
});
