import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import {
  type ApiDeps,
  contentTypeOf,
  exportById,
  exportDir,
  loggableError,
  manifestFileName,
  runExportRead,
} from '@cutover/api';
import { idFromText } from '@cutover/domain';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type CookieOptions, createContextFactory } from '../context';

export interface ExportRouteOptions {
  deps: ApiDeps;
  cookie: CookieOptions;
}

type FileOf = (job: { id: number; fileName: string | null }) => string | null;

/**
 * Finished exports download here, behind the export gate (session, scope, the exports
 * permission and the report's own); the bytes are the file whose hash the audit log holds.
 */
export function registerExportRoutes(app: FastifyInstance, options: ExportRouteOptions) {
  const contextOf = createContextFactory(options.deps, options.cookie);
  const dir = exportDir(options.deps);

  const serve =
    (fileOf: FileOf, typeOf: (format: string) => string) =>
    async (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) => {
      const id = idFromText(request.params.id);
      if (id === undefined) return refuse(reply, 404, 'errors.not_found', request);
      try {
        const context = contextOf({ req: request, res: reply });
        const job = await runExportRead(context, (data, scope) => exportById(data, scope, id));
        const name = job.status === 'succeeded' ? fileOf(job) : null;
        if (!name) return refuse(reply, 409, 'exports.errors.not_ready', request);
        const file = path.join(dir, name);
        const size = await stat(file).then(
          (s) => s.size,
          () => null,
        );
        if (size === null) return refuse(reply, 410, 'exports.errors.expired', request);
        return reply
          .type(typeOf(job.format))
          .header('content-length', size)
          .header('content-disposition', `attachment; filename="${name}"`)
          .header('cache-control', 'no-store')
          .send(createReadStream(file));
      } catch (error) {
        if (error instanceof TRPCError) {
          return refuse(reply, getHTTPStatusCodeFromError(error), error.message, request);
        }
        request.log.error({ err: loggableError(error) }, 'export download failed');
        return refuse(reply, 500, 'errors.internal', request);
      }
    };

  app.get(
    '/api/exports/:id/file',
    serve(
      (job) => job.fileName,
      (format) => contentTypeOf[format] ?? 'application/octet-stream',
    ),
  );
  app.get(
    '/api/exports/:id/manifest.json',
    serve(
      (job) => manifestFileName(job.id),
      () => 'application/json; charset=utf-8',
    ),
  );
}

function refuse(reply: FastifyReply, status: number, message: string, request: FastifyRequest) {
  return reply.code(status).send({ error: { message, requestId: request.id } });
}
