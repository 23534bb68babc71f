import type { Locator, Page } from '@playwright/test';

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

  /** A titled list of children on a show page ("Municipalities" under a region). */
  childList: (page: Page, heading: string): Locator =>
    page.locator('section').filter({ has: page.getByRole('heading', { name: heading, level: 2 }) }),

  /** Data rows of a table (the header row excluded). */
  dataRows: (scope: Locator) =>
    scope.getByRole('row').filter({ has: scope.page().getByRole('cell') }),
};
