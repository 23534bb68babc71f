import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const checked = new WeakMap<Page, string>();

/** The URL of the last page that passed the check, so the final-page check can skip it. */
export function lastCheckedUrl(page: Page): string | undefined {
  return checked.get(page);
}

const FAILING_IMPACTS = new Set(['serious', 'critical']);

// Runs in the page (a function: the app's CSP refuses strings evaluated as code).
const finiteAnimationsDone = () =>
  document
    .getAnimations()
    .every(
      (a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity,
    );

/** WCAG 2.1 A/AA rules; serious and critical violations fail the test. */
export async function expectAccessible(page: Page, label = page.url()) {
  // Judge the page once it has loaded: spinners (indeterminate progress bars, no value) come
  // and go while data arrives, and a half-rendered page gives flaky verdicts.
  await expect(page.locator('[role="progressbar"]:not([aria-valuenow])')).toHaveCount(0, {
    timeout: 20_000,
  });
  // A tooltip left by the last hover fades in and out, and axe would judge its contrast
  // half-way: move the pointer to an empty corner and let it close first.
  const viewport = page.viewportSize();
  if (viewport) await page.mouse.move(viewport.width - 1, viewport.height - 1);
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  // Snackbars and dialogs fade in: judged half-way, their text fails on contrast (seen on a
  // loaded machine). Wait for every finite animation or transition to end; endless ones
  // (skeletons' pulse) go on.
  await page.waitForFunction(finiteAnimationsDone, undefined, { timeout: 10_000 });
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const failing = violations.filter((v) => FAILING_IMPACTS.has(v.impact ?? ''));
  const report = failing.map(
    (v) =>
      `${v.impact} ${v.id}: ${v.help} (${v.helpUrl})\n` +
      v.nodes
        .slice(0, 5)
        .map((node) => `    ${node.target.join(' ')}`)
        .join('\n'),
  );
  expect(report, `accessibility violations on ${label}`).toEqual([]);
  checked.set(page, page.url());
}
