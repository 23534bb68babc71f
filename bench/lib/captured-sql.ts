import pg from 'pg';

export interface CapturedQuery {
  name?: string;
  text: string;
  values: unknown[];
}

/**
 * Runs `call` while noting every query the pg driver is asked to send, and returns the first
 * whose prepared-statement name is `name`: the exact SQL and parameters an API call issues.
 */
export async function captureQuery(name: string, call: () => Promise<unknown>) {
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  let found: CapturedQuery | undefined;
  prototype.query = function (this: unknown, ...args: unknown[]) {
    // Drizzle sends `query({ name, text, … }, params)`; other callers put the values inside.
    const [config, params] = args as [Partial<CapturedQuery> | string, unknown];
    if (!found && typeof config === 'object' && config?.name === name && config.text) {
      const values = Array.isArray(params) ? params : (config.values ?? []);
      found = { name: config.name, text: config.text, values: [...values] };
    }
    return original.apply(this, args);
  };
  try {
    await call();
  } finally {
    prototype.query = original;
  }
  if (!found) throw new Error(`no query named ${name} was sent`);
  return found;
}
