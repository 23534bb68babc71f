import { expect, signedInAs, test } from '../fixtures';
import { app } from '../support/app';

signedInAs('district');

test('a district admin adds a teacher, transfers and deactivates them, then reactivates', async ({
  page,
  checkA11y,
}) => {
  const name = `Тестова Анна ${Date.now()}${test.info().workerIndex}`;
  await page.goto('/');
  await app.openFromMenu(page, 'Staff');
  await page.getByRole('link', { name: 'Create' }).click();
  await expect(page).toHaveURL(/#\/staff\/create/);
  await page.getByRole('textbox', { name: 'Full name' }).fill(name);
  await page.getByRole('combobox', { name: 'Position' }).click();
  await page.getByRole('option', { name: 'Teacher', exact: true }).click();
  await page.getByRole('combobox', { name: 'Place of work' }).fill('Гимназия № 4');
  await page
    .getByRole('option', { name: /Гимназия № 4/ })
    .first()
    .click();
  await page.getByRole('textbox', { name: 'Phone' }).fill('8 (912) 345-67-89');
  await checkA11y('new staff member form');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page).toHaveURL(/#\/staff\/\d+\/show/);
  await expect(page.getByText(name, { exact: true })).toBeVisible();
  // The server stores the phone normalised.
  await expect(page.getByText('+79123456789', { exact: true })).toBeVisible();
  await checkA11y('new staff member');

  await page.getByRole('button', { name: 'Transfer' }).click();
  const transfer = page.getByRole('dialog', { name: `Transfer ${name} to another institution` });
  await transfer.getByRole('combobox', { name: 'Institution to transfer to' }).fill('школа № 1');
  // Wait for the search's answer: the list first offers units before the text is applied.
  await page
    .getByRole('option', { name: /школа № 1»/ })
    .first()
    .click();
  await checkA11y('transfer dialog');
  await transfer.getByRole('button', { name: 'Transfer' }).click();
  await expect(transfer).toBeHidden();
  await expect(page.getByText(`${name} transferred.`)).toBeVisible();
  await expect(page.getByRole('link', { name: /школа № 1»/ })).toBeVisible();

  await page.getByRole('button', { name: 'Deactivate' }).click();
  const confirm = page.getByRole('dialog', { name: `Deactivate ${name}?` });
  await confirm.getByRole('button', { name: 'Deactivate' }).click();
  await expect(page.getByText(`${name} deactivated.`)).toBeVisible();
  await expect(page.getByText('Deactivated', { exact: true }).first()).toBeVisible();

  await page.getByRole('button', { name: 'Reactivate' }).click();
  await expect(page.getByText(`${name} reactivated.`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Deactivate' })).toBeVisible();
});

test('saved filters: save the current filter, apply it later, delete it', async ({
  page,
  checkA11y,
}) => {
  const saved = `Учителя ${Date.now()}${test.info().workerIndex}`;
  await page.goto('/');
  await app.openFromMenu(page, 'Staff');
  await page.getByRole('combobox', { name: 'Position' }).click();
  await page.getByRole('option', { name: 'Class teacher', exact: true }).click();
  await expect(page).toHaveURL(/class_teacher/);

  await page.getByRole('button', { name: 'Saved filters' }).click();
  await page.getByRole('button', { name: 'Save current filter…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save the current filter' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(saved);
  await checkA11y('save filter dialog');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(`Filter "${saved}" saved.`)).toBeVisible();

  // Clear the filter, then bring it back from the saved list.
  await page.goto('/#/staff?filter=%7B%7D');
  await expect(page).not.toHaveURL(/class_teacher/);
  await page.getByRole('button', { name: 'Saved filters' }).click();
  const list = page.getByRole('list', { name: 'Your saved filters' });
  await checkA11y('saved filters');
  await list.getByRole('button', { name: saved, exact: true }).click();
  await expect(page).toHaveURL(/class_teacher/);
  const rows = app.dataRows(page.getByRole('table'));
  await expect(rows.first()).toBeVisible();
  await expect(rows.filter({ hasNotText: 'Class teacher' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Saved filters' }).click();
  await list.getByRole('button', { name: `Delete saved filter ${saved}` }).click();
  await expect(list.getByRole('button', { name: saved, exact: true })).toHaveCount(0);
  await page.keyboard.press('Escape');
});
