import type { Page } from '@playwright/test';
import { expect, signedInAs, test } from '../fixtures';

signedInAs('federal');

const WAVE = 'School chats';
const TATARSTAN = 'Республика Татарстан';

const card = (page: Page) => page.getByRole('article', { name: WAVE });
const regions = (page: Page) => page.getByRole('table', { name: 'Regions' });

/** The table lists the riskiest 25 first; a region done on time comes after them. */
async function showAllRegions(page: Page) {
  await page.getByRole('button', { name: /^Show all \d+$/ }).click();
}

/** Tatarstan's row of the regions table: name, adoption, risk, finished, forecast, deadline. */
function tatarstanCells(page: Page) {
  return regions(page).getByRole('row').filter({ hasText: TATARSTAN }).getByRole('cell');
}

async function selectWave(page: Page) {
  const button = card(page).getByRole('button', { name: 'Show details' });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}

test("Tatarstan's school chats finish in November 2025 on time, on the same day whenever one looks", async ({
  page,
  checkA11y,
}) => {
  await page.goto('/');
  // The national card counts the regions that missed the deadline instead of a bare "done".
  const late = card(page).getByText(/^Regions: (\d+) overdue, (\d+) finished late$/);
  await expect(late).toBeVisible();
  const [, overdue, finishedLate] =
    /^Regions: (\d+) overdue, (\d+) finished late$/.exec((await late.textContent()) ?? '') ?? [];
  expect(Number(overdue)).toBeGreaterThan(0);
  expect(Number(finishedLate)).toBeGreaterThan(0);

  await selectWave(page);
  await showAllRegions(page);
  const cells = tatarstanCells(page);
  await expect(cells.nth(1)).toHaveText('Done on time');
  await expect(cells.nth(2)).toHaveText(/^Nov \d{1,2}, 2025$/);
  await expect(cells.nth(3)).toHaveText('—');
  await expect(cells.nth(4)).toHaveText('Nov 30, 2025');
  const finished = (await cells.nth(2).textContent()) ?? '';
  await expect(regions(page).getByText('Finished late').first()).toBeVisible();
  await checkA11y('national dashboard with finished-late regions');

  for (const asOf of ['2025-12-01', '2026-03-15', '2026-07-01']) {
    await page.getByLabel('As of').fill(asOf);
    await expect(page).toHaveURL(new RegExp(`[?&]asOf=${asOf}`));
    await expect(page.getByText(/^Figures as of the end of /)).toBeVisible();
    await showAllRegions(page);
    await expect(tatarstanCells(page).nth(2)).toHaveText(finished);
    await expect(tatarstanCells(page).nth(1)).toHaveText('Done on time');
  }
});
