import { appOrigin, expect, roles, test } from '../fixtures';
import { app } from '../support/app';
import { federalListsEverything, type MenuEntry, menuFor, readMenu } from '../support/menu';
import { guardOrigin } from '../support/requests';

let appMenu: MenuEntry[] = [];

// The whole menu, from the one role that may list every resource the app registers.
test.beforeAll(async ({ browser, sessionOf }) => {
  expect(federalListsEverything()).toBe(true);
  const storageState = await sessionOf('federal');
  const context = await browser.newContext({ baseURL: appOrigin(), storageState });
  const foreign = await guardOrigin(context, appOrigin());
  try {
    const page = await context.newPage();
    await page.goto('/');
    appMenu = await readMenu(page);
  } finally {
    await context.close();
  }
  expect(foreign, 'requests outside the app origin').toEqual([]);
});

for (const role of roles) {
  test.describe(`${role} account`, () => {
    test.use({ role });

    test('sees exactly the menu its role allows', async ({ page, checkA11y }) => {
      const expected = menuFor(role, appMenu);
      expect(expected.length).toBeGreaterThan(0);
      await page.goto('/');
      const menu = app.mainMenu(page);
      await expect(menu.getByRole('menuitem')).toHaveText(expected);
      // By accessible name: what a screen reader announces is what the role may open.
      for (const { name } of appMenu) {
        const item = menu.getByRole('menuitem', { name, exact: true });
        await expect(item).toHaveCount(expected.includes(name) ? 1 : 0);
      }
      await checkA11y(`${role} home`);
    });
  });
}

test.describe('a page outside the role', () => {
  test.use({ role: 'school' });

  test('typed into the address bar shows a readable access-denied page', async ({
    page,
    checkA11y,
  }) => {
    await page.goto('/#/regions');
    await expect(page.getByText('Access denied')).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await checkA11y('access denied');
  });
});
