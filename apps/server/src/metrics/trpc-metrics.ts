import { appRouter } from '@cutover/api';
import type { FastifyInstance } from 'fastify';
import type { Metrics } from './metrics';

const known = new Set(Object.keys(appRouter._def.procedures));

/** A procedure label: a name the router knows, else "unknown" (the URL is the caller's to invent). */
export function procedureLabel(name: string | undefined): string {
  return name && known.has(name) ? name : 'unknown';
}

/** `/trpc/a.b,c.d?batch=1` -> the procedures it calls. */
export function proceduresOf(url: string, prefix: string): string[] {
  const pathname = url.split('?')[0] ?? '';
  const names = decodeURIComponent(pathname.slice(prefix.length + 1));
  return names.split(',').map(procedureLabel);
}

/** Counts every call under `prefix` and its duration, per procedure. */
export function registerTrpcMetrics(app: FastifyInstance, metrics: Metrics, prefix: string) {
  app.addHook('onResponse', async (request, reply) => {
    if (!request.url.startsWith(`${prefix}/`)) return;
    const seconds = reply.elapsedTime / 1000;
    let procedures: string[];
    try {
      procedures = proceduresOf(request.url, prefix);
    } catch {
      procedures = ['unknown'];
    }
    for (const procedure of procedures) metrics.observeProcedure(procedure, seconds);
  });
}
