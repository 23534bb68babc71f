import { expect, test } from '../fixtures';
import { app } from '../support/app';

test.describe('federal admin', () => {
  test.use({ role: 'federal' });

  test('creates a regional admin for a region', async ({ page, checkA11y }) => {
    const login = `tver-${Date.now()}-${test.info().workerIndex}@e2e.example`;
    await page.goto('/');
    await app.openFromMenu(page, 'Users');
    await page.getByRole('link', { name: 'Create' }).click();
    await expect(page).toHaveURL(/#\/users\/create/);
    // Exact names: the list's "Search by login or name" box may still be on screen.
    await expect(page.getByRole('heading', { name: 'Create User' })).toBeVisible();

    await page.getByRole('textbox', { name: 'Login', exact: true }).fill(login);
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Тверской администратор');
    await page.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'Regional administrator' }).click();
    const scope = page.getByRole('combobox', { name: 'Scope' });
    await scope.fill('Тверская');
    await page.getByRole('option', { name: /Тверская область/ }).click();
    await page.getByRole('textbox', { name: /^Password/ }).fill('a-strong-password-42');
    await checkA11y('new user form');

    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page).toHaveURL(/#\/users\/\d+\/show/);
    await expect(page.getByText(login, { exact: true })).toBeVisible();
    await expect(page.getByText('Regional administrator', { exact: true })).toBeVisible();
    await expect(page.getByText('Тверская область', { exact: true })).toBeVisible();
    await checkA11y('new user');

    // The new password: too short is refused on its field; then the dialog closes with a notice.
    await page.getByRole('button', { name: 'Reset password' }).click();
    const dialog = page.getByRole('dialog', { name: `New password for ${login}` });
    await dialog.getByLabel(/^New password/).fill('short');
    await dialog.getByRole('button', { name: 'Reset password' }).click();
    await expect(dialog.getByText(/^Must be \d+ characters at least/)).toBeVisible();
    await checkA11y('reset password dialog');
    await dialog.getByLabel(/^New password/).fill('another-strong-password-43');
    await dialog.getByRole('button', { name: 'Reset password' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Password changed; their sessions were signed out.')).toBeVisible();
  });
});

test.describe('regional admin', () => {
  test.use({ role: 'region' });

  test('is offered only the roles it holds or lower, at the right level', async ({
    page,
    checkA11y,
  }) => {
    await page.goto('/#/users/create');
    await page.getByRole('combobox', { name: 'Role' }).click();
    const options = page.getByRole('listbox').getByRole('option');
    await expect(options).toHaveText([
      'Regional administrator',
      'District administrator',
      'School administrator',
      'Auditor',
    ]);
    await expect(page.getByRole('option', { name: 'Federal administrator' })).toHaveCount(0);
    await page.getByRole('option', { name: 'District administrator' }).click();

    // A district admin's scope is a municipality: the picker offers nothing else.
    await page.getByRole('combobox', { name: 'Scope' }).click();
    const units = page.getByRole('listbox').getByRole('option');
    await expect(units.first()).toBeVisible();
    const offered = await units.allTextContents();
    expect(offered.length).toBeGreaterThan(1);
    expect(offered.filter((text) => !text.includes('Municipality ·'))).toEqual([]);
    await checkA11y('new user form, regional admin');
  });
});
