import { createReadStream } from 'node:fs';
import { mkdir, open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import {
  type CheckpointSigner,
  checkpointLine,
  parseCheckpoint,
  type SignedAuditCheckpoint,
} from './checkpoint';

export const CHECKPOINTS_FILE = 'checkpoints.jsonl';

export function publicKeyFileName(keyId: string): string {
  return `public-key-${keyId}.pem`;
}

/**
 * Appends one checkpoint line and fsyncs it (and the directory, when the file is new).
 * A line left unfinished by a crash is closed first, so it never swallows the new one.
 */
export async function appendCheckpoint(dir: string, checkpoint: SignedAuditCheckpoint) {
  await mkdir(dir, { recursive: true });
  const handle = await open(path.join(dir, CHECKPOINTS_FILE), 'a+', 0o644);
  let created = false;
  try {
    const { size } = await handle.stat();
    created = size === 0;
    let text = checkpointLine(checkpoint);
    if (size > 0) {
      const last = Buffer.alloc(1);
      await handle.read(last, 0, 1, size - 1);
      if (last[0] !== 0x0a) text = `\n${text}`;
    }
    await handle.write(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (created) await syncDirectory(dir);
}

async function syncDirectory(dir: string) {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes `public-key-<keyId>.pem` beside the checkpoints unless it is there already. */
export async function writePublicKeyFile(dir: string, signer: CheckpointSigner) {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, publicKeyFileName(signer.keyId));
  await writeFile(file, signer.publicKeyPem, { flag: 'wx', mode: 0o644 }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    },
  );
  return file;
}

const TAIL_BYTES = 64 * 1024;

/** The last well-formed checkpoint line of the file, or null (no file, empty, damaged tail). */
export async function lastCheckpointIn(file: string): Promise<SignedAuditCheckpoint | null> {
  const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (!handle) return null;
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, TAIL_BYTES);
    const tail = Buffer.alloc(length);
    await handle.read(tail, 0, length, size - length);
    const lines = tail.toString('utf8').split('\n');
    for (let i = lines.length - 1; i >= 0; i--) {
      const line = lines[i]?.trim();
      if (line) return checkpointFromLine(line);
    }
    return null;
  } finally {
    await handle.close();
  }
}

export type CheckpointFileLine =
  | { line: number; checkpoint: SignedAuditCheckpoint }
  | { line: number; checkpoint: null };

/**
 * Streams the checkpoints of a file: checkpoints.jsonl, or the server's JSON log, whose
 * records carry them under `auditCheckpoint` (its other records are skipped). A line that is
 * neither yields `checkpoint: null`.
 */
export async function* readCheckpointFile(file: string): AsyncGenerator<CheckpointFileLine> {
  const lines = createInterface({
    input: createReadStream(file),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let number = 0;
  for await (const raw of lines) {
    number++;
    const text = raw.trim();
    if (!text) continue;
    const parsed = parseJson(text);
    if (isOtherLogRecord(parsed)) continue;
    yield { line: number, checkpoint: checkpointFromJson(parsed) };
  }
}

function checkpointFromLine(text: string) {
  return checkpointFromJson(parseJson(text));
}

function checkpointFromJson(parsed: unknown) {
  const record = parsed as { auditCheckpoint?: unknown } | null;
  if (record && typeof record === 'object' && 'auditCheckpoint' in record) {
    return parseCheckpoint(record.auditCheckpoint);
  }
  return parseCheckpoint(parsed);
}

/** A pino record (level, time, msg) that carries no checkpoint. */
function isOtherLogRecord(parsed: unknown): boolean {
  if (!parsed || typeof parsed !== 'object') return false;
  const record = parsed as Record<string, unknown>;
  return (
    typeof record.level === 'number' &&
    typeof record.msg === 'string' &&
    !('auditCheckpoint' in record)
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
