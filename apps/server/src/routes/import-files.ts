import { Readable } from 'node:stream';
import {
  discardFile,
  FileTooLarge,
  type ImportUpload,
  type ReceivedFile,
  receiveFile,
} from '@cutover/api';
import { hasControlCharacters } from '@cutover/domain';
import type { FastifyRequest } from 'fastify';

export class BadUpload extends Error {}

/** The name the report shows: trimmed and cut to 200 characters, free of control characters. */
function fileName(name: unknown, fallback: string): string {
  const text = typeof name === 'string' ? name.trim().slice(0, 200) : '';
  if (hasControlCharacters(text)) throw new BadUpload('errors.invalid_text');
  return text === '' ? fallback : text;
}

const fileNameOf = (request: FastifyRequest) =>
  fileName((request.query as { name?: unknown }).name, 'staff.csv');

/**
 * What the multipart parser refuses (no or a bad boundary, a truncated body, more parts than
 * an upload has) is the client's mistake, not the server's; our own errors pass through.
 */
function multipartProblem(error: unknown, request: FastifyRequest): unknown {
  if (error instanceof BadUpload || error instanceof FileTooLarge) return error;
  const known = Object.values(request.server.multipartErrors) as (new () => Error)[];
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return error;
  // The multipart parser (busboy) throws plain errors without a code; system errors have one.
  const parserError = error instanceof Error && error.constructor === Error && code === undefined;
  if (known.some((kind) => error instanceof kind) || parserError) {
    return new BadUpload('imports.errors.malformed_upload');
  }
  return error;
}

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
      const name = fileName(part.filename, `${part.fieldname}.csv`);
      files.set(part.fieldname, await receiveFile(part.file, name, maxBytes));
    }
    return uploadOf(files);
  } catch (error) {
    await Promise.all([...files.values()].map(discardFile));
    throw multipartProblem(error, request);
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
