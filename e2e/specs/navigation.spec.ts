import { expect, signedInAs, test } from '../fixtures';
import { app } from '../support/app';

signedInAs('federal');

test('federal admin walks from the regions down to an institution and back', async ({
  page,
  checkA11y,
}) => {
  await page.goto('/');
  await app.openFromMenu(page, 'Regions');
  await app.searchFor(page, 'Татарстан');
  const regionRow = app.dataRows(page.getByRole('table'));
  await expect(regionRow).toHaveCount(1);
  await expect(regionRow.getByRole('cell', { name: 'RU-TA', exact: true })).toBeVisible();
  await checkA11y('regions list');

  await regionRow.getByRole('cell', { name: 'RU-TA', exact: true }).click();
  await expect(page).toHaveURL(/#\/regions\/\d+\/show/);
  await expect(app.currentCrumb(page)).toContainText('Татарстан');
  const region = (await app.currentCrumb(page).textContent()) ?? '';
  await checkA11y('region');

  const firstMunicipality = app.dataRows(app.childList(page, 'Municipalities')).first();
  const municipality = (await firstMunicipality.getByRole('cell').first().textContent()) ?? '';
  await firstMunicipality.click();
  await expect(page).toHaveURL(/#\/municipalities\/\d+\/show/);
  await expect(app.currentCrumb(page)).toHaveText(municipality);
  await expect(app.breadcrumb(page).getByRole('link', { name: region })).toBeVisible();
  await checkA11y('municipality');

  const firstInstitution = app.dataRows(app.childList(page, 'Institutions')).first();
  const institution = (await firstInstitution.getByRole('cell').first().textContent()) ?? '';
  await firstInstitution.click();
  await expect(page).toHaveURL(/#\/institutions\/\d+\/show/);
  const breadcrumb = app.breadcrumb(page);
  await expect(app.currentCrumb(page)).toHaveText(institution);
  await expect(breadcrumb.getByRole('link')).toHaveText([region, municipality]);
  await checkA11y('institution');

  await breadcrumb.getByRole('link', { name: municipality }).click();
  await expect(page).toHaveURL(/#\/municipalities\/\d+\/show/);
  await expect(app.currentCrumb(page)).toHaveText(municipality);
});
