import { expect, type Locator, type Page } from '@playwright/test';

/** The `q` of a react-admin list's filter in a hash-routed URL (`#/staff?filter={"q":…}`). */
function listSearch(url: URL): unknown {
  const query = url.hash.split('?')[1] ?? '';
  const filter = new URLSearchParams(query).get('filter');
  try {
    return filter ? (JSON.parse(filter) as { q?: unknown }).q : undefined;
  } catch {
    return undefined;
  }
}

/** Locators for the app's shared chrome, by accessible name (English interface). */
export const app = {
  mainMenu: (page: Page) => page.getByRole('navigation', { name: 'Main menu' }),

  async openFromMenu(page: Page, item: string) {
    await app.mainMenu(page).getByRole('menuitem', { name: item }).click();
  },

  breadcrumb: (page: Page) => page.getByRole('navigation', { name: 'Location in the hierarchy' }),

  /** The shown record's own name: the breadcrumb's last, current item. */
  currentCrumb: (page: Page) => app.breadcrumb(page).locator('[aria-current="page"]'),

  search: (page: Page, label = 'Search by name or code') =>
    page.getByRole('textbox', { name: label }),

  /**
   * Types into a list's search box and waits until the list's URL carries the search.
   * react-admin applies a search after a pause in typing: read the list, or leave the page,
   * before that and the late update lands on stale rows or navigates back to the list.
   */
  async searchFor(page: Page, text: string, label?: string) {
    await app.search(page, label).fill(text);
    await expect(page).toHaveURL((url) => listSearch(url) === text);
  },

  /** A titled list of children on a show page ("Municipalities" under a region). */
  childList: (page: Page, heading: string): Locator =>
    page.locator('section').filter({ has: page.getByRole('heading', { name: heading, level: 2 }) }),

  /** Data rows of a table (the header row excluded). */
  dataRows: (scope: Locator) =>
    scope.getByRole('row').filter({ has: scope.page().getByRole('cell') }),
};
