import type { Page } from '@playwright/test';
import { appOrigin, expect, expectAccessible, signedInAs, signIn, test } from '../fixtures';
import { app } from '../support/app';
import { guardOrigin } from '../support/requests';

signedInAs('federal');

/** The first school of Kyzyl (Tuva): no other spec reads or changes it. */
async function firstSchoolOfKyzyl(page: Page): Promise<string> {
  await page.goto('/');
  await app.openFromMenu(page, 'Municipalities');
  await app.searchFor(page, 'г. Кызыл');
  await app.dataRows(page.getByRole('table')).getByRole('cell', { name: 'г. Кызыл' }).click();
  const first = app.dataRows(app.childList(page, 'Institutions')).first();
  await first.getByRole('cell').first().click();
  await expect(page).toHaveURL(/#\/institutions\/\d+\/show/);
  return page.url().replace(/\/show$/, '');
}

const englishName = (page: Page) => page.getByRole('textbox', { name: 'Name in English' });

test('two sessions edit one institution: the later save meets the conflict, not an overwrite', async ({
  page,
  browser,
  checkA11y,
}) => {
  const editUrl = await firstSchoolOfKyzyl(page);
  const stamp = `${Date.now()}-${test.info().workerIndex}`;

  // A second person: a context of its own (no inherited cookies), its own sign-in and session.
  const other = await browser.newContext({
    baseURL: appOrigin(),
    storageState: { cookies: [], origins: [] },
  });
  const foreign = await guardOrigin(other, appOrigin());
  try {
    const second = await other.newPage();
    await signIn(second, 'federal');
    await Promise.all([page.goto(editUrl), second.goto(editUrl)]);
    await expect(englishName(page)).toBeEditable();
    await expect(englishName(second)).toBeEditable();
    await checkA11y('institution edit page');

    await englishName(page).fill(`First ${stamp}`);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page).toHaveURL(/#\/institutions\/\d+\/show/);
    await expect(page.getByText(`First ${stamp}`)).toBeVisible();

    await englishName(second).fill(`Second ${stamp}`);
    await second.getByRole('button', { name: 'Save' }).click();
    const conflict = second
      .getByRole('alert')
      .filter({ hasText: 'Someone else changed this record' });
    await expect(conflict).toBeVisible();
    await expect(second).toHaveURL(/#\/institutions\/\d+$/);
    await expectAccessible(second, 'edit page with the conflict notice');

    // Reloading shows the first person's change; the second one was never written.
    await conflict.getByRole('button', { name: 'Reload' }).click();
    await expect(englishName(second)).toHaveValue(`First ${stamp}`);
    await page.reload();
    await expect(page.getByText(`First ${stamp}`)).toBeVisible();
    await expect(page.getByText(`Second ${stamp}`)).toHaveCount(0);
  } finally {
    await other.close();
  }
  expect(foreign, 'requests outside the app origin in the second session').toEqual([]);
});
