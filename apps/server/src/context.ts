import { randomUUID } from 'node:crypto';
import type { ApiDeps, Context } from '@cutover/api';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'cutover_session';
/** Until when (epoch ms) this client's reads go to the primary: set by its writes. */
export const PRIMARY_READS_COOKIE = 'cutover_primary_reads';

export interface CookieOptions {
  secure: boolean;
  maxAgeSeconds: number;
}

export function createContextFactory(deps: ApiDeps, cookie: CookieOptions) {
  return ({ req, res }: { req: FastifyRequest; res: FastifyReply }): Context => ({
    deps,
    request: {
      requestId: String(req.id ?? randomUUID()),
      clientIp: req.ip,
      userAgent: req.headers['user-agent'] ?? null,
      sessionToken: req.cookies[SESSION_COOKIE],
    },
    sessionCookie: {
      set: (token) =>
        res.setCookie(SESSION_COOKIE, token, {
          httpOnly: true,
          sameSite: 'lax',
          secure: cookie.secure,
          path: '/',
          maxAge: cookie.maxAgeSeconds,
        }),
      clear: () => res.clearCookie(SESSION_COOKIE, { path: '/' }),
    },
    readAfterWrite: {
      primaryUntil: Number(req.cookies[PRIMARY_READS_COOKIE]) || undefined,
      wrote: (until) =>
        res.setCookie(PRIMARY_READS_COOKIE, String(until), {
          httpOnly: true,
          sameSite: 'lax',
          secure: cookie.secure,
          path: '/',
          maxAge: Math.max(1, Math.ceil((until - Date.now()) / 1000)),
        }),
    },
  });
}
