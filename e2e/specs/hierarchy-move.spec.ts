import type { Page } from '@playwright/test';
import { expect, signedInAs, test } from '../fixtures';
import { app } from '../support/app';

signedInAs('federal');

// Kurgan oblast: no other spec reads or changes it.
const FROM = 'г. Курган';
const TO = 'Чернокаменский муниципальный округ';

const institutionsCount = (page: Page) =>
  page.getByRole('group', { name: 'Institutions in subtree' });

async function openMunicipality(page: Page, name: string) {
  await page.goto('/');
  await app.openFromMenu(page, 'Municipalities');
  await app.searchFor(page, name);
  const row = app.dataRows(page.getByRole('table')).filter({ hasText: name });
  await expect(row).toHaveCount(1);
  await row.getByRole('cell', { name, exact: true }).click();
  await expect(app.currentCrumb(page)).toHaveText(name);
}

/** The page first shows the list's row, then byId's answer with the subtree counts. */
async function countIn(page: Page, name: string): Promise<number> {
  await openMunicipality(page, name);
  await expect(institutionsCount(page)).toHaveText(/\d$/);
  const text = (await institutionsCount(page).textContent()) ?? '';
  return Number(text.replace(/\D/g, ''));
}

/** Web-first: a cached page refreshes itself, so wait for the figure rather than read it. */
async function expectCount(page: Page, name: string, count: number) {
  await openMunicipality(page, name);
  await expect(institutionsCount(page)).toHaveText(new RegExp(`\\D${count}$`));
}

test('a school moved to another municipality leaves one count and joins the other', async ({
  page,
  checkA11y,
}) => {
  const stamp = `${Date.now()}${test.info().workerIndex}`;
  const school = `Школа e2e ${stamp}`;
  const toBefore = await countIn(page, TO);
  const fromBefore = await countIn(page, FROM);

  // The spec makes the school it moves: "Add institution" on the municipality's page.
  await page.getByRole('link', { name: 'Add institution' }).click();
  await expect(page).toHaveURL(/#\/institutions\/create/);
  await page.getByRole('combobox', { name: 'Type' }).click();
  await page.getByRole('option', { name: 'School', exact: true }).click();
  await page.getByRole('textbox', { name: 'Registry ID' }).fill(`E2E-${stamp}`);
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(school);
  await checkA11y('new institution form');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/#\/institutions\/\d+\/show/);
  await expect(app.currentCrumb(page)).toHaveText(school);
  await expect(app.breadcrumb(page).getByRole('link', { name: FROM })).toBeVisible();

  await page.getByRole('button', { name: 'Move' }).click();
  const dialog = page.getByRole('dialog', { name: `Move ${school}` });
  await dialog.getByRole('combobox', { name: 'New parent unit' }).fill('Чернокамен');
  await page.getByRole('option', { name: TO }).click();
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('Передача школы в другой округ');
  await checkA11y('move dialog');
  await dialog.getByRole('button', { name: 'Move' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`${school} moved.`)).toBeVisible();
  await expect(app.breadcrumb(page).getByRole('link', { name: TO })).toBeVisible();
  await checkA11y('moved school');

  // The new school was counted under FROM, and now is under TO instead.
  await expectCount(page, FROM, fromBefore);
  await checkA11y('old municipality');
  await expectCount(page, TO, toBefore + 1);
  await checkA11y('new municipality');
});
