import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { expectAccessible, lastCheckedUrl } from './support/a11y';
import type { Role } from './support/accounts';
import { guardOrigin } from './support/requests';
import { signIn } from './support/sign-in';

export { expect } from '@playwright/test';
export { expectAccessible } from './support/a11y';
export { type Role, roles } from './support/accounts';
export { signIn } from './support/sign-in';

interface TestFixtures {
  /** Demo role to be signed in as (`test.use({ role: 'federal' })`); undefined: signed out. */
  role: Role | undefined;
  /** Checks the current page with axe; call it on every page a test visits. */
  checkA11y: (label?: string) => Promise<void>;
  /** Fails the test on a request outside the app's origin, an uncaught page error, or an inaccessible final page. */
  guards: undefined;
}

interface WorkerFixtures {
  /** Storage state (session cookie) of a signed-in demo role, made once per worker. */
  sessionOf: (role: Role) => Promise<string>;
}

export function appOrigin(): string {
  const url = process.env.CUTOVER_E2E_BASE_URL;
  if (!url)
    throw new Error('CUTOVER_E2E_BASE_URL is not set: run the tests through playwright.config.ts');
  return new URL(url).origin;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  role: [undefined, { option: true }],

  sessionOf: [
    async ({ browser }, use, workerInfo) => {
      const sessions = new Map<Role, Promise<string>>();
      const create = async (role: Role) => {
        const context = await browser.newContext({ baseURL: appOrigin() });
        const foreign = await guardOrigin(context, appOrigin());
        const file = path.join(
          workerInfo.project.outputDir,
          '.sessions',
          `${workerInfo.workerIndex}-${role}.json`,
        );
        try {
          await signIn(await context.newPage(), role);
          await context.storageState({ path: file });
        } finally {
          await context.close();
        }
        expect(foreign, 'requests outside the app origin while signing in').toEqual([]);
        return file;
      };
      await use((role) => {
        let session = sessions.get(role);
        if (!session) {
          session = create(role);
          sessions.set(role, session);
        }
        return session;
      });
    },
    { scope: 'worker' },
  ],

  storageState: async ({ role, sessionOf, storageState }, use) => {
    await use(role ? await sessionOf(role) : storageState);
  },

  context: async ({ context }, use) => {
    const foreign = await guardOrigin(context, appOrigin());
    await use(context);
    expect(foreign, 'requests outside the app origin (data must stay on our servers)').toEqual([]);
  },

  checkA11y: async ({ page }, use) => {
    await use((label) => expectAccessible(page, label));
  },

  guards: [
    async ({ page }, use, testInfo) => {
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      // React's error boundary swallows render errors into console.error; an HTTP error
      // status is logged there too, but that one is the test's business, not a crash.
      page.on('console', (message) => {
        const text = message.text();
        if (message.type() === 'error' && !text.startsWith('Failed to load resource')) {
          pageErrors.push(text);
        }
      });
      await use(undefined);
      expect(pageErrors, 'errors in the page (uncaught, or logged by React)').toEqual([]);
      const passed = testInfo.status === testInfo.expectedStatus;
      const url = page.url();
      if (passed && url.startsWith(appOrigin()) && lastCheckedUrl(page) !== url) {
        await expectAccessible(page, `${url} (final page)`);
      }
    },
    { auto: true },
  ],
});

/** Declares that every test in this file runs signed in as `role`. */
export function signedInAs(role: Role) {
  test.use({ role });
}
