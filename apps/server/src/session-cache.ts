import { type Database, followAuthChanges, SessionCache, type SessionRecord } from '@cutover/db';
import type { Logger } from 'pino';

/**
 * The session cache, kept honest by the database's auth-change notifications; none when
 * `seconds` is 0. While those are not heard it answers nothing, and the loss is logged.
 */
export async function startSessionCache(database: Database, logger: Logger, seconds: number) {
  if (seconds === 0) return { cache: undefined, stop: async () => {} };
  const cache = new SessionCache<SessionRecord>(seconds * 1000);
  let heard = false;
  const stop = await followAuthChanges(database, cache, (on) => {
    if (on === heard) return;
    heard = on;
    if (on) logger.info('session cache: hearing auth changes');
    else logger.warn('session cache: auth changes not heard; every session is looked up');
  });
  return { cache, stop };
}
