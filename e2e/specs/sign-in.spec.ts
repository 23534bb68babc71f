import { expect, test } from '../fixtures';
import { DEMO_PASSWORD, loginOf } from '../support/accounts';

test('a wrong password keeps the user on the sign-in page', async ({ page, checkA11y }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/#\/login/);
  await expect(page.getByRole('heading', { name: 'Sign in to Cutover' })).toBeVisible();
  await checkA11y('sign-in page');
  await page.getByRole('textbox', { name: 'Login' }).fill(loginOf('federal'));
  await page.getByRole('textbox', { name: 'Password' }).fill(`${DEMO_PASSWORD}-wrong`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page).toHaveURL(/#\/login/);
});

test('in demo mode the sign-in page says where the demo accounts are listed', async ({
  page,
  checkA11y,
}) => {
  await page.goto('/');
  await expect(page).toHaveURL(/#\/login/);
  await expect(page.getByRole('note')).toHaveText(
    'Demo mode: the demo accounts and their password are listed in the README, section “Run it”.',
  );
  await checkA11y('sign-in page in demo mode');
});
