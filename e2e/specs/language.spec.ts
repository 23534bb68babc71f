import type { Locator, Page } from '@playwright/test';
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

/** How much of an input's placeholder does not fit its text box, in pixels. */
const placeholderOverflow = (input: Locator) =>
  input.evaluate((element: HTMLInputElement) => {
    const style = getComputedStyle(element);
    const context = document.createElement('canvas').getContext('2d');
    if (!context) throw new Error('no canvas');
    context.font = style.font;
    const room =
      element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return context.measureText(element.placeholder).width - room;
  });

test.describe('signed in, in Russian', () => {
  signedInAs('federal');

  test('what a screen reader hears is Russian, and the search placeholder fits', async ({
    page,
  }) => {
    await page.goto('/');
    await app.openFromMenu(page, 'Regions');
    await expect(app.search(page)).toBeVisible();
    await chooseLanguage(page, 'English', 'Русский');

    const search = page.getByRole('textbox', { name: 'Поиск по названию или коду' });
    await expect(search).toHaveAttribute('placeholder', 'Поиск по названию или коду');
    expect(await placeholderOverflow(search)).toBeLessThanOrEqual(0);
    await expect(page.getByRole('navigation', { name: 'Страницы' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'pagination navigation' })).toHaveCount(0);

    await page
      .getByRole('navigation', { name: 'Главное меню' })
      .getByRole('menuitem')
      .first()
      .click();
    const legend = page.locator('.recharts-legend-item-text').first();
    await expect(legend).toBeVisible();
    // The day field hints in the interface language, not the browser's (en-US here), and
    // takes a day as Russians write it.
    const asOf = page.getByRole('textbox', { name: 'На дату' });
    await expect(asOf).toHaveAttribute('placeholder', 'ДД.ММ.ГГГГ');
    await asOf.fill('05.10.2025');
    await expect(page).toHaveURL(/asOf=2025-10-05/);
    await expect(asOf).toHaveValue('05.10.2025');
    await expect(page.locator('[aria-label*="legend icon"]')).toHaveCount(0);
  });
});
