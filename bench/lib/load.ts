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
}

/**
 * A fixed-length load on one URL from this process (autocannon), loopback only. It stops by
 * itself after `seconds`; every request must answer 2xx for the run to count as clean.
 */
export async function runLoad(target: LoadTarget): Promise<LoadResult> {
  if (!/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(target.url)) {
    throw new Error(`the load goes to loopback only, not ${target.url}`);
  }
  const result = await autocannon({
    url: target.url,
    method: target.body === undefined ? 'GET' : 'POST',
    headers: {
      ...(target.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...target.headers,
    },
    ...(target.body === undefined ? {} : { body: JSON.stringify(target.body) }),
    connections: target.connections,
    duration: target.seconds,
    timeout: 30,
  });
  return {
    name: target.name,
    connections: target.connections,
    seconds: target.seconds,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    errors: result.errors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
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
