import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** The request's headers as tRPC reads them: by name, case-insensitive, lists joined. */
class NodeHeaders {
  constructor(private readonly incoming: IncomingHttpHeaders) {}

  get(name: string): string | null {
    const value = this.incoming[name.toLowerCase()];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(', ') : value;
  }

  has(name: string): boolean {
    return this.incoming[name.toLowerCase()] !== undefined;
  }
}

/**
 * The members of a Fetch `Request` that tRPC's `resolveResponse` reads (method, URL,
 * headers, the body as text, an abort signal), taken from the Fastify request without
 * copying it. Its signal aborts when the client goes before the answer was written, as
 * tRPC's own adapters do. The body is the text Fastify read (or none, for a GET); bodies
 * of other kinds never reach tRPC (see trpc-body-guard.ts).
 */
export function fetchLikeRequest(request: FastifyRequest, reply: FastifyReply): Request {
  const abort = new AbortController();
  const response = reply.raw;
  const onClose = () => {
    if (!response.writableEnded) abort.abort();
  };
  response.once('close', onClose);
  const body = typeof request.body === 'string' ? request.body : '';
  const fetchLike = {
    method: request.method,
    url: `http://localhost${request.url}`,
    headers: new NodeHeaders(request.headers),
    signal: abort.signal,
    text: async () => body,
  };
  return fetchLike as unknown as Request;
}
