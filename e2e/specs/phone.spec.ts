import type { Page } from '@playwright/test';
import { expect, roles, test } from '../fixtures';
import { app } from '../support/app';
import { phone, readPhoneMenu, showsWholePage, widthOverflow } from '../support/phone';

test.use({ viewport: phone });
// Independent tests (the one that changes data creates what it changes): spread them over the workers.
test.describe.configure({ mode: 'parallel' });

for (const role of roles) {
  test.describe(`${role} account on a phone`, () => {
    test.use({ role });

    test('every menu page fits the screen and passes axe', async ({ page, checkA11y }) => {
      // Up to 13 pages, each judged by axe: more than one flow's worth of time.
      test.slow();
      await page.goto('/');
      const pages = await readPhoneMenu(page);
      expect(pages.length).toBeGreaterThan(1);
      for (const { name, href } of pages) {
        await test.step(name, async () => {
          await page.goto(`/${href}`);
          await showsWholePage(page);
          expect(await widthOverflow(page), `${name}: pixels wider than the screen`).toBe(0);
          await checkA11y(`${name} at phone width`);
        });
      }
    });
  });
}

/** Opens the first card of the list on screen and waits for the record's page. */
async function openFirstCard(page: Page, resource: string) {
  await page.locator('#main-content').getByRole('listitem').getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`#/${resource}/\\d+/show`));
  await showsWholePage(page);
}

/** Checks that the page fits the screen and passes axe, once it has drawn. */
async function fits(page: Page, checkA11y: (label?: string) => Promise<void>, what: string) {
  await showsWholePage(page);
  expect(await widthOverflow(page), `${what}: pixels wider than the screen`).toBe(0);
  await checkA11y(`${what} at phone width`);
}

test.describe('federal admin on a phone: record pages, forms and dialogs fit', () => {
  test.use({ role: 'federal' });

  /** Opens a dialog from the toolbar, checks it and cancels it: nothing changes. */
  const dialog = async (
    page: Page,
    checkA11y: (label?: string) => Promise<void>,
    button: string | RegExp,
    name?: RegExp,
  ) => {
    await page
      .getByRole('button', { name: button, exact: typeof button === 'string' })
      .first()
      .click();
    const shown = name ? page.getByRole('dialog', { name }) : page.getByRole('dialog');
    await expect(shown).toBeVisible();
    await fits(page, checkA11y, `${button} dialog`);
    await shown.getByRole('button', { name: 'Cancel' }).click();
    await expect(shown).toBeHidden();
  };

  test('a municipality, its edit form, move and close dialogs', async ({ page, checkA11y }) => {
    await page.goto('/#/municipalities');
    await openFirstCard(page, 'municipalities');
    await fits(page, checkA11y, 'municipality');
    await dialog(page, checkA11y, 'Move', /^Move /);
    await dialog(page, checkA11y, 'Close unit', /^Close /);
    await page.getByRole('link', { name: 'Edit' }).click();
    await expect(page).toHaveURL(/#\/municipalities\/\d+$/);
    await fits(page, checkA11y, 'municipality edit form');
  });

  test('an institution and its merge dialog', async ({ page, checkA11y }) => {
    await page.goto('/#/institutions');
    await openFirstCard(page, 'institutions');
    await fits(page, checkA11y, 'institution');
    await dialog(page, checkA11y, 'Merge into…', /^Merge /);
  });

  test('a user and the reset password dialog', async ({ page, checkA11y }) => {
    await page.goto('/#/users');
    await openFirstCard(page, 'users');
    await fits(page, checkA11y, 'user');
    await dialog(page, checkA11y, 'Reset password', /password/i);
  });

  test('the policy edit dialog', async ({ page, checkA11y }) => {
    await page.goto('/#/policies');
    await dialog(page, checkA11y, /^Change here: /);
  });

  test('a deadline and its edit form, and the roster upload page', async ({ page, checkA11y }) => {
    await page.goto('/#/deadlines');
    await openFirstCard(page, 'deadlines');
    await fits(page, checkA11y, 'deadline');
    await page.getByRole('link', { name: 'Edit' }).click();
    await expect(page).toHaveURL(/#\/deadlines\/\d+$/);
    await fits(page, checkA11y, 'deadline edit form');
    await page.goto('/#/imports/create');
    await fits(page, checkA11y, 'roster upload');
  });
});

test.describe('district admin on a phone', () => {
  test.use({ role: 'district' });

  test('finds a person by name on the staff list and deactivates them', async ({
    page,
    checkA11y,
  }) => {
    const name = `Телефонов Пётр ${Date.now().toString(36)}`;
    await test.step('a new teacher to deactivate', async () => {
      await page.goto('/#/staff/create');
      await page.getByRole('textbox', { name: 'Full name' }).fill(name);
      await page.getByRole('combobox', { name: 'Position' }).click();
      await page.getByRole('option', { name: 'Teacher', exact: true }).click();
      await page.getByRole('combobox', { name: 'Place of work' }).fill('Гимназия № 4');
      await page
        .getByRole('option', { name: /Гимназия № 4/ })
        .first()
        .click();
      expect(await widthOverflow(page), 'new person form: pixels wider than the screen').toBe(0);
      await checkA11y('new staff member form');
      await page.getByRole('button', { name: 'Save' }).click();
      // Saving writes the person and an audit entry: slower than a page change on a busy runner.
      await expect(page).toHaveURL(/#\/staff\/\d+\/show/, { timeout: 30_000 });
      await expect(page.getByText(name, { exact: true })).toBeVisible();
    });

    await test.step('the staff list, searched by name, shows one card', async () => {
      await page.goto('/#/staff');
      await app.searchFor(page, name, 'Search by name');
      const cards = page.getByRole('list', { name: 'Staff' }).getByRole('listitem');
      await expect(cards).toHaveCount(1);
      await expect(cards.first()).toContainText('Not invited');
      expect(await widthOverflow(page), 'staff list: pixels wider than the screen').toBe(0);
      await checkA11y('staff cards');
    });

    await test.step('ticks the card and deactivates after confirming', async () => {
      await page.getByRole('checkbox', { name: `Select ${name}` }).check();
      await page.getByRole('button', { name: 'Deactivate' }).click();
      const dialog = page.getByRole('dialog', { name: 'Deactivate' });
      await expect(dialog).toContainText('Deactivate 1 staff member?');
      expect(await widthOverflow(page), 'confirmation: pixels wider than the screen').toBe(0);
      await checkA11y('deactivation confirmation');
      await dialog.getByRole('button', { name: 'Confirm' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByText('1 staff member deactivated.')).toBeVisible();
    });

    await test.step('the card shows the person as deactivated', async () => {
      const card = page.getByRole('list', { name: 'Staff' }).getByRole('listitem');
      await expect(card).toContainText('Deactivated');
      await card.getByRole('link', { name: new RegExp(name) }).click();
      await expect(page).toHaveURL(/#\/staff\/\d+\/show/);
      await expect(page.getByRole('button', { name: 'Reactivate' })).toBeVisible();
      expect(await widthOverflow(page), 'person: pixels wider than the screen').toBe(0);
      await checkA11y('deactivated person');
    });
  });
});
