import { expect, signedInAs, test } from '../fixtures';
import { app } from '../support/app';

signedInAs('region');

test('the tree opens branch by branch, and a search shows each match with its path', async ({
  page,
  checkA11y,
}) => {
  await page.goto('/');
  await app.openFromMenu(page, 'Hierarchy');
  const tree = page.getByRole('region', { name: 'Hierarchy tree' });

  // The scope root is open by itself; its municipalities load with it.
  await expect(tree.getByRole('button', { name: 'Collapse Республика Татарстан' })).toBeVisible();
  const kazan = tree.getByRole('link', { name: 'г. Казань', exact: true });
  await expect(kazan).toBeVisible();
  await checkA11y('hierarchy tree');

  // A branch loads when it opens.
  const expandKazan = tree.getByRole('button', { name: 'Expand г. Казань' });
  await expect(expandKazan).toHaveAttribute('aria-expanded', 'false');
  await expandKazan.click();
  const collapseKazan = tree.getByRole('button', { name: 'Collapse г. Казань' });
  await expect(collapseKazan).toHaveAttribute('aria-expanded', 'true');
  const kazanGroup = page.locator(`#${await collapseKazan.getAttribute('aria-controls')}`);
  await expect(kazanGroup.getByRole('listitem').first()).toBeVisible();
  await collapseKazan.click();
  await expect(tree.getByRole('button', { name: 'Expand г. Казань' })).toBeVisible();

  // Search: each match with where it sits; "Show in tree" opens the branches down to it.
  await page.getByRole('searchbox', { name: 'Find a unit by name or code' }).fill('Гимназия № 4');
  const results = page.getByRole('list', { name: 'Search results' });
  const match = results.getByRole('listitem').filter({ hasText: 'Гимназия № 4' }).first();
  await expect(match).toContainText('Республика Татарстан › г. Казань');
  await checkA11y('search results');
  const name = (await match.getByRole('link').textContent()) ?? '';
  await match.getByRole('button', { name: /^Show in tree/ }).click();
  const found = tree.getByRole('link', { name, exact: true });
  await expect(found).toBeFocused();
  await found.click();
  await expect(page).toHaveURL(/#\/institutions\/\d+\/show/);
  await expect(app.currentCrumb(page)).toHaveText(name);
});
