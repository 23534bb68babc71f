import { expect, type Page } from '@playwright/test';
import { app } from './app';

/** A common phone screen (iPhone 12 to 15), in CSS pixels. */
export const phone = { width: 390, height: 844 };

export interface MenuPage {
  name: string;
  href: string;
}

/** The menu's pages, read from the drawer a phone opens with the app bar's menu button. */
export async function readPhoneMenu(page: Page): Promise<MenuPage[]> {
  await page.getByRole('button', { name: 'Open menu' }).click();
  const items = app.mainMenu(page).getByRole('menuitem');
  await expect(items.first()).toBeVisible();
  const pages: MenuPage[] = [];
  for (const item of await items.all()) {
    const name = ((await item.textContent()) ?? '').trim();
    pages.push({ name, href: (await item.getAttribute('href')) ?? '' });
  }
  await page.keyboard.press('Escape');
  await expect(items).toHaveCount(0);
  return pages;
}

/** Waits until the page has drawn its content and nothing is loading any more. */
export async function showsWholePage(page: Page) {
  await expect(page.locator('#main-content')).toContainText(/\S/);
  await expect(
    page.locator('[role="progressbar"]:not([aria-valuenow]), .MuiSkeleton-root'),
  ).toHaveCount(0, { timeout: 45_000 });
}

/** How many pixels the document is wider than the window: 0 when nothing scrolls sideways. */
export const widthOverflow = (page: Page) =>
  page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth));
