import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { app } from '../support/app';

const COUNTRY = 'Российская Федерация';
const REASON = 'National rule: pupils always use children’s mode';

/** The card of one policy on the policies page, by its heading. */
const policyCard = (page: Page, label: string) =>
  page.getByRole('region', { name: label, exact: true });

// One story across roles: the federal lock must exist before the others look at it.
test.describe.configure({ mode: 'serial' });

test.describe('federal admin', () => {
  test.use({ role: 'federal' });

  test('locks children’s mode on for the whole country, seeing its impact first', async ({
    page,
    checkA11y,
  }) => {
    await page.goto('/');
    await app.openFromMenu(page, 'Policies');
    await expect(
      page.getByRole('heading', { level: 1, name: `Policies of ${COUNTRY}` }),
    ).toBeVisible();
    const card = policyCard(page, "Children's mode");
    await checkA11y('policies of the country');

    await card.getByRole('button', { name: "Change here: Children's mode" }).click();
    const dialog = page.getByRole('dialog', { name: `Children's mode at ${COUNTRY}` });
    await dialog.getByRole('switch', { name: "Children's mode", exact: true }).check();
    await dialog.getByRole('switch', { name: 'Lock for all units below' }).check();
    await dialog.getByRole('textbox', { name: 'Reason' }).fill(REASON);
    const impact = dialog.getByRole('region', { name: 'Impact of the change' });
    await expect(impact.getByText('The change is allowed.')).toBeVisible();
    await expect(impact.getByText('Institutions', { exact: true })).toBeVisible();
    await checkA11y('edit dialog with impact preview');

    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(card.getByText(`Locked by ${COUNTRY}`)).toBeVisible();
    await expect(card.getByText('Locked here: no unit below may override it.')).toBeVisible();
    await expect(card.getByText('Set at this unit', { exact: true })).toBeVisible();

    await card.getByRole('link', { name: /^Overrides below and history/ }).click();
    await expect(page).toHaveURL(/#\/policies\?node=\d+&key=childrens_mode\.enabled/);
    const history = page.getByRole('region', { name: 'History of this policy here and below' });
    const latest = app.dataRows(history.getByRole('table')).first();
    await expect(latest).toContainText('On (locked)');
    await expect(latest).toContainText(REASON);
    await checkA11y('children’s mode at the country: overrides and history');
  });

  test('finds a region with the unit picker and sees the lock it inherits', async ({
    page,
    checkA11y,
  }) => {
    await page.goto('/#/policies');
    await page.getByRole('combobox', { name: 'Go to a unit' }).fill('Татарстан');
    await page.getByRole('option', { name: /Республика Татарстан/ }).click();
    await expect(page).toHaveURL(/#\/policies\?node=\d+/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Policies of Республика Татарстан' }),
    ).toBeVisible();
    const card = policyCard(page, "Children's mode");
    await expect(card.getByText(`Locked by ${COUNTRY}`)).toBeVisible();
    await expect(card.getByText(`Inherited from ${COUNTRY}`)).toBeVisible();
    await checkA11y('policies of a region, as the federal admin');
  });
});

test.describe('regional admin', () => {
  test.use({ role: 'region' });

  test('sees the federal lock and cannot override it', async ({ page, checkA11y }) => {
    await page.goto('/#/policies');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Policies of Республика Татарстан' }),
    ).toBeVisible();
    const card = policyCard(page, "Children's mode");
    await expect(card.getByText(`Locked by ${COUNTRY}`)).toBeVisible();
    const reason = `${COUNTRY} locks this policy: no unit below it may override it.`;
    await expect(card.getByText(reason)).toBeVisible();
    const change = card.getByRole('button', { name: "Change here: Children's mode" });
    await expect(change).toBeDisabled();
    await expect(change).toHaveAccessibleDescription(reason);
    // An unlocked policy stays editable for the region.
    await expect(
      policyCard(page, 'PIN length').getByRole('button', { name: 'Change here: PIN length' }),
    ).toBeEnabled();
    await checkA11y('policies of a region, as its admin');
  });
});

test.describe('school admin', () => {
  test.use({ role: 'school' });

  test('sees the federal setting as the source of children’s mode', async ({ page, checkA11y }) => {
    await page.goto('/#/policies');
    await expect(page.getByRole('heading', { level: 1, name: /^Policies of / })).toBeVisible();
    const card = policyCard(page, "Children's mode");
    await expect(card.getByText(`Inherited from ${COUNTRY}`)).toBeVisible();
    const chain = card.getByRole('table', { name: 'Provenance, from the country down' });
    const link = app.dataRows(chain).filter({ hasText: COUNTRY });
    await expect(link).toHaveCount(1);
    await expect(link.getByRole('cell')).toHaveText([
      COUNTRY,
      'On',
      'Yes',
      'federal@demo.cutover',
      /\d/,
      REASON,
      'Effective',
    ]);
    await expect(card.getByRole('button', { name: /^Change here/ })).toHaveCount(0);
    await checkA11y('policies of a school, as its admin');
  });
});
