/**
 * Answers asked for before React is up, so the first screen's data travels while the app's
 * scripts start. An answer is handed out once, within a few seconds of the call: after that
 * (or after a failure) the page asks the server itself, so nothing stale is ever shown.
 */
const FRESH_MS = 10_000;

interface Entry {
  answer: Promise<unknown>;
  at: number;
  /** The answer itself when it was in hand from the start (the page's own data block). */
  ready?: { value: unknown };
}

const entries = new Map<string, Entry>();

/** The same key for the same input whatever the order of its fields; undefined ones dropped. */
export function prefetchKey(path: string, input: unknown): string {
  const fields =
    input && typeof input === 'object'
      ? Object.entries(input)
          .filter(([, value]) => value !== undefined)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      : [];
  return `${path} ${JSON.stringify(fields)}`;
}

/** Starts `call` now and keeps its answer for the first `takePrefetched` with the same input. */
export function prefetch<T>(path: string, input: unknown, call: () => Promise<T>): Promise<T> {
  const key = prefetchKey(path, input);
  const answer = call();
  entries.set(key, { answer, at: Date.now() });
  // A failure is the taker's to report; if nobody takes it, it is simply forgotten.
  answer.catch(() => {
    if (entries.get(key)?.answer === answer) entries.delete(key);
  });
  return answer;
}

/**
 * Keeps an answer that is already here (the page carried it) for the first taker, who can
 * have it during its first render (`takeReady`) instead of one promise tick, and one more
 * render, later.
 */
export function prefetchReady<T>(path: string, input: unknown, value: T) {
  entries.set(prefetchKey(path, input), {
    answer: Promise.resolve(value),
    at: Date.now(),
    ready: { value },
  });
}

/** The prefetched answer for this call, once, if it is still fresh; otherwise undefined. */
export function takePrefetched<T>(path: string, input: unknown): Promise<T> | undefined {
  return take(path, input)?.answer as Promise<T> | undefined;
}

/** Like takePrefetched, for an answer already in hand only: none while one is on its way. */
export function takeReady<T>(path: string, input: unknown): { value: T } | undefined {
  if (!entries.get(prefetchKey(path, input))?.ready) return undefined;
  return take(path, input)?.ready as { value: T } | undefined;
}

function take(path: string, input: unknown): Entry | undefined {
  const key = prefetchKey(path, input);
  const entry = entries.get(key);
  if (!entry) return undefined;
  entries.delete(key);
  return Date.now() - entry.at <= FRESH_MS ? entry : undefined;
}

/** Drops every prefetched answer (sign-in, sign-out: they belonged to another session). */
export function forgetPrefetched() {
  entries.clear();
}
