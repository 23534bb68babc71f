import { type ApiDeps, appRouter, createCallerFactory } from '@cutover/api';
import type { FastifyReply, FastifyRequest } from 'fastify';
import superjson from 'superjson';
import { type CookieOptions, createContextFactory, SESSION_COOKIE } from '../context';

/** The id of the page's JSON data block (apps/web/src/firstScreen.ts reads it). */
export const FIRST_SCREEN_BLOCK = 'cutover-first-screen';
/** How many laggards the worst-institutions panel lists (apps/web/src/dashboard/prefetch.ts). */
const WORST_LIMIT = 20;

export interface FirstScreenAnswer {
  path: string;
  input: unknown;
  /** superjson.serialize of the answer: the client's tRPC transformer reads it back. */
  answer: unknown;
}

const callerOf = createCallerFactory(appRouter);

/**
 * What a signed-in page load would ask for first, answered while the page is sent: the
 * current user and the dashboard at the user's scope (the home page; react-admin's hash
 * router keeps the route from the server, so another route simply does not take it). The
 * same procedures, scope gate and session as over /trpc; any refusal or failure leaves
 * that answer (and, for the user, all of them) out, and the page asks as before.
 */
export async function firstScreenAnswers(
  deps: ApiDeps,
  cookie: CookieOptions,
  req: FastifyRequest,
  res: FastifyReply,
): Promise<FirstScreenAnswer[]> {
  if (!req.cookies[SESSION_COOKIE]) return [];
  const caller = callerOf(createContextFactory(deps, cookie)({ req, res }));
  const answers: FirstScreenAnswer[] = [];
  const add = (path: string, input: unknown, answer: unknown) =>
    answers.push({ path, input, answer: superjson.serialize(answer) });
  const me = await caller.auth.me().catch(() => null);
  if (!me) return [];
  add('auth.me', undefined, me);
  // Mirrors prefetchDashboard for `#/`: the first wave, its panels at the summary's node.
  const summaryInput = {};
  const summary = await caller.dashboard.summary(summaryInput).catch(() => null);
  if (!summary) return answers;
  add('dashboard.summary', summaryInput, summary);
  const selected = summary.waves[0];
  if (!selected) return answers;
  const asOf = summary.live ? undefined : summary.asOf;
  const panel = { nodeId: summary.node.id, waveId: selected.wave.id, asOf };
  const calls: [string, unknown, Promise<unknown>][] = [
    ['dashboard.burnup', panel, caller.dashboard.burnup(panel)],
  ];
  if (summary.node.level !== 'institution') {
    calls.push(['dashboard.children', panel, caller.dashboard.children(panel)]);
    if (!asOf) {
      const worst = { nodeId: panel.nodeId, waveId: panel.waveId, limit: WORST_LIMIT };
      calls.push(['dashboard.worstInstitutions', worst, caller.dashboard.worstInstitutions(worst)]);
    }
  }
  const settled = await Promise.allSettled(calls.map(([, , answer]) => answer));
  settled.forEach((result, i) => {
    const [path, input] = calls[i] ?? [];
    if (result.status === 'fulfilled' && path) add(path, input, result.value);
  });
  return answers;
}

/**
 * The answers as a JSON data block: not executed (the CSP's script-src 'self' holds), and
 * escaped so no text in them can close the element or start markup (`<`, `>`, `&`), nor
 * break a line in a script context (U+2028, U+2029).
 */
export function firstScreenBlock(answers: FirstScreenAnswer[]): string {
  const json = JSON.stringify(answers)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
  return `<script type="application/json" id="${FIRST_SCREEN_BLOCK}">${json}</script>`;
}
