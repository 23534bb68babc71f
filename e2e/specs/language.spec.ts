import type { Page } from '@playwright/test';
import { expect, signedInAs, test } from '../fixtures';
import { app } from '../support/app';

async function chooseLanguage(page: Page, from: string, to: string) {
  await page.getByRole('button', { name: from }).click();
  await page.getByRole('menuitem', { name: to }).click();
}

test('the sign-in page switches to Russian and back', async ({ page, checkA11y }) => {
  await page.goto('/#/login');
  await expect(page.getByRole('heading', { name: 'Sign in to Cutover' })).toBeVisible();

  await chooseLanguage(page, 'English', 'Русский');
  await expect(page.getByRole('heading', { name: 'Вход в Cutover' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Войти' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await checkA11y('sign-in page, Russian');

  await chooseLanguage(page, 'Русский', 'English');
  await expect(page.getByRole('heading', { name: 'Sign in to Cutover' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('signed in', () => {
  signedInAs('federal');

  test('the menu and lists switch to Russian and back', async ({ page, checkA11y }) => {
    await page.goto('/');
    await app.openFromMenu(page, 'Regions');
    await expect(app.search(page)).toBeVisible();

    await chooseLanguage(page, 'English', 'Русский');
    const russianMenu = page.getByRole('navigation', { name: 'Главное меню' });
    await expect(russianMenu.getByRole('menuitem', { name: 'Регионы' })).toBeVisible();
    await expect(page.getByRole('menuitem', { name: 'Regions' })).toBeHidden();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await checkA11y('regions list, Russian');

    await chooseLanguage(page, 'Русский', 'English');
    await expect(app.mainMenu(page).getByRole('menuitem', { name: 'Regions' })).toBeVisible();
    await expect(page.getByRole('menuitem', { name: 'Регионы' })).toBeHidden();
  });
});
