import { appRouter } from '@cutover/api';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import { type AdminServer, openAdminServer } from './admin-server';
import { leakIn } from './leaks';
import { applyMutation, encodeJson, mutationsOf, sweepOf } from './mutations';
import { jsonSchemaOf, valuesOf } from './schema-values';

// CI's bounded run; FUZZ_SEED and FUZZ_CASES explore further by hand.
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_611);
const CASES_PER_PROCEDURE = Number(process.env.FUZZ_CASES ?? 6);
const SWEEP_PER_PROCEDURE = Number(process.env.FUZZ_CASES ?? 10);
const BATCH_SIZE = 4;

interface ProcedureDef {
  _def: { type: 'query' | 'mutation' | 'subscription'; inputs: ZodType[] };
}
const procedures = appRouter._def.procedures as unknown as Record<string, ProcedureDef>;

interface Case {
  path: string;
  type: 'query' | 'mutation';
  input: unknown;
}

/** Valid values from each procedure's own input schema, each with one thing broken. */
function casesFor(path: string, procedure: ProcedureDef, index: number): Case[] {
  const type = procedure._def.type === 'mutation' ? 'mutation' : 'query';
  const [schema] = procedure._def.inputs;
  const valid = schema ? valuesOf(jsonSchemaOf(schema)) : fc.constant(undefined);
  // Mostly one thing broken, so that a fault is not hidden behind another's refusal.
  const broken = valid.chain((value) =>
    fc
      .oneof(
        { weight: 3, arbitrary: fc.array(mutationsOf(value), { minLength: 1, maxLength: 1 }) },
        { weight: 1, arbitrary: fc.array(mutationsOf(value), { minLength: 2, maxLength: 2 }) },
      )
      .map((mutations) => mutations.reduce(applyMutation, value)),
  );
  const random = fc.sample(broken, { seed: SEED + index, numRuns: CASES_PER_PROCEDURE });
  // And a sweep: each leaf of one valid input, in turn, as each of the classic bad values.
  const [base] = fc.sample(valid, { seed: SEED + index, numRuns: 1 });
  const sweep = sweepOf(base);
  const chosen =
    sweep.length <= SWEEP_PER_PROCEDURE
      ? sweep
      : (fc.sample(
          fc.shuffledSubarray(sweep, {
            minLength: SWEEP_PER_PROCEDURE,
            maxLength: SWEEP_PER_PROCEDURE,
          }),
          {
            seed: SEED + index,
            numRuns: 1,
          },
        )[0] ?? []);
  const swept = chosen.map((mutation) => applyMutation(base, mutation));
  return [...random, ...swept].map((input) => ({ path, type, input }));
}

const allCases = Object.entries(procedures).flatMap(([path, procedure], index) =>
  casesFor(path, procedure, index),
);

let server: AdminServer;
beforeAll(async () => {
  server = await openAdminServer();
}, 60_000);
afterAll(() => server?.close());

interface Sent {
  label: string;
  status: number;
  body: string;
}

let cookie = '';

async function send(cases: Case[], how: 'single' | 'batch' | 'get'): Promise<Sent> {
  // A call may end the session (signing out, signing in again): then the next gets a new one.
  if (!cookie) cookie = await server.freshCookie();
  const headers = { 'content-type': 'application/json', 'x-cutover-client': 'web', cookie };
  const paths = cases.map((c) => c.path).join(',');
  const inputs = cases.map((c) => encodeJson(c.input ?? null).slice(0, 160)).join(' | ');
  const label = `${how} ${paths} ${inputs}`;
  const envelope = (c: Case) => (c.input === undefined ? {} : { json: c.input });
  const query = cases[0]?.type === 'query';
  const override = query ? { 'x-http-method-override': 'GET' } : {};
  let response: Awaited<ReturnType<AdminServer['app']['inject']>>;
  if (how === 'get') {
    const input = encodeURIComponent(encodeJson(envelope(cases[0] as Case)));
    response = await server.app.inject({
      method: 'GET',
      url: `/trpc/${paths}?input=${input}`,
      headers,
    });
  } else if (how === 'batch') {
    const body = Object.fromEntries(cases.map((c, i) => [String(i), envelope(c)]));
    response = await server.app.inject({
      method: 'POST',
      url: `/trpc/${paths}?batch=1`,
      headers: { ...headers, ...override },
      payload: encodeJson(body),
    });
  } else {
    response = await server.app.inject({
      method: 'POST',
      url: `/trpc/${paths}`,
      headers: { ...headers, ...override },
      payload: encodeJson(envelope(cases[0] as Case)),
    });
  }
  if (response.statusCode === 401 || response.body.includes('"UNAUTHORIZED"')) cookie = '';
  return { label, status: response.statusCode, body: response.body };
}

const statuses = new Map<string, number>();

function problemsOf(sent: Sent): string[] {
  for (const match of sent.body.matchAll(/"httpStatus":(\d+)|("result")/g)) {
    const status = match[1] ?? '200';
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  }
  const problems: string[] = [];
  if (sent.status >= 500)
    problems.push(`${sent.label}: HTTP ${sent.status} ${sent.body.slice(0, 300)}`);
  for (const match of sent.body.matchAll(/"httpStatus":(5\d\d)/g)) {
    problems.push(`${sent.label}: a call in the batch answered ${match[1]}`);
  }
  const leak = leakIn(sent.body);
  if (leak) problems.push(`${sent.label}: the body shows ${leak}: ${sent.body.slice(0, 300)}`);
  return problems;
}

describe('every procedure, fed inputs derived from its own schema and then broken', () => {
  it(`answers ${allCases.length} calls without a 5xx or an internal detail`, async () => {
    const started = Date.now();
    const problems: string[] = [];
    const byType = (type: Case['type']) => allCases.filter((c) => c.type === type);
    let requests = 0;
    for (const type of ['query', 'mutation'] as const) {
      const cases = byType(type);
      for (let i = 0; i < cases.length; i += BATCH_SIZE) {
        const group = cases.slice(i, i + BATCH_SIZE);
        const [first, ...rest] = group;
        if (!first) continue;
        // Alternate the transports: one call alone (or as GET), the others as a batch.
        const encoded = encodeJson(first.input ?? null).length;
        const single = type === 'query' && encoded < 2_000 && i % 2 === 0 ? 'get' : 'single';
        problems.push(...problemsOf(await send([first], single)));
        requests++;
        if (rest.length > 0) {
          problems.push(...problemsOf(await send(rest, 'batch')));
          requests++;
        }
      }
    }
    const seconds = (Date.now() - started) / 1000;
    if (process.env.FUZZ_CASES) console.info('answers by status', Object.fromEntries(statuses));
    expect(problems, `${problems.length} problems in ${requests} requests`).toEqual([]);
    // About 10-15 s alone; the bound catches a runaway, with room for a loaded CI machine.
    if (!process.env.FUZZ_CASES) expect(seconds).toBeLessThan(60);
  }, 90_000);
});
