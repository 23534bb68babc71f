import { appOrigin, expect, test } from '../fixtures';
import { foreignUrlPattern, guardOrigin } from '../support/requests';

// Every spec relies on this guard to prove that no page talks to another host; a guard
// that matched nothing would let them all pass, one that matched the app would break them.
test('the origin guard records and blocks requests to other hosts, never the app’s own', async ({
  browser,
}) => {
  const own = new URL(appOrigin());
  const pattern = foreignUrlPattern(own.origin);
  expect(pattern.test(`${own.origin}/assets/index.js`)).toBe(false);
  expect(pattern.test(`${own.origin}`)).toBe(false);
  expect(pattern.test('data:image/png;base64,AAAA')).toBe(false);
  expect(pattern.test(`${own.protocol}//${own.hostname}:${Number(own.port) + 1}/`)).toBe(true);
  expect(pattern.test(`${own.origin}.example.invalid/`)).toBe(true);

  const context = await browser.newContext();
  const foreign = await guardOrigin(context, own.origin);
  try {
    const page = await context.newPage();
    const response = await page.goto(`${own.origin}/healthz`);
    expect(response?.ok()).toBe(true);
    // about:blank has no content security policy, so the request reaches the network layer.
    await page.goto('about:blank');
    const outcome = await page.evaluate(() =>
      fetch('https://cdn.example.invalid/font.woff2', { mode: 'no-cors' }).then(
        () => 'reached',
        () => 'refused',
      ),
    );
    expect(outcome).toBe('refused');
    expect(foreign).toEqual(['GET https://cdn.example.invalid/font.woff2']);
  } finally {
    await context.close();
  }
});
