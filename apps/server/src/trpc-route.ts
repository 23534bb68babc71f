import type { AnyRouter } from '@trpc/server';
import { type HTTPErrorHandler, resolveResponse } from '@trpc/server/http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { fetchLikeRequest } from './trpc-request';

export interface TrpcRouteOptions<TRouter extends AnyRouter> {
  prefix: string;
  router: TRouter;
  createContext(opts: { req: FastifyRequest; res: FastifyReply }): unknown;
  maxBatchSize: number;
  allowMethodOverride: boolean;
  onError?: HTTPErrorHandler<TRouter, Request> | undefined;
}

/**
 * tRPC over Fastify, as tRPC's own Fastify plugin serves it (same route, same protocol:
 * `resolveResponse` answers every call, batch and error) without its conversions: the
 * plugin copies each request into a Fetch `Request` and streams the answer back through
 * web streams, in chunks with no length. Here tRPC reads the Node request through the few
 * members it uses, and its answer, JSON, goes out whole with its length. On the dashboard
 * summary that was a tenth of the server's CPU per request (see the README's benchmarks).
 */
export async function registerTrpcRoute<TRouter extends AnyRouter>(
  app: FastifyInstance,
  options: TrpcRouteOptions<TRouter>,
) {
  await app.register(async (scope) => {
    // tRPC parses the body itself: it is read as text, within Fastify's body limit.
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) =>
      done(null, body),
    );
    scope.all<{ Params: { path: string } }>(`${options.prefix}/:path`, async (request, reply) => {
      const response = await resolveResponse<TRouter>({
        router: options.router,
        req: fetchLikeRequest(request, reply),
        path: request.params.path,
        error: null,
        maxBatchSize: options.maxBatchSize,
        allowMethodOverride: options.allowMethodOverride,
        createContext: async () =>
          (await options.createContext({ req: request, res: reply })) as never,
        ...(options.onError ? { onError: options.onError } : {}),
      });
      reply.code(response.status);
      response.headers.forEach((value, name) => {
        reply.header(name, value);
      });
      // As bytes: tRPC encoded its JSON text once; reading it back as text would decode it
      // only for Fastify to encode it again.
      return reply.send(response.body ? Buffer.from(await response.arrayBuffer()) : undefined);
    });
  });
}
