import autocannon from 'autocannon';

export interface LoadResult {
  name: string;
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  errors: number;
  non2xx: number;
  timeouts: number;
  /** Answers by HTTP status ("200": 1234, "500": 3). */
  statuses: Record<string, number>;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
}

export interface LoadTarget {
  name: string;
  url: string;
  /** POSTed as JSON (a tRPC call as the web client makes it); GET when absent. */
  body?: unknown;
  headers?: Record<string, string>;
  connections: number;
  seconds: number;
  /**
   * A mix: each connection sends these in turn (paths on the URL's host, POSTed as JSON),
   * in place of the URL's one request.
   */
  mix?: { path: string; body: unknown; headers?: Record<string, string> }[];
  /** Seconds of the same load first, not counted: pools, prepared statements, caches. */
  warmupSeconds?: number;
}

/**
 * A fixed-length load on one URL from this process (autocannon), loopback only. It stops by
 * itself after `seconds`; every request must answer 2xx for the run to count as clean.
 */
export async function runLoad(target: LoadTarget): Promise<LoadResult> {
  if (!/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(target.url)) {
    throw new Error(`the load goes to loopback only, not ${target.url}`);
  }
  const options: autocannon.Options = {
    url: target.url,
    method: target.body === undefined ? ('GET' as const) : ('POST' as const),
    headers: {
      ...(target.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...target.headers,
    },
    ...(target.body === undefined ? {} : { body: JSON.stringify(target.body) }),
    connections: target.connections,
    timeout: 30,
    ...(target.mix
      ? {
          requests: target.mix.map((request) => ({
            method: 'POST' as const,
            path: request.path,
            headers: { 'content-type': 'application/json', ...request.headers },
            body: JSON.stringify(request.body),
          })),
        }
      : {}),
  };
  const warmup = target.warmupSeconds ?? 3;
  if (warmup > 0) await autocannon({ ...options, duration: warmup });
  const result = await autocannon({ ...options, duration: target.seconds });
  return {
    name: target.name,
    connections: target.connections,
    seconds: target.seconds,
    requests: result.requests.total,
    // Finished requests over the run's length: autocannon's per-second average rounds a
    // slow run's seconds to 0.
    requestsPerSecond: Math.round((result.requests.total / target.seconds) * 10) / 10,
    errors: result.errors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
    statuses: Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, stat.count ?? 0]),
    ),
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
  };
}

/** Calls `call` from `connections` loops at once for `seconds`: requests/s of a function. */
export async function runLoops(
  name: string,
  call: () => Promise<unknown>,
  connections: number,
  seconds: number,
): Promise<{ name: string; connections: number; requestsPerSecond: number }> {
  const until = Date.now() + seconds * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < until) {
        await call();
        done++;
      }
    }),
  );
  return { name, connections, requestsPerSecond: Math.round(done / seconds) };
}
