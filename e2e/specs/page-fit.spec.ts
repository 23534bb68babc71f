import type { Page } from '@playwright/test';
import { expect, roles, test } from '../fixtures';
import { app } from '../support/app';

/** Window sizes every menu page must fit; a phone size joins by one more line here. */
const viewports = [{ name: 'desktop', width: 1440, height: 900 }];

/** Loading indicators that mean the page has not finished drawing yet. */
const loading =
  '.MuiCircularProgress-indeterminate, .MuiLinearProgress-indeterminate, .MuiSkeleton-root';

/** Opens a page afresh and waits until every request has answered and nothing is loading. */
async function open(page: Page, href: string) {
  await page.goto('about:blank');
  await page.goto(`/${href}`, { waitUntil: 'networkidle' });
  await expect(page.locator('#main-content')).toContainText(/\S/);
  await expect(page.locator(loading)).toHaveCount(0);
}

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

for (const viewport of viewports) {
  for (const role of roles) {
    test.describe(`${role} account, ${viewport.name} window`, () => {
      test.use({ role, viewport: { width: viewport.width, height: viewport.height } });

      test('every menu page fits the window and no table cell shows an error', async ({ page }) => {
        await page.goto('/', { waitUntil: 'networkidle' });
        const menu = app.mainMenu(page);
        await expect(menu.getByRole('menuitem').first()).toBeVisible();
        const pages: { name: string; href: string }[] = [];
        for (const item of await menu.getByRole('menuitem').all()) {
          const name = ((await item.textContent()) ?? '').trim();
          pages.push({ name, href: (await item.getAttribute('href')) ?? '' });
        }
        expect(pages.length).toBeGreaterThan(0);
        for (const { name, href } of pages) {
          await open(page, href);
          expect(await overflow(page), `${name}: pixels wider than the window`).toBeLessThanOrEqual(
            0,
          );
          // A reference the role may not read used to show a red "!" in its column.
          await expect(
            page.getByRole('cell').locator('.MuiSvgIcon-colorError'),
            `${name}: an error inside a table cell`,
          ).toHaveCount(0);
        }
      });
    });
  }
}
