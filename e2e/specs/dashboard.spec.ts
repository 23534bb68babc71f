import type { Page } from '@playwright/test';
import { expect, signedInAs, test } from '../fixtures';
import { app } from '../support/app';

signedInAs('region');

/** A wave the demo region is still working on, so its figures move from day to day. */
const WAVE = 'Preschool, college and technical school staff';
const REGION = 'Республика Татарстан';

/** The dashboard's parts by accessible name (English interface). */
const dashboard = {
  title: (page: Page) => page.getByRole('heading', { level: 1 }),
  card: (page: Page, wave: string) => page.getByRole('article', { name: wave }),
  /** The card's headline share, e.g. "13.9%". */
  share: (page: Page, wave: string) => dashboard.card(page, wave).getByText(/^[\d.,]+\s?%$/),
  burnup: (page: Page) => page.getByRole('img', { name: /^Share done over time/ }),
  units: (page: Page, name: string) => page.getByRole('table', { name }),
  asOf: (page: Page) => page.getByLabel('As of'),
};

/** Opens the first unit of a table by its name link; returns that name. */
async function openFirst(page: Page, table: string): Promise<string> {
  const link = app.dataRows(dashboard.units(page, table)).first().getByRole('link');
  const name = (await link.textContent()) ?? '';
  await link.click();
  await expect(dashboard.title(page)).toHaveText(name);
  return name;
}

/** A day `days` before today, as the date input takes it (the server counts days in UTC). */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

/** Selects the wave whose charts and tables the page shows below its cards. */
async function selectWave(page: Page, wave: string) {
  const button = dashboard.card(page, wave).getByRole('button', { name: 'Show details' });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/[?&]wave=\d+/);
  await expect(page.getByRole('heading', { name: `Wave: ${wave}`, level: 2 })).toBeVisible();
}

test('a regional admin drills down from the region to a municipality and an institution', async ({
  page,
  checkA11y,
}) => {
  await page.goto('/');
  await expect(dashboard.title(page)).toHaveText(REGION);
  await expect(page.getByText(/^Live figures, computed at /)).toBeVisible();
  await selectWave(page, WAVE);
  await expect(dashboard.burnup(page)).toBeVisible();
  await expect(app.dataRows(dashboard.units(page, 'Municipalities')).first()).toBeVisible();
  await checkA11y('region dashboard');

  const municipality = await openFirst(page, 'Municipalities');
  await expect(page).toHaveURL(/[?&]node=\d+/);
  await expect(app.breadcrumb(page).getByRole('link')).toHaveText([REGION]);
  await expect(dashboard.burnup(page)).toBeVisible();
  await checkA11y('municipality dashboard');

  const institution = await openFirst(page, 'Institutions');
  await expect(app.breadcrumb(page).getByRole('link')).toHaveText([REGION, municipality]);
  await expect(app.currentCrumb(page)).toHaveText(institution);

  // The view lives in the URL: the breadcrumb goes up, the back button returns.
  await app.breadcrumb(page).getByRole('link', { name: municipality }).click();
  await expect(dashboard.title(page)).toHaveText(municipality);
  await page.goBack();
  await expect(dashboard.title(page)).toHaveText(institution);
  await expect(page.getByText('An institution has no units below it')).toBeVisible();
  await expect(dashboard.units(page, 'Institutions')).toHaveCount(0);
  await expect(dashboard.burnup(page)).toBeVisible();
  await checkA11y('institution dashboard');
});

test('a regional admin looks at past days and back at live figures', async ({
  page,
  checkA11y,
}) => {
  await page.goto('/');
  await selectWave(page, WAVE);
  const live = (await dashboard.share(page, WAVE).textContent()) ?? '';

  const monthAgo = daysAgo(28);
  await dashboard.asOf(page).fill(monthAgo);
  await expect(page).toHaveURL(new RegExp(`[?&]asOf=${monthAgo}`));
  // The freshness line changes with the answer for that day, cards and all.
  await expect(page.getByText(/^Figures as of the end of /)).toBeVisible();
  await expect(dashboard.share(page, WAVE)).not.toHaveText(live);

  await page.getByRole('button', { name: 'Show live figures' }).click();
  await expect(dashboard.asOf(page)).toHaveValue('');
  await expect(page.getByText(/^Live figures, computed at /)).toBeVisible();
  await expect(dashboard.share(page, WAVE)).toHaveText(live);

  const weeksAgo = daysAgo(14);
  await dashboard.asOf(page).fill(weeksAgo);
  await expect(page).toHaveURL(new RegExp(`[?&]asOf=${weeksAgo}`));
  await expect(page.getByText(/^Figures as of the end of /)).toBeVisible();
  await expect(dashboard.share(page, WAVE)).not.toHaveText(live);
  await expect(dashboard.burnup(page)).toBeVisible();
  // As of a past day the at-risk list is worked out for that day, and the child table says
  // its deadlines are today's settings (no deadline history is kept).
  await expect(
    dashboard
      .units(page, 'Overdue and at-risk institutions')
      .or(page.getByText('No institution here is overdue or at risk.')),
  ).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/^Deadlines are the settings in force today/)).toBeVisible();
  await checkA11y('region dashboard as of a past day');
});
