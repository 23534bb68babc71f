import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD, loginOf, type Role } from './accounts';

/** Signs in through the login form, as a person would. */
export async function signIn(page: Page, role: Role) {
  await page.goto('/#/login');
  await page.getByLabel(/username|e-?mail|login/i).fill(loginOf(role));
  await page.getByLabel(/password/i).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /sign in/i }).click();
  await expect(page).not.toHaveURL(/login/);
}
