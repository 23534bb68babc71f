import { createHash, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TextDecoder } from 'node:util';
import type { ImportErrorKey } from '@cutover/domain';

export const DEFAULT_MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** An uploaded file on local disk, with what the first pass learnt about it. */
export interface ReceivedFile {
  name: string;
  path: string;
  size: number;
  sha256: string;
  encoding: 'utf-8' | 'windows-1251';
  /** A file-level problem found while receiving: binary data, an unknown encoding, empty. */
  problem: ImportErrorKey | null;
}

export class FileTooLarge extends Error {
  constructor(readonly limit: number) {
    super('imports.errors.too_large');
  }
}

/** Control bytes no text file holds (everything below space but tab, LF, FF and CR). */
function hasBinaryBytes(chunk: Uint8Array): boolean {
  for (const byte of chunk) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d)
      return true;
  }
  return false;
}

/**
 * Streams an upload to a temporary file while hashing it, checking that it is text and
 * whether it is valid UTF-8; stops at `maxBytes` without reading further.
 */
export async function receiveFile(
  source: AsyncIterable<Uint8Array>,
  name: string,
  maxBytes = DEFAULT_MAX_IMPORT_BYTES,
): Promise<ReceivedFile> {
  const dir = path.join(tmpdir(), 'cutover-imports');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, randomUUID());
  const out = createWriteStream(file);
  const hash = createHash('sha256');
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let size = 0;
  let utf8Valid = true;
  let binary = false;
  // 0x98 is the one byte Windows-1251 leaves undefined.
  let cp1251Hole = false;
  try {
    for await (const chunk of source) {
      size += chunk.length;
      if (size > maxBytes) throw new FileTooLarge(maxBytes);
      hash.update(chunk);
      binary ||= hasBinaryBytes(chunk);
      cp1251Hole ||= chunk.includes(0x98);
      if (utf8Valid) utf8Valid = decodes(utf8, chunk);
      if (!out.write(chunk)) await once(out, 'drain');
    }
    if (utf8Valid) utf8Valid = decodes(utf8);
    out.end();
    await once(out, 'close');
  } catch (error) {
    out.destroy();
    await rm(file, { force: true });
    throw error;
  }
  const problem: ImportErrorKey | null = binary
    ? 'imports.errors.binary_file'
    : size === 0
      ? 'imports.errors.empty_file'
      : !utf8Valid && cp1251Hole
        ? 'imports.errors.unknown_encoding'
        : null;
  const sha256 = hash.digest('hex');
  return {
    name,
    path: file,
    size,
    sha256,
    encoding: utf8Valid ? 'utf-8' : 'windows-1251',
    problem,
  };
}

function decodes(decoder: TextDecoder, chunk?: Uint8Array): boolean {
  try {
    decoder.decode(chunk, { stream: chunk !== undefined });
    return true;
  } catch {
    return false;
  }
}

export const discardFile = (file: ReceivedFile) => rm(file.path, { force: true });
