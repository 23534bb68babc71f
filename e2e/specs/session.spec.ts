import { expect, signIn, test } from '../fixtures';
import { DEMO_PASSWORD, loginOf } from '../support/accounts';
import { app } from '../support/app';

test('after sign-out, the back button shows the sign-in page, not the data', async ({
  page,
  checkA11y,
}) => {
  // Its own session: signing out must not end the per-worker session other tests share.
  await signIn(page, 'district');
  await app.openFromMenu(page, 'Staff');
  const firstRow = app.dataRows(page.getByRole('table')).first();
  await expect(firstRow).toBeVisible();
  // The first cell with text: a selection checkbox may come before the name.
  const nameCell = firstRow.getByRole('cell').filter({ hasText: /\S/ }).first();
  const person = ((await nameCell.textContent()) ?? '').trim();
  expect(person).not.toBe('');

  await page.getByRole('button', { name: 'Администратор муниципалитета' }).click();
  await page.getByRole('menuitem', { name: 'Logout' }).click();
  await expect(page).toHaveURL(/#\/login/);

  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Sign in to Cutover' })).toBeVisible();
  await expect(page).toHaveURL(/#\/login/);
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(page.getByText(person)).toHaveCount(0);
  await expect(app.mainMenu(page)).toHaveCount(0);
  await checkA11y('sign-in page after going back');
});

test('a failed sign-in says the same for an unknown login and a wrong password', async ({
  page,
}) => {
  const attempt = async (login: string) => {
    await page.goto('/#/login');
    await page.getByRole('textbox', { name: 'Login' }).fill(login);
    await page.getByRole('textbox', { name: 'Password' }).fill(`${DEMO_PASSWORD}-wrong`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible();
    await expect(page).toHaveURL(/#\/login/);
    const text = (await alert.textContent()) ?? '';
    // A fresh page for the next attempt: the notice must not carry over.
    await page.reload();
    return text;
  };

  const wrongPassword = await attempt(loginOf('school'));
  const unknownLogin = await attempt(`nobody-${test.info().workerIndex}@demo.cutover`);
  expect(wrongPassword).toBe('Wrong login or password.');
  expect(unknownLogin).toBe(wrongPassword);
});
