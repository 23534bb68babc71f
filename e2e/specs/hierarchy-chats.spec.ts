import { expect, signedInAs, test } from '../fixtures';
import { app } from '../support/app';

signedInAs('district');

test("an institution's chats: more parents joined than expected is the server's field error", async ({
  page,
  checkA11y,
}) => {
  await page.goto('/');
  await app.openFromMenu(page, 'Official chats');
  await expect(app.dataRows(page.getByRole('table')).first()).toBeVisible();
  await checkA11y('chats list');

  await app.openFromMenu(page, 'Institutions');
  // The chats table may still be on screen for a moment: wait for the institutions one.
  await expect(page.getByRole('columnheader', { name: 'Registry ID' })).toBeVisible();
  await app.dataRows(page.getByRole('table')).first().getByRole('cell').first().click();
  await expect(page).toHaveURL(/#\/institutions\/\d+\/show/);
  const chats = app.childList(page, 'Official chats');
  const parentsChat = app.dataRows(chats).filter({ hasText: 'Class parents' }).first();
  const title = (await parentsChat.getByRole('cell').first().textContent()) ?? '';
  await parentsChat.getByRole('cell').first().click();
  await expect(page).toHaveURL(/#\/chats\/\d+\/show/);
  await expect(page.getByText(title, { exact: true })).toBeVisible();
  await checkA11y('chat');

  await page.getByRole('link', { name: 'Edit' }).click();
  const expected = page.getByRole('spinbutton', { name: 'Parents expected' });
  const joined = page.getByRole('spinbutton', { name: 'Parents joined' });
  await expect(expected).not.toHaveValue('');
  const count = Number(await expected.inputValue());
  const before = Number(await joined.inputValue());
  // A valid change that differs from the stored value (an unchanged form does not save).
  const valid = before === count ? count - 1 : count;

  await joined.fill(String(count + 1));
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(
    page.getByText('More parents joined than expected: check the expected number.'),
  ).toBeVisible();
  await expect(page).toHaveURL(/#\/chats\/\d+$/);
  await checkA11y('chat form with the field error');

  await joined.fill(String(valid));
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/#\/chats\/\d+\/show/);
  await expect(page.getByText('Chat saved.')).toBeVisible();
});
