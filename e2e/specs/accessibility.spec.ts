import type { Locator, Page } from '@playwright/test';
import { expect, signedInAs, test } from '../fixtures';
import { app } from '../support/app';

signedInAs('federal');

const orgUnitShown = (page: Page, name: string) => app.currentCrumb(page).getByText(name);

/** Every list of the app, and the show page of its first row; add a resource here. */
const lists: { menu: string; resource: string; shows: (page: Page, name: string) => Locator }[] = [
  { menu: 'Regions', resource: 'regions', shows: orgUnitShown },
  { menu: 'Municipalities', resource: 'municipalities', shows: orgUnitShown },
  { menu: 'Institutions', resource: 'institutions', shows: orgUnitShown },
  {
    menu: 'Staff',
    resource: 'staff',
    shows: (page) => page.getByRole('heading', { name: 'Platform status', level: 2 }),
  },
];

for (const { menu, resource, shows } of lists) {
  test(`${menu}: list and show pages are accessible`, async ({ page, checkA11y }) => {
    await page.goto('/');
    await app.openFromMenu(page, menu);
    // The dashboard's own table is on screen until the list replaces it.
    await expect(page).toHaveURL(new RegExp(`#/${resource}(\\?|$)`));
    const firstRow = app.dataRows(page.getByRole('table')).first();
    await expect(firstRow).toBeVisible();
    await checkA11y(`${resource} list`);

    // Lists with bulk actions lead with a selection box: open the row by its first text cell.
    const firstCell = firstRow.getByRole('cell').filter({ hasText: /\S/ }).first();
    const name = (await firstCell.textContent()) ?? '';
    await firstCell.click();
    await expect(page).toHaveURL(new RegExp(`#/${resource}/\\d+/show`));
    await expect(shows(page, name)).toBeVisible();
    await checkA11y(`${resource} show`);
  });
}
