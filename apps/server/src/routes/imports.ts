import { Readable } from 'node:stream';
import {
  type ApiDeps,
  DEFAULT_MAX_IMPORT_BYTES,
  discardFile,
  errorsCsvLines,
  FileTooLarge,
  importRowErrors,
  loggableError,
  runScoped,
  uploadImport,
} from '@cutover/api';
import { idFromText } from '@cutover/domain';
import multipart from '@fastify/multipart';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type CookieOptions, createContextFactory } from '../context';
import { BadUpload, receiveUpload, uploadedFiles } from './import-files';

export interface ImportRouteOptions {
  deps: ApiDeps;
  cookie: CookieOptions;
  maxBytes?: number | undefined;
}

/**
 * Roster uploads and their per-row reports. Both run behind the api's scope gate (the
 * session cookie, the caller's scope and the imports permission); the upload is a dry run.
 */
export async function registerImportRoutes(app: FastifyInstance, options: ImportRouteOptions) {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES;
  const contextOf = createContextFactory(options.deps, options.cookie);
  await app.register(async (scope) => {
    // One byte over the limit must reach our own check, which names the error.
    await scope.register(multipart, { limits: { fileSize: maxBytes + 1, files: 2, fields: 4 } });
    scope.addContentTypeParser(['text/csv', 'application/octet-stream'], (_req, payload, done) =>
      done(null, payload),
    );

    scope.post('/api/imports', async (request, reply) => {
      const context = contextOf({ req: request, res: reply });
      if (Number(request.headers['content-length'] ?? 0) > maxBytes + 64 * 1024) {
        return refuse(reply, 413, 'imports.errors.too_large', request);
      }
      try {
        // Who is asking is settled before a byte of the file is read.
        await runScoped(context, 'write', async () => null);
        const upload = await receiveUpload(request, maxBytes);
        try {
          return await uploadImport(context, upload);
        } finally {
          await Promise.all(uploadedFiles(upload).map(discardFile));
        }
      } catch (error) {
        return failed(reply, error, request);
      }
    });

    scope.get<{ Params: { id: string } }>('/api/imports/:id/errors.csv', async (request, reply) => {
      const id = idFromText(request.params.id);
      if (id === undefined) return refuse(reply, 404, 'errors.not_found', request);
      try {
        const errors = await importRowErrors(contextOf({ req: request, res: reply }), id);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="import-${id}-errors.csv"`)
          .send(Readable.from(errorsCsvLines(errors)));
      } catch (error) {
        return failed(reply, error, request);
      }
    });
  });
}

function refuse(reply: FastifyReply, status: number, message: string, request: FastifyRequest) {
  return reply.code(status).send({ error: { message, requestId: request.id } });
}

function failed(reply: FastifyReply, error: unknown, request: FastifyRequest) {
  if (error instanceof TRPCError) {
    return refuse(reply, getHTTPStatusCodeFromError(error), error.message, request);
  }
  if (error instanceof FileTooLarge || isMultipartTooLarge(error)) {
    return refuse(reply, 413, 'imports.errors.too_large', request);
  }
  if (error instanceof BadUpload) return refuse(reply, 400, error.message, request);
  request.log.error({ err: loggableError(error) }, 'import upload failed');
  return refuse(reply, 500, 'errors.internal', request);
}

const isMultipartTooLarge = (error: unknown) =>
  (error as { code?: unknown } | null)?.code === 'FST_REQ_FILE_TOO_LARGE';
