import { expect, test } from '../fixtures';

test('the server answers and serves the app shell', async ({ page, request }) => {
  expect((await request.get('/readyz')).ok()).toBe(true);
  await page.goto('/');
  await expect(page).toHaveTitle(/cutover/i);
});
