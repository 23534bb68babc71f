import type { Page } from '@playwright/test';
import { expect, roles, test } from '../fixtures';
import { app } from '../support/app';
import { phone, readPhoneMenu, showsWholePage, widthOverflow } from '../support/phone';

test.use({ viewport: phone });

for (const role of roles) {
  test.describe(`${role} account on a phone`, () => {
    test.use({ role });

    test('every menu page fits the screen and passes axe', async ({ page, checkA11y }) => {
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

test.describe('federal admin on a phone', () => {
  test.use({ role: 'federal' });

  test('record pages, edit forms and dialogs fit the screen', async ({ page, checkA11y }) => {
    const fits = async (what: string) => {
      await showsWholePage(page);
      expect(await widthOverflow(page), `${what}: pixels wider than the screen`).toBe(0);
      await checkA11y(`${what} at phone width`);
    };
    /** Opens a dialog from the toolbar button, checks it, and cancels it: nothing changes. */
    const dialog = async (button: string, name: string | RegExp) => {
      await page.getByRole('button', { name: button, exact: true }).click();
      const shown = page.getByRole('dialog', { name });
      await expect(shown).toBeVisible();
      await fits(`${button} dialog`);
      await shown.getByRole('button', { name: 'Cancel' }).click();
      await expect(shown).toBeHidden();
    };

    await test.step('municipality: page, edit form, move and close dialogs', async () => {
      await page.goto('/#/municipalities');
      await openFirstCard(page, 'municipalities');
      await fits('municipality');
      await dialog('Move', /^Move /);
      await dialog('Close unit', /^Close /);
      await page.getByRole('link', { name: 'Edit' }).click();
      await expect(page).toHaveURL(/#\/municipalities\/\d+$/);
      await fits('municipality edit form');
    });

    await test.step('institution: page and merge dialog', async () => {
      await page.goto('/#/institutions');
      await openFirstCard(page, 'institutions');
      await fits('institution');
      await dialog('Merge into…', /^Merge /);
    });

    await test.step('user: page and reset password dialog', async () => {
      await page.goto('/#/users');
      await openFirstCard(page, 'users');
      await fits('user');
      await dialog('Reset password', /password/i);
    });

    await test.step('policy edit dialog', async () => {
      await page.goto('/#/policies');
      await page.getByRole('button', { name: /^Change here: / }).first().click();
      const shown = page.getByRole('dialog');
      await expect(shown).toBeVisible();
      await fits('policy edit dialog');
      await shown.getByRole('button', { name: 'Cancel' }).click();
      await expect(shown).toBeHidden();
    });

    await test.step('deadline: page and edit form', async () => {
      await page.goto('/#/deadlines');
      await openFirstCard(page, 'deadlines');
      await fits('deadline');
      await page.getByRole('link', { name: 'Edit' }).click();
      await expect(page).toHaveURL(/#\/deadlines\/\d+$/);
      await fits('deadline edit form');
    });

    await test.step('roster upload page', async () => {
      await page.goto('/#/imports/create');
      await fits('roster upload');
    });
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
      await expect(page).toHaveURL(/#\/staff\/\d+\/show/);
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
