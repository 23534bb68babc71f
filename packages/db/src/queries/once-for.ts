import type { Executor } from '../client';

/**
 * `build(db)` once per executor: a hot statement's Drizzle query (and its SQL text) is
 * built on first use and reused by every later request on the same handle. A transaction
 * is a new handle, so a write builds its own.
 */
export function onceFor<T>(build: (db: Executor) => T): (db: Executor) => T {
  const built = new WeakMap<Executor, T>();
  return (db) => {
    let value = built.get(db);
    if (value === undefined) {
      value = build(db);
      built.set(db, value);
    }
    return value;
  };
}
