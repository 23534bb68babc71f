import { afterAll, beforeAll, expect, it } from 'vitest';
import { scoped } from './scoped';
import type { SignedIn } from './testing/callers';
import { openTreeDatabase } from './testing/tree-database';
import { type Persona, personas } from './testing/tree-fixture';
import { createCallerFactory, router } from './trpc';

const federalAdmin = personas[0] as Persona;
let opened: Awaited<ReturnType<typeof openTreeDatabase>>;
let context: SignedIn['context'];

beforeAll(async () => {
  opened = await openTreeDatabase(federalAdmin);
  const [federal] = opened.signedIn;
  if (!federal) throw new Error('the federal admin did not sign in');
  context = federal.context;
}, 60_000);

afterAll(() => opened?.testDb.drop());

const probe = router({
  reach: scoped('users', 'list').query(({ ctx }) => ({
    // @ts-expect-error a scoped handler's context has no raw database handle
    database: ctx.deps.database,
    // @ts-expect-error nor the read replica's
    readDatabase: ctx.deps.readDatabase,
    hasData: typeof ctx.data.users.list === 'function',
    hasConfig: ctx.deps.config.sessionIdleMinutes > 0,
    // At run time too: the data object's own fields are the scope alone (its handle is #private).
    ownFields: Object.keys(ctx.data),
    txField: (ctx.data as unknown as Record<string, unknown>).tx,
  })),
});

it('hands a scoped handler the scoped data and config, never the raw database handle', async () => {
  const caller = createCallerFactory(probe)(context);
  expect(await caller.reach()).toEqual({
    database: undefined,
    readDatabase: undefined,
    hasData: true,
    hasConfig: true,
    ownFields: ['scope'],
    txField: undefined,
  });
});
