import { randomUUID } from 'node:crypto';

export const webHeaders = { 'content-type': 'application/json', 'x-cutover-client': 'web' };
const TIMEOUT_MS = 15_000;

export interface Actor {
  login: string;
  cookie: string;
  /** An institution in the actor's scope, where its creates go. */
  institutionId: number;
}

/** What a client knows of one request: an answer, a refusal, or nothing (unknown). */
export type Outcome =
  | { kind: 'acknowledged'; status: number; body: unknown; ms: number }
  | { kind: 'failed'; status: number; ms: number }
  | { kind: 'unknown'; error: string; ms: number };

export async function call(url: string, init: RequestInit): Promise<Outcome> {
  const started = performance.now();
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
    const body = await response.json().catch(() => null);
    const ms = performance.now() - started;
    return response.ok
      ? { kind: 'acknowledged', status: response.status, body, ms }
      : { kind: 'failed', status: response.status, ms };
  } catch (error) {
    return { kind: 'unknown', error: (error as Error).name, ms: performance.now() - started };
  }
}

export async function signIn(baseUrl: string, login: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/trpc/auth.signIn`, {
    method: 'POST',
    headers: webHeaders,
    body: JSON.stringify({ json: { login, password } }),
  });
  if (!response.ok) throw new Error(`sign-in of ${login} failed: ${response.status}`);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

export function readStaff(baseUrl: string, actor: Actor): Promise<Outcome> {
  const input = encodeURIComponent(JSON.stringify({ json: { page: 1, perPage: 25 } }));
  return call(`${baseUrl}/trpc/staff.list?input=${input}`, {
    headers: { ...webHeaders, cookie: actor.cookie },
  });
}

export interface KeyedWrite {
  key: string;
  fullName: string;
  actor: Actor;
}

export function newWrite(actor: Actor, tag: string): KeyedWrite {
  const key = randomUUID();
  return { key, fullName: `Drill ${tag} ${key}`, actor };
}

export function createStaff(baseUrl: string, write: KeyedWrite): Promise<Outcome> {
  return call(`${baseUrl}/trpc/staff.create`, {
    method: 'POST',
    headers: { ...webHeaders, cookie: write.actor.cookie },
    body: JSON.stringify({
      json: {
        orgUnitId: write.actor.institutionId,
        fullName: write.fullName,
        role: 'teacher',
        idempotencyKey: write.key,
      },
    }),
  });
}

export interface LoadFigures {
  requests: number;
  reads: number;
  writes: number;
  errors: number;
  timeouts: number;
  p50Ms: number;
  p99Ms: number;
  perSecond: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round(sorted[Math.max(0, index)] ?? 0);
}

/**
 * `connections` loops, each sending one request after another until `seconds` pass: one
 * write in `writeEvery`, reads otherwise, spread over the actors.
 */
export async function mixedLoad(
  baseUrl: string,
  actors: Actor[],
  connections: number,
  seconds: number,
  writeEvery = 5,
): Promise<LoadFigures> {
  const until = Date.now() + seconds * 1000;
  const latencies: number[] = [];
  let reads = 0;
  let writes = 0;
  let errors = 0;
  let timeouts = 0;
  const loop = async (n: number) => {
    for (let i = 0; Date.now() < until; i++) {
      const actor = actors[(n + i) % actors.length] as Actor;
      const isWrite = (n + i) % writeEvery === 0;
      const outcome = isWrite
        ? await createStaff(baseUrl, newWrite(actor, 'load'))
        : await readStaff(baseUrl, actor);
      if (isWrite) writes++;
      else reads++;
      latencies.push(outcome.ms);
      if (outcome.kind === 'failed') errors++;
      if (outcome.kind === 'unknown') timeouts++;
    }
  };
  await Promise.all(Array.from({ length: connections }, (_, n) => loop(n)));
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    reads,
    writes,
    errors,
    timeouts,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    perSecond: Math.round(latencies.length / seconds),
  };
}
