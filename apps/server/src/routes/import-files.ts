import { Readable } from 'node:stream';
import { discardFile, type ImportUpload, type ReceivedFile, receiveFile } from '@cutover/api';
import type { FastifyRequest } from 'fastify';

export class BadUpload extends Error {}

const fileNameOf = (request: FastifyRequest) => {
  const name = (request.query as { name?: unknown }).name;
  return typeof name === 'string' && name.trim() !== '' ? name.trim().slice(0, 200) : 'staff.csv';
};

/**
 * Reads the upload into temporary files: a raw CSV body, or multipart with one `file`
 * (the staff CSV) or the OneRoster pair `orgs` and `users`. Each file stops at the limit.
 */
export async function receiveUpload(
  request: FastifyRequest,
  maxBytes: number,
): Promise<ImportUpload> {
  if (!request.isMultipart()) {
    if (!(request.body instanceof Readable)) throw new BadUpload('imports.errors.unsupported_type');
    const file = await receiveFile(request.body, fileNameOf(request), maxBytes);
    return { format: 'staff_csv', file };
  }
  const files = new Map<string, ReceivedFile>();
  try {
    for await (const part of request.parts()) {
      if (part.type !== 'file') continue;
      if (files.has(part.fieldname)) throw new BadUpload('imports.errors.repeated_file');
      const name = part.filename || `${part.fieldname}.csv`;
      files.set(part.fieldname, await receiveFile(part.file, name, maxBytes));
    }
    return uploadOf(files);
  } catch (error) {
    await Promise.all([...files.values()].map(discardFile));
    throw error;
  }
}

function uploadOf(files: Map<string, ReceivedFile>): ImportUpload {
  const file = files.get('file');
  const orgs = files.get('orgs');
  const users = files.get('users');
  if (file && files.size === 1) return { format: 'staff_csv', file };
  if (orgs && users && files.size === 2) return { format: 'oneroster', orgs, users };
  throw new BadUpload('imports.errors.missing_file');
}

export const uploadedFiles = (upload: ImportUpload) =>
  upload.format === 'staff_csv' ? [upload.file] : [upload.orgs, upload.users];
