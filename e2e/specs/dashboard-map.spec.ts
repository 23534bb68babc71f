import type { Locator, Page } from '@playwright/test';
import { expect, signedInAs, test } from '../fixtures';
import { app } from '../support/app';

signedInAs('federal');

const title = (page: Page) => page.getByRole('heading', { level: 1 });
const countryMap = (page: Page) => page.getByRole('group', { name: /^Map of \d+ regions by risk/ });
const regionMap = (page: Page) => page.getByRole('group', { name: /^The region’s outline with/ });

/** Presses Tab until the focus is on a link inside `container`; fails after `limit` presses. */
async function tabInto(page: Page, container: Locator, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const inside = await container.evaluate((element) => {
      const focused = document.activeElement;
      return focused !== null && focused.tagName === 'a' && element.contains(focused);
    });
    if (inside) return;
  }
  throw new Error(`no link inside the map within ${limit} Tab presses`);
}

test('the federal map shows the 83 regions and drills down to one by keyboard', async ({
  page,
  checkA11y,
}) => {
  await page.goto('/');
  await expect(title(page)).toHaveText('Российская Федерация');
  const map = countryMap(page);
  await expect(map).toBeVisible();
  // Each region is a shape and a link named by its name, share done and class.
  await expect(map.locator('path[data-region]')).toHaveCount(83);
  await expect(map.getByRole('link')).toHaveCount(83);
  await expect(map.getByRole('link', { name: /^Республика Татарстан: [\d.]+%, / })).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Map legend' }).getByRole('listitem')).toContainText([
    'Overdue',
    'At risk',
    'On track',
    'Done',
    'Not assessed',
    'No figures',
  ]);
  await checkA11y('federal dashboard with the region map');

  await tabInto(page, map);
  const focused = page.locator(':focus');
  const label = (await focused.getAttribute('aria-label')) ?? '';
  const region = label.slice(0, label.indexOf(':'));
  expect(region).not.toBe('');
  // The focused region is outlined on top of its neighbours and named below the map.
  await expect(map.locator('[data-focus-ring]')).toHaveCount(1);
  await expect(page.getByText(label, { exact: true })).toBeVisible();

  await page.keyboard.press('Enter');
  await expect(title(page)).toHaveText(region);
  await expect(page).toHaveURL(/[?&]node=\d+/);

  // At the region: its outline, with a marker link for each municipality in the table.
  const outline = regionMap(page);
  await expect(outline).toBeVisible();
  const rows = app.dataRows(page.getByRole('table', { name: 'Municipalities' }));
  await expect(rows.first()).toBeVisible();
  const first = (await rows.first().getByRole('link').textContent()) ?? '';
  await expect(outline.getByRole('link', { name: `${first}:`, exact: false })).not.toHaveCount(0);
  expect(await outline.getByRole('link').count()).toBeGreaterThanOrEqual(await rows.count());
  await expect(page.getByText(/^Municipal boundaries are not published/)).toBeVisible();
  await checkA11y('region dashboard with its outline map');
});
