import { createHash } from 'node:crypto';
import { open as openFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { PACK_MANIFEST, type PackManifest } from './pack';

/** A zip archive starts with a local file header. */
export async function isZip(file: string): Promise<boolean> {
  const handle = await openFile(file, 'r');
  try {
    const head = Buffer.alloc(4);
    await handle.read(head, 0, 4, 0);
    return head.equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  } finally {
    await handle.close();
  }
}

/** Each entry of the archive with the SHA-256 of its bytes, and the manifest's text. */
export function readPackEntries(
  file: string,
): Promise<{ hashes: Map<string, string>; manifest: string | null }> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('not a zip archive'));
      const hashes = new Map<string, string>();
      let manifest: string | null = null;
      zip.on('error', reject);
      zip.on('end', () => resolve({ hashes, manifest }));
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, async (streamError, stream?: Readable) => {
          if (streamError || !stream) return reject(streamError ?? new Error('unreadable entry'));
          const hash = createHash('sha256');
          const parts: Buffer[] = [];
          try {
            for await (const chunk of stream) {
              hash.update(chunk as Buffer);
              if (entry.fileName === PACK_MANIFEST) parts.push(chunk as Buffer);
            }
          } catch (readError) {
            return reject(readError);
          }
          hashes.set(entry.fileName, hash.digest('hex'));
          if (entry.fileName === PACK_MANIFEST) manifest = Buffer.concat(parts).toString('utf8');
          zip.readEntry();
        });
      });
      zip.readEntry();
    });
  });
}

/**
 * The archive's own manifest must list exactly its other entries, each with the SHA-256 it
 * has. (The archive as a whole is checked against the audit log like any export.)
 */
export async function verifyPackContents(file: string): Promise<string | null> {
  const { hashes, manifest } = await readPackEntries(file).catch(() => ({
    hashes: new Map<string, string>(),
    manifest: null,
  }));
  if (manifest === null) return 'the archive holds no manifest.json';
  let parsed: PackManifest;
  try {
    parsed = JSON.parse(manifest) as PackManifest;
  } catch {
    return 'the archive manifest is not JSON';
  }
  const listed = new Set(parsed.files.map((f) => f.name));
  for (const name of hashes.keys()) {
    if (name !== PACK_MANIFEST && !listed.has(name)) return `${name} is not in the manifest`;
  }
  for (const entry of parsed.files) {
    if (hashes.get(entry.name) !== entry.sha256) return `${entry.name} does not match its SHA-256`;
  }
  return null;
}
