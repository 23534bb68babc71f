import type { Page } from '@playwright/test';
import { expect, signedInAs, test } from '../fixtures';
import { app } from '../support/app';

signedInAs('federal');

// A wave no demo node overrides, so its national deadline is the limit everywhere.
const WAVE = 'Parents in preschools, colleges and technical schools';
const REGION = 'Тверская область';

/** The wave's national deadline as the waves list shows it (fourth column), in words. */
async function nationalDeadline(page: Page): Promise<string> {
  await app.openFromMenu(page, 'Waves');
  const row = app.dataRows(page.getByRole('table')).filter({ hasText: WAVE });
  // Name, code, opens on, national deadline, closed on.
  const shown = (await row.getByRole('cell').nth(3).textContent()) ?? '';
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'long' }).format(new Date(shown));
}

async function fillDeadline(page: Page, day: string) {
  await app.openFromMenu(page, 'Deadlines');
  await page.getByRole('link', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { name: 'Create Deadline' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Organisation' }).fill('Тверская');
  await page.getByRole('option', { name: new RegExp(REGION) }).click();
  await page.getByRole('combobox', { name: 'Wave' }).click();
  await page.getByRole('option', { name: WAVE }).click();
  await page.getByLabel('Deadline').fill(day);
  await page.getByRole('textbox', { name: 'Reason' }).fill('Региональный план-график');
  await page.getByRole('button', { name: 'Save' }).click();
}

test('waves and deadlines pages are accessible', async ({ page, checkA11y }) => {
  await page.goto('/');
  for (const menu of ['Waves', 'Deadlines']) {
    await app.openFromMenu(page, menu);
    const firstRow = app.dataRows(page.getByRole('table')).first();
    await expect(firstRow).toBeVisible();
    await checkA11y(`${menu} list`);
    await firstRow.getByRole('cell').first().click();
    await expect(page).toHaveURL(/\/show$/);
    await expect(page.getByText('Deadline', { exact: true }).first()).toBeVisible();
    await checkA11y(`${menu} show`);
  }
});

test('a deadline later than the one above is refused on its field, with the limit', async ({
  page,
  checkA11y,
}) => {
  await page.goto('/');
  const limit = await nationalDeadline(page);
  await fillDeadline(page, '2099-01-01');
  await expect(page.getByText(`cannot be later than the one set above (${limit})`)).toBeVisible();
  await expect(page).toHaveURL(/#\/deadlines\/create/);
  await checkA11y('deadline form with a refused date');
});

test('an earlier deadline is set, then removed so the region inherits again', async ({ page }) => {
  await page.goto('/');
  await fillDeadline(page, '2027-01-15');
  await expect(page).toHaveURL(/#\/deadlines\/\d+\/show/);
  await expect(page.getByText(REGION, { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Remove override' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(page).toHaveURL(/#\/deadlines$/);
  await expect(page.getByText(/inherits the deadline from above again/)).toBeVisible();
});
