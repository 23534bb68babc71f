import type { Database } from '../../client';
import type { StopListening } from '../../notifications';

/** drizzle/0017_auth_change_notify.sql notifies here when a session look-up's inputs change. */
export const AUTH_CHANGED_CHANNEL = 'cutover_auth_changed';

interface Entry<T> {
  record: T;
  cachedAt: number;
}

/**
 * Live sessions a server has just looked up, so most requests skip that round trip. It is
 * trusted only while the database's change notifications are heard: any change to a session,
 * an account or a unit's path or name empties it (on every instance), and so does any write
 * through this instance's API, before its answer is sent (so a sign-out here is final here at
 * once). While the notifications are not heard it answers nothing. Entries also age out.
 */
export class SessionCache<T> {
  readonly #entries = new Map<string, Entry<T>>();
  #generation = 0;
  #trusted = false;

  constructor(
    private readonly ttlMs = 15_000,
    private readonly maxEntries = 10_000,
  ) {}

  /** Bumped by every invalidation: a look-up that began before one must not be stored. */
  get generation() {
    return this.#generation;
  }

  get trusted() {
    return this.#trusted;
  }

  invalidate() {
    this.#generation++;
    this.#entries.clear();
  }

  /** Whether notifications are heard; either way what is held is dropped. */
  setTrusted(trusted: boolean) {
    this.#trusted = trusted;
    this.invalidate();
  }

  get(idHash: string, now = Date.now()): T | null {
    if (!this.#trusted) return null;
    const entry = this.#entries.get(idHash);
    if (!entry) return null;
    if (now - entry.cachedAt >= this.ttlMs) {
      this.#entries.delete(idHash);
      return null;
    }
    return entry.record;
  }

  /** Stores a record looked up at `generation`, unless something changed since. */
  put(idHash: string, record: T, generation: number, now = Date.now()) {
    if (!this.#trusted || generation !== this.#generation) return;
    this.#entries.delete(idHash);
    // Oldest first in a Map's order: drop the oldest when full.
    if (this.#entries.size >= this.maxEntries) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
    this.#entries.set(idHash, { record, cachedAt: now });
  }

  /** Replaces a held record (its idle timer touched) without resetting its age. */
  update(idHash: string, record: T) {
    const entry = this.#entries.get(idHash);
    if (entry) entry.record = record;
  }

  get size() {
    return this.#entries.size;
  }
}

/**
 * Keeps a cache honest with the database's notifications; `onListening` hears when they
 * start or stop being heard. Returns how to stop.
 */
export function followAuthChanges<T>(
  database: Pick<Database, 'listen'>,
  cache: SessionCache<T>,
  onListening?: (on: boolean) => void,
): Promise<StopListening> {
  return database.listen(AUTH_CHANGED_CHANNEL, {
    notify: () => cache.invalidate(),
    listening: (on) => {
      cache.setTrusted(on);
      onListening?.(on);
    },
  });
}
