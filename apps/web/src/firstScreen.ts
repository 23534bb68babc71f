import superjson, { type SuperJSONResult } from 'superjson';
import { prefetchDashboard, prefetchDashboardCode } from './dashboard/prefetch';
import type { Me } from './providers/authApi';
import { fetchMe } from './providers/authApi';
import { prefetch, prefetchKey, prefetchReady } from './providers/prefetch';

/** The page's JSON data block, written by the server (apps/server/src/routes/first-screen.ts). */
export const FIRST_SCREEN_BLOCK = 'cutover-first-screen';

export interface InlinedAnswer {
  path: string;
  input?: unknown;
  answer: SuperJSONResult;
}

/**
 * What the first screen needs, asked for before React renders: who is signed in (every page
 * checks it) and, on the dashboard, its summary. Called in one tick, they travel in one
 * batched request (httpBatchLink); a signed-out visitor gets two refusals and the login page.
 * A signed-in page load already carries the user and the dashboard at the user's scope
 * (`inlined`): those are handed out as they are, and only what they do not cover is asked.
 */
export function prefetchFirstScreen(
  location: Pick<Location, 'hash'>,
  inlined: InlinedAnswer[] = readInlinedAnswers(),
) {
  const given = new Map(inlined.map((entry) => [prefetchKey(entry.path, entry.input), entry]));
  const hand = (path: string, input: unknown) => {
    const entry = given.get(prefetchKey(path, input));
    if (!entry) return false;
    try {
      prefetchReady(path, input, superjson.deserialize(entry.answer));
      return true;
    } catch {
      // Not an answer after all: the page asks the server as it would without the block.
      return false;
    }
  };
  if (!hand('auth.me', undefined)) prefetch<Me>('auth.me', undefined, fetchMe);
  // react-admin's hash router: `#/?node=…` is the dashboard, `#/staff…` another page.
  const route = location.hash.replace(/^#/, '') || '/';
  const [pathname = '/', search = ''] = route.split('?');
  if (pathname !== '/' && pathname !== '') return;
  // The server answers for the user's own scope, the first wave, today: the bare `#/`.
  if (search === '' && hand('dashboard.summary', {})) {
    for (const entry of inlined) {
      if (entry.path.startsWith('dashboard.') && entry.path !== 'dashboard.summary') {
        hand(entry.path, entry.input);
      }
    }
    prefetchDashboardCode();
    return;
  }
  prefetchDashboard(search);
}

/** The data block's answers, once; none when it is absent or not what the server writes. */
export function readInlinedAnswers(
  doc: Pick<Document, 'getElementById'> | undefined = globalThis.document,
) {
  const block = doc?.getElementById(FIRST_SCREEN_BLOCK);
  if (!block?.textContent) return [];
  block.remove();
  try {
    const parsed: unknown = JSON.parse(block.textContent);
    return Array.isArray(parsed) ? (parsed.filter(isInlinedAnswer) as InlinedAnswer[]) : [];
  } catch {
    return [];
  }
}

const isInlinedAnswer = (value: unknown) =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as InlinedAnswer).path === 'string' &&
  typeof (value as InlinedAnswer).answer === 'object';
