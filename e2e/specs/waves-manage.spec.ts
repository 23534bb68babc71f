import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { app } from '../support/app';

/**
 * A wave no other spec reads: its national deadline moves earlier than the demo's Krasnodar
 * capital's own one, so the preview also names the setting that saving brings forward.
 */
const WAVE = 'Municipal education authorities';

/** `days` after a YYYY-MM-DD day, in UTC as the server counts. */
function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A day as the app shows it: short on record pages, medium on the dashboard (English). */
const shownAs = (day: string, dateStyle?: 'medium') =>
  new Intl.DateTimeFormat('en-US', { dateStyle, timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );

async function openWave(page: Page) {
  await page.goto('/');
  await app.openFromMenu(page, 'Waves');
  await app.dataRows(page.getByRole('table')).filter({ hasText: WAVE }).first().click();
  await expect(page).toHaveURL(/#\/waves\/\d+\/show/);
}

test.describe('a federal admin reschedules a wave', () => {
  test.use({ role: 'federal' });

  test('sees the impact before confirming; the wave, its deadlines, the dashboard and the audit log follow', async ({
    page,
    checkA11y,
  }) => {
    await openWave(page);
    await page.getByRole('button', { name: 'Reschedule' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reschedule the wave' });
    await expect(dialog).toBeVisible();
    // Ten days earlier than now: past the capital's own deadline (seeded a week earlier, or
    // brought forward to the national date by a previous run), so it is brought forward.
    const deadlineInput = dialog.getByLabel('National deadline');
    const newDeadline = addDays(await deadlineInput.inputValue(), -10);
    await deadlineInput.fill(newDeadline);

    const impact = dialog.getByRole('region', { name: 'What this changes' });
    // The answer for the new date (the dialog first shows the current dates' zero figures).
    await expect(impact.getByText(/later than the new national date/)).toBeVisible();
    await expect(impact).toHaveAttribute('aria-busy', 'false');
    const changed = impact.locator('[data-figure="deadlineChanged"]');
    await expect(changed).toContainText(/effective deadlines? changes?/);
    const figure = Number((await changed.locator('dt').textContent())?.replace(/\D/g, ''));
    expect(figure).toBeGreaterThan(0);
    await expect(impact.locator('[data-figure="becomeOverdue"]')).toBeVisible();
    await checkA11y('reschedule dialog with its preview');

    await dialog.getByRole('textbox', { name: 'Reason' }).fill('Приказ: ускорить подключение');
    await dialog.getByRole('button', { name: 'Confirm new dates' }).click();
    await expect(page.getByText('The wave was rescheduled')).toBeVisible();
    await expect(dialog).toBeHidden();

    await expect(page.getByText(shownAs(newDeadline), { exact: true }).first()).toBeVisible();
    // The own deadline that was later is now the national date, with the federal reason.
    const settings = app.dataRows(page.getByRole('table'));
    await expect(
      settings.filter({ hasText: 'Приказ: ускорить подключение' }).first(),
    ).toBeVisible();
    await checkA11y('rescheduled wave');

    await app.openFromMenu(page, 'Dashboard');
    const card = page.getByRole('article', { name: WAVE });
    await expect(card.getByText(shownAs(newDeadline, 'medium')).first()).toBeVisible();

    await app.openFromMenu(page, 'Audit log');
    await page.getByRole('combobox', { name: 'Action' }).click();
    await page.getByRole('option', { name: 'Waves' }).click();
    const rows = app.dataRows(page.getByRole('table'));
    // At least this run's entry (a retry or a reused server holds earlier ones too).
    await expect(
      rows
        .filter({ has: page.getByRole('cell', { name: 'Rescheduled wave', exact: true }) })
        .first(),
    ).toBeVisible();
    await checkA11y('audit log, wave changes');
  });
});

test.describe('a regional admin reads waves', () => {
  test.use({ role: 'region' });

  test('sees no action that changes a wave', async ({ page, checkA11y }) => {
    await page.goto('/');
    await app.openFromMenu(page, 'Waves');
    await expect(app.dataRows(page.getByRole('table')).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Create' })).toHaveCount(0);
    await openWave(page);
    await expect(page.getByText('National deadline').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reschedule' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Close wave' })).toHaveCount(0);
    await checkA11y('wave, read-only');
  });
});
