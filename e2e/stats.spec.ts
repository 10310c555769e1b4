/**
 * The statistics dashboard (home page) on the emulator's 30 published days: cards, charts and table;
 * range and comparison change what is shown and live in the URL; the CSV export is the table; an IM
 * error is explained in place.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parseCsv } from '../src/api/csv';
import { clearFaults, injectFault } from './helpers';

test.beforeEach(async ({ page }) => {
  await clearFaults();
  await page.addInitScript(() => {
    if (!window.localStorage.getItem('im-console.language'))
      window.localStorage.setItem('im-console.language', 'en');
  });
});

/** `YYYY-MM-DD` shifted by whole days. */
function shift(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function latestDay(page: Page): Promise<string> {
  const heading = page.getByRole('heading', { name: /^Latest day: \d{4}-\d{2}-\d{2}$/ });
  await expect(heading).toBeVisible();
  return (await heading.textContent())!.replace('Latest day: ', '');
}

/** Picks a segmented-control option (its radio input is visually hidden behind the label). */
async function choose(page: Page, name: string): Promise<void> {
  const radio = page.getByRole('radio', { name, exact: true });
  await radio.dispatchEvent('click');
  await expect(radio).toBeChecked();
}

test('the home page is the dashboard: 30 days with cards, chart and every field in the table', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/stats$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Statistics' })).toBeVisible();
  await expect(page.getByText('publishes each day’s figures the day after it ends')).toBeVisible();

  const latest = await latestDay(page);
  const cards = page.getByRole('region', { name: `Latest day, ${latest}` });
  await expect(cards.getByRole('button')).toHaveCount(6);
  await expect(cards.getByRole('button', { name: /^Active users: [\d,]+\./ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(cards.getByText('vs day before:').first()).toBeVisible();
  await expect(cards.getByText('vs same day last week:').first()).toBeVisible();

  const chart = page.getByRole('region', { name: 'Chart of Active users' });
  await expect(chart.getByText(`This period (${shift(latest, -6)} – ${latest})`)).toBeVisible();
  await expect(
    chart.getByText(`Previous period (${shift(latest, -13)} – ${shift(latest, -7)})`),
  ).toBeVisible();

  // A card puts its metric in the chart (and in the URL).
  await cards.getByRole('button', { name: /^Peak online users:/ }).click();
  await expect(page).toHaveURL(/metric=MaxOnlineNum/);
  await expect(page.getByRole('region', { name: 'Chart of Peak online users' })).toBeVisible();

  // Every field, 30 days.
  await page.getByRole('tab', { name: 'All fields' }).click();
  await choose(page, 'Last 30 days');
  await choose(page, 'Table');
  const table = page.getByRole('table', { name: `Daily figures from ${shift(latest, -29)} to ${latest}` });
  await expect(table.getByRole('row')).toHaveCount(31);
  await expect(table.getByRole('columnheader')).toHaveCount(32);
  await expect(table.getByRole('columnheader', { name: /\(GroupDestroyGroupNum\)/ })).toBeVisible();
  await expect(table.getByRole('cell', { name: 'no data' })).toHaveCount(0);
  await expect(table.getByRole('rowheader').first()).toHaveText(new RegExp(`^${latest}`));
});

test('range and comparison change cards, chart and table, and stay in the URL', async ({ page }) => {
  await page.goto('/stats?group=users');
  const latest = await latestDay(page);
  await expect(page.getByRole('region', { name: `Latest day, ${latest}` }).getByRole('button')).toHaveCount(
    6,
  );

  await choose(page, 'Last 14 days');
  await expect(page).toHaveURL(/days=14/);
  const chart = page.getByRole('region', { name: 'Chart of Active users' });
  await expect(chart.getByText(`This period (${shift(latest, -13)} – ${latest})`)).toBeVisible();
  await expect(
    chart.getByText(`Previous period (${shift(latest, -27)} – ${shift(latest, -14)})`),
  ).toBeVisible();
  const summary = chart.getByTestId('period-summary');
  const fourteen = await summary.textContent();

  await choose(page, 'Last 7 days');
  await expect(summary).not.toHaveText(fourteen!);

  await page.getByRole('combobox', { name: 'Compare with' }).click();
  await page.getByRole('option', { name: 'Nothing' }).click();
  await expect(page).toHaveURL(/compare=none/);
  await expect(chart.getByText(/^Previous period/)).toHaveCount(0);
  await expect(chart.getByTestId('previous-summary')).toHaveCount(0);

  // Bar chart, then a custom period in the table.
  await choose(page, 'Bar');
  await expect(page).toHaveURL(/chart=bar/);
  await choose(page, 'Table');
  await choose(page, 'Custom');
  await page.getByRole('combobox', { name: 'From' }).click();
  await page.getByRole('option', { name: shift(latest, -2) }).click();
  await expect(page).toHaveURL(new RegExp(`from=${shift(latest, -2).replaceAll('-', '')}`));
  const table = page.getByRole('table', { name: `Daily figures from ${shift(latest, -2)} to ${latest}` });
  await expect(table.getByRole('row')).toHaveCount(4);

  // The link reproduces the view.
  await page.reload();
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(page.getByRole('tab', { name: 'Users', selected: true })).toBeVisible();
});

test('the CSV export is exactly the table shown', async ({ page }) => {
  await page.goto('/stats?group=groups&view=table&days=14');
  const latest = await latestDay(page);
  const table = page.getByRole('table', { name: `Daily figures from ${shift(latest, -13)} to ${latest}` });
  await expect(table.getByRole('row')).toHaveCount(15);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^statistics-groups-\d{8}-\d{8}\.csv$/);
  const csv = parseCsv(readFileSync((await download.path())!, 'utf8')).records.map((r) => r.cells);

  const headers = await table.getByRole('columnheader').allTextContents();
  expect(csv[0]!.map((h) => h.replace(/\s+/g, ' '))).toEqual(
    headers.map((h) => h.replace(/\s+/g, ' ').trim()),
  );
  const bodyRows = table.getByRole('row').filter({ has: page.getByRole('rowheader') });
  expect(csv.length - 1).toBe(await bodyRows.count());
  for (let i = 0; i < csv.length - 1; i++) {
    const row = bodyRows.nth(i);
    const date = (await row.getByRole('rowheader').textContent())!;
    const cells = await row.getByRole('cell').allTextContents();
    expect(date.startsWith(csv[i + 1]![0]!)).toBe(true);
    expect(csv[i + 1]!.slice(1)).toEqual(cells);
  }
  expect(csv.slice(1).every((r) => r.slice(1).every((c) => /^\d+$/.test(c)))).toBe(true);
});

test('an IM error of getappinfo is explained with its code and can be retried', async ({ page }) => {
  await injectFault('openconfigsvr/getappinfo', 130011, 3);
  await page.goto('/stats');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('IM error 130011');
  await clearFaults();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { name: /^Latest day:/ })).toBeVisible();
});

test('the dashboard speaks Chinese', async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('im-console.language', 'zh'));
  await page.goto('/stats');
  await expect(page.getByRole('heading', { level: 1, name: '统计' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^最新一天：/ })).toBeVisible();
  await expect(page.getByRole('region', { name: '活跃用户数图表' })).toBeVisible();
});
