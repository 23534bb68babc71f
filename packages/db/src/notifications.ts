import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export interface NotificationHandlers {
  /** A notification arrived on the channel. */
  notify(): void;
  /**
   * Listening began (true) or was lost (false). While lost, notifications may be missed:
   * whoever relies on them must not trust what they would have invalidated.
   */
  listening(on: boolean): void;
}

/** Stops listening for good. */
export type StopListening = () => Promise<void>;

const RETRY_MS = [500, 1_000, 2_000, 5_000];
// Only a fixed channel name is ever interpolated into LISTEN (it takes no parameters).
const CHANNEL = /^[a-z_][a-z0-9_]*$/;

/**
 * PostgreSQL: a connection of its own (outside the pool: LISTEN belongs to one session),
 * reconnected after a loss with a growing pause; `listening(false)` at once on a loss.
 */
export async function listenPostgres(
  url: string,
  channel: string,
  handlers: NotificationHandlers,
): Promise<StopListening> {
  if (!CHANNEL.test(channel)) throw new Error(`not a channel name: ${channel}`);
  let stopped = false;
  let client: pg.Client | null = null;
  let timer: NodeJS.Timeout | null = null;
  let failures = 0;

  const lost = (failed: pg.Client) => {
    if (client !== failed) return;
    client = null;
    handlers.listening(false);
    failed.end().catch(() => undefined);
    if (!stopped) schedule();
  };
  const schedule = () => {
    const pause = RETRY_MS[Math.min(failures, RETRY_MS.length - 1)] ?? 5_000;
    failures++;
    timer = setTimeout(() => void connect(), pause);
    timer.unref();
  };
  const connect = async () => {
    timer = null;
    const next = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
    next.on('error', () => lost(next));
    next.on('end', () => lost(next));
    next.on('notification', (message) => {
      if (message.channel === channel) handlers.notify();
    });
    client = next;
    try {
      await next.connect();
      await next.query(`LISTEN ${channel}`);
      if (stopped || client !== next) return;
      failures = 0;
      handlers.listening(true);
    } catch {
      lost(next);
    }
  };

  await connect();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    const current = client;
    client = null;
    handlers.listening(false);
    await current?.end().catch(() => undefined);
  };
}

/** PGlite: one process owns the data directory, so its own connection hears every commit. */
export async function listenPglite(
  client: PGlite,
  channel: string,
  handlers: NotificationHandlers,
): Promise<StopListening> {
  const unlisten = await client.listen(channel, () => handlers.notify());
  handlers.listening(true);
  return async () => {
    handlers.listening(false);
    await unlisten().catch(() => undefined);
  };
}
