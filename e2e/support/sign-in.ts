import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD, loginOf, type Role } from './accounts';

/** Signs in through the login form, as a person would (English interface). */
export async function signIn(page: Page, role: Role, password = DEMO_PASSWORD) {
  await page.goto('/#/login');
  await page.getByRole('textbox', { name: 'Login' }).fill(loginOf(role));
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/#\/login/);
}
