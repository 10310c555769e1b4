/**
 * Accounts in bulk on /users: a 2,500-row CSV with a few bad rows goes through the dry run (every bad row
 * with its line number and rule), then the paced import job; counts, the failure report's content; a check
 * of a list; a deletion with the typed confirmation and per-item results.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { clearFaults } from './helpers';

test.beforeEach(async ({ page }) => {
  await clearFaults();
  await page.addInitScript(() => {
    if (!window.localStorage.getItem('im-console.language'))
      window.localStorage.setItem('im-console.language', 'en');
  });
});

const run = `${Date.now() % 100000}`;
const id = (i: number) => `bulk${run}_${i}`;

/** 2,500 data rows after a header: 2,493 new accounts, 2 demo users that exist, 4 bad rows, 1 duplicate. */
function importCsv(): { text: string; bad: { line: number; rule: RegExp }[] } {
  const lines = ['UserID,Nickname,FaceUrl'];
  const bad: { line: number; rule: RegExp }[] = [];
  for (let i = 0; i < 2500; i++) {
    const line = lines.length + 1;
    if (i === 100) {
      lines.push(`${'x'.repeat(40)},Too long`);
      bad.push({ line, rule: /must be at most 32 bytes/ });
    } else if (i === 777) {
      lines.push(',No id');
      bad.push({ line, rule: /must not be empty/ });
    } else if (i === 1500) {
      lines.push(`${id(i)},${'名'.repeat(200)}`);
      bad.push({ line, rule: /must be at most 500 bytes/ });
    } else if (i === 2222) {
      lines.push(`bad\u00e9${run},Accent`);
      bad.push({ line, rule: /printable ASCII/ });
    } else if (i === 2300) {
      lines.push(`${id(5)},Again`); // duplicate of row 5
    } else if (i === 10) {
      lines.push('alice,Alice');
    } else if (i === 11) {
      lines.push('bob,');
    } else {
      lines.push(`${id(i)},"Bulk, ${i}",https://example.com/${i}.png`);
    }
  }
  return { text: lines.join('\r\n') + '\r\n', bad };
}

async function chooseFile(page: Page, label: string, name: string, text: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: label }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
}

test('imports a 2,500-row CSV after a dry run, and downloads the failure report', async ({ page }) => {
  test.setTimeout(90_000);
  const { text, bad } = importCsv();
  await page.goto('/users?bulk=import');
  await chooseFile(page, 'Accounts file (CSV or TXT)', 'accounts.csv', text);

  const dryRun = page.getByRole('region', { name: 'Dry run' });
  await expect(dryRun.getByText('2,500 rows: 2,495 valid, 4 with errors, 1 duplicate.')).toBeVisible();
  const problems = dryRun.getByRole('table', { name: 'Rows with errors' });
  for (const b of bad) {
    const row = problems
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: String(b.line), exact: true }) });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(b.rule);
  }
  const dups = dryRun.getByRole('table', { name: 'Repeated UserIDs' });
  await expect(dups.getByRole('row').filter({ hasText: id(5) })).toContainText('7');

  await page.getByRole('button', { name: 'Import 2,495 accounts' }).click();
  await expect(page.getByRole('progressbar', { name: 'Job progress' })).toBeVisible();
  await expect(page.getByText('Finished', { exact: true })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('2,499 of 2,499 done')).toBeVisible();
  await expect(page.getByText(/^Imported: 2,493$/)).toBeVisible();
  await expect(page.getByText(/^Already existed: 2$/)).toBeVisible();
  await expect(page.getByText(/^Failed: 4$/)).toBeVisible();

  // The table shows the failures first, each with its line and the rule.
  const results = page.getByRole('table', { name: 'Per-item results' });
  await expect(results.getByRole('row').filter({ hasText: 'Not sent' })).toHaveCount(4);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download failures (CSV)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('account-import-report-failures.csv');
  const csv = (await readFile((await file.path())!, 'utf8')).replace(/^\uFEFF/, '');
  const rows = csv.trimEnd().split('\r\n');
  expect(rows[0]).toBe('Line,UserID,Nickname,Face URL,Result,IM code,Reason,Explanation,Detail');
  expect(rows).toHaveLength(5);
  for (const [i, b] of bad.entries()) {
    expect(rows[i + 1]).toMatch(new RegExp(`^${b.line},`));
    expect(rows[i + 1]).toContain('Failed');
    expect(rows[i + 1]).toMatch(b.rule);
  }

  // The imported accounts exist, with their nickname.
  await page.goto(`/users?ids=${id(3)},${id(2499)}`);
  const table = page.getByRole('table', { name: 'Looked-up users' });
  await expect(table.getByRole('row').filter({ hasText: id(3) })).toContainText('Bulk, 3');
  await expect(
    table
      .getByRole('row')
      .filter({ hasText: id(2499) })
      .getByText('Imported', { exact: true }),
  ).toBeVisible();
});

test('checks a list and deletes accounts with the typed confirmation, item by item', async ({ page }) => {
  test.setTimeout(60_000);
  // Fresh accounts through the API.
  const fresh = Array.from({ length: 30 }, (_, i) => `del${run}_${i}`);
  const res = await page.request.post('/api/im/im_open_login_svc/multiaccount_import', {
    data: { Accounts: fresh },
  });
  expect((await res.json()).ErrorCode).toBe(0);

  await page.goto('/users?bulk=check');
  const checkForm = page.getByRole('form', { name: 'Check a list' });
  await checkForm.getByLabel('UserIDs').fill(`${fresh[0]}, ${fresh[1]}\nnobody_${run}, bad\u00e9`);
  await expect(checkForm.getByRole('alert')).toContainText('#4 “badé”: UserID must be printable ASCII');
  await checkForm.getByRole('button', { name: 'Check 3 accounts' }).click();
  await expect(page.getByText('Finished', { exact: true })).toBeVisible();
  const checked = page.getByRole('table', { name: 'Per-item results' });
  await expect(checked.getByRole('row').filter({ hasText: fresh[0]! })).toContainText('Imported');
  await expect(checked.getByRole('row').filter({ hasText: `nobody_${run}` })).toContainText('Not imported');

  await page.getByRole('tab', { name: 'Delete a list' }).click();
  await expect(page).toHaveURL(/bulk=delete/);
  const deleteForm = page.getByRole('form', { name: 'Delete a list' });
  await deleteForm.getByLabel('UserIDs').fill([...fresh, `ghost_${run}`].join('\n'));
  await deleteForm.getByRole('button', { name: 'Delete 31 accounts…' }).click();

  const dialog = page.getByRole('dialog', { name: 'Delete accounts permanently' });
  const confirm = dialog.getByRole('button', { name: 'Delete accounts' });
  await dialog.getByLabel('Type 31 to confirm').fill('30');
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel('Type 31 to confirm').fill('31');
  await confirm.click();

  await expect(page.getByText('Finished', { exact: true })).toBeVisible();
  await expect(page.getByText(/^Deleted: 30$/)).toBeVisible();
  await expect(page.getByText(/^Failed: 1$/)).toBeVisible();
  const results = page.getByRole('table', { name: 'Per-item results' });
  await expect(results.getByRole('row').filter({ hasText: `ghost_${run}` })).toContainText('70107');
  await page.getByText('All', { exact: true }).click();
  await expect(page.getByRole('radio', { name: 'All' })).toBeChecked();
  await expect(
    results.getByRole('row').filter({ has: page.getByRole('cell', { name: fresh[2]!, exact: true }) }),
  ).toContainText('Deleted');

  // They are gone.
  await page.goto(`/users?ids=${fresh[0]}`);
  await expect(
    page.getByRole('table', { name: 'Looked-up users' }).getByRole('row').filter({ hasText: fresh[0]! }),
  ).toContainText('Not imported');
});

test('remembers recently viewed users in this browser, with remove and clear', async ({ page }) => {
  await page.goto('/users?ids=alice,bob');
  await page.getByRole('table', { name: 'Looked-up users' }).getByRole('link', { name: 'bob' }).click();
  await expect(page).toHaveURL(/\/users\/bob$/);
  await page.goto('/users?ids=alice');
  await page.getByRole('table', { name: 'Looked-up users' }).getByRole('link', { name: 'alice' }).click();
  await page.goto('/users');
  const recent = page.getByRole('region', { name: 'Recently viewed' });
  await expect(recent.getByRole('link')).toHaveText(['alice', 'bob']);
  await recent.getByRole('button', { name: 'Remove alice from recently viewed' }).click();
  await expect(recent.getByRole('link')).toHaveText(['bob']);
  // The list is kept per operator: this browser is signed in as admin.
  expect(await page.evaluate(() => localStorage.getItem('im-console.recent-users.admin'))).toContain('"bob"');
  await recent.getByRole('button', { name: 'Clear' }).click();
  await expect(recent.getByText('Users you open appear here')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('im-console.recent-users.admin'))).toBeNull();
});
