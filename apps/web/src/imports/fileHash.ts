import type { ImportFiles } from './types';

const hex = (buffer: ArrayBuffer) =>
  [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, '0')).join('');

async function sha256(data: BufferSource): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', data));
}

/**
 * The hash the server files the upload under (packages/api/src/imports/upload.ts): the
 * file's SHA-256, or for the OneRoster pair the SHA-256 of both hex digests joined by ':'.
 * Null where the browser offers no Web Crypto (a page served over plain HTTP).
 */
export async function uploadHash(files: ImportFiles): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  if (files.format === 'staff_csv') return sha256(await files.file.arrayBuffer());
  const [orgs, users] = await Promise.all([
    sha256(await files.orgs.arrayBuffer()),
    sha256(await files.users.arrayBuffer()),
  ]);
  return sha256(new TextEncoder().encode(`${orgs}:${users}`));
}
