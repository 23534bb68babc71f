import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './support/chromium';

export default defineConfig({
  testDir: './specs',
  globalSetup: './global-setup.ts',
  forbidOnly: true,
  // One shared server on PGlite and two cores: two browsers at a time is the sweet spot.
  workers: 2,
  // One retry on CI shows up as "flaky" in the report; more would hide real flakiness.
  retries: process.env.CI ? 1 : 0,
  // A whole user flow (sign in, several pages, axe on each) takes 10-50 s on a loaded
  // two-core machine with two browsers; the limit leaves room for a slower day.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.CUTOVER_E2E_JSON ?? 'playwright-report/results.json' }],
  ],
  use: {
    baseURL: process.env.CUTOVER_E2E_BASE_URL,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    timezoneId: 'Europe/Moscow',
    // Recording a trace slows every action by about a third; the retry records one.
    trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
