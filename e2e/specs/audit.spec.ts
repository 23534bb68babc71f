import { expect, signedInAs, test } from '../fixtures';
import { loginOf } from '../support/accounts';
import { app } from '../support/app';

signedInAs('auditor');

test('the audit log shows the signed-in user’s own sign-in', async ({ page, checkA11y }) => {
  const login = loginOf('auditor');
  await page.goto('/');
  await app.openFromMenu(page, 'Audit log');
  await page.getByRole('textbox', { name: 'Actor (login)' }).fill(login);
  await page.getByRole('combobox', { name: 'Action' }).click();
  await page.getByRole('option', { name: 'Sign-in and sign-out' }).click();

  const rows = app.dataRows(page.getByRole('table'));
  const signIn = rows.filter({ has: page.getByRole('cell', { name: 'Signed in', exact: true }) });
  await expect(signIn.first()).toBeVisible();
  await expect(rows.filter({ hasNotText: login })).toHaveCount(0);
  await expect(signIn.first().getByRole('cell', { name: login, exact: true })).toHaveCount(2);
  await checkA11y('audit log, filtered');

  await signIn.first().getByRole('cell', { name: 'Signed in', exact: true }).click();
  await expect(page).toHaveURL(/#\/auditLog\/\d+\/show/);
  await expect(page.getByRole('heading', { name: 'Integrity', level: 2 })).toBeVisible();
  // Who signed in, and the record the entry is about: the account, by login (not its id).
  await expect(page.getByText(login, { exact: true })).toHaveCount(2);
  await checkA11y('audit log entry');
});
