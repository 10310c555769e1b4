/**
 * The push log and the push audience page: rename an attribute slot (with the warning and the
 * confirmation), tag 1,000 users from a CSV with a few bad rows (per-row errors in the dry run, the
 * job's per-row results), and a viewer reading the log without being able to send or duplicate.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { authFile } from '../playwright.config';
import { apiAs, clearFaults, consoleUrl } from './helpers';

test.beforeEach(async ({ page }) => {
  await clearFaults();
  await page.addInitScript(() => {
    if (!window.localStorage.getItem('im-console.language'))
      window.localStorage.setItem('im-console.language', 'en');
  });
});

const run = `${Date.now() % 100000}`;

async function chooseFile(page: Page, label: string, name: string, text: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: label }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
}

async function attrNames(api: APIRequestContext): Promise<Record<string, string>> {
  const res = await api.post('/api/im/all_member_push/im_get_attr_name', { data: {} });
  return ((await res.json()) as { AttrNames: Record<string, string> }).AttrNames;
}

test('renames an attribute slot after the warning and a confirmation', async ({ page }) => {
  const api = await apiAs('admin');
  const before = await attrNames(api);
  const slot = '9';
  const old = before[slot]!;
  const renamed = `${old}_${run}`;
  try {
    await page.goto('/push/audience');
    await expect(page.getByRole('tab', { name: 'Audience', selected: true })).toBeVisible();
    const form = page.getByRole('form', { name: 'Attribute names' });
    await expect(page.getByText(/Renaming a slot changes existing segments/)).toBeVisible();
    const input = form.getByLabel(`Name of slot ${slot}`);
    await expect(input).toHaveValue(old);

    // The documented rules, inline: a name used by another slot, a name over 50 bytes, clearing.
    await input.fill(before['0']!);
    await expect(form.getByText('Name must differ from slot 0')).toBeVisible();
    await input.fill('名'.repeat(17));
    await expect(form.getByText(/Name must be at most 50 bytes/)).toBeVisible();
    await input.fill('');
    await expect(
      form.getByText('A named slot cannot be cleared; give it another name instead.'),
    ).toBeVisible();
    await expect(form.getByRole('button', { name: 'Save names' })).toBeDisabled();

    await input.fill(renamed);
    await form.getByRole('button', { name: 'Save names' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rename attribute slots?' });
    await expect(dialog).toContainText(`Slot ${slot}: "${old}" → "${renamed}"`);
    await dialog.getByRole('button', { name: 'Save names' }).click();
    await expect(page.getByText('Attribute names saved.')).toBeVisible();
    await expect(form.getByRole('row').filter({ hasText: renamed }).first()).toBeVisible();
    expect((await attrNames(api))[slot]).toBe(renamed);
  } finally {
    // Leave the app's names as they were for the other specs.
    await api.post('/api/im/all_member_push/im_set_attr_name', { data: { AttrNames: { [slot]: old } } });
    await api.dispose();
  }
});

test('tags 1,000 users from a CSV with a few bad rows', async ({ page }) => {
  test.setTimeout(90_000);
  const tag = `spring${run}`;
  const lines = ['user,tag'];
  for (let i = 2000; i < 3000; i++) lines.push(`user_${i},${tag}`);
  lines.splice(101, 0, `user_3000,${'x'.repeat(51)}`); // line 102: tag too long
  lines.splice(301, 0, 'user_3001'); // line 302: one column
  lines.splice(501, 0, 'user_3002,planet,Mars'); // line 502: unknown attribute
  lines.splice(701, 0, `bad\u00e9,${tag}`); // line 702: UserID not ASCII
  lines.push(`ghost_${run},${tag}`); // passes the dry run, refused by the service (unknown account)
  lines.push(`user_2000,${tag}`); // a repeat, sent once

  await page.goto('/push/audience');
  await chooseFile(page, 'CSV file', 'tags.csv', lines.join('\n') + '\n');
  const dryRun = page.getByRole('region', { name: 'Dry run' });
  await expect(
    dryRun.getByText('1,006 rows read: 1,001 ready for 1,001 users, 4 with errors, 1 repeated (sent once).'),
  ).toBeVisible();
  const problems = dryRun.getByRole('table', { name: 'Rows with errors' });
  const expectProblem = async (line: number, rule: RegExp) => {
    const row = problems
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: String(line), exact: true }) });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(rule);
  };
  await expectProblem(102, /Tag.*must be at most 50 bytes/);
  await expectProblem(302, /must have 2 columns \(user,tag\) or 3/);
  await expectProblem(502, /must be one of the app's attribute names/);
  await expectProblem(702, /printable ASCII/);

  await dryRun.getByRole('button', { name: 'Send 1,001 rows' }).click();
  await expect(page.getByRole('progressbar', { name: 'Job progress' })).toBeVisible();
  await expect(page.getByText('Finished', { exact: true })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('1,001 of 1,001 done')).toBeVisible();
  await expect(page.getByText(/^Applied: 1,000$/)).toBeVisible();
  await expect(page.getByText(/^Failed: 1$/)).toBeVisible();
  const results = page.getByRole('table', { name: 'Per-item results' });
  await expect(results.getByRole('row').filter({ hasText: `ghost_${run}` })).toContainText('70107');

  // The tags are there, and one user's audience shows it on the same page.
  const api = await apiAs('admin');
  const res = await api.post('/api/im/all_member_push/im_get_tag', {
    data: { To_Account: ['user_2000', 'user_2999'] },
  });
  const tags = (await res.json()) as { UserTags: { To_Account: string; Tags: string[] }[] };
  expect(tags.UserTags.map((u) => u.Tags.includes(tag))).toEqual([true, true]);
  await api.dispose();
  const userForm = page.getByRole('form', { name: 'One user' });
  await userForm.getByLabel('UserID').fill('user_2999');
  await userForm.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('list', { name: 'Push tags' }).getByText(tag, { exact: true })).toBeVisible();
});

/** Sends a push as marketing through the proxy, waiting out the 1-second spacing other specs may hit. */
async function pushAsMarketing(text: string): Promise<string> {
  const api = await apiAs('marketing');
  try {
    for (let attempt = 0; attempt < 10; attempt++) {
      const res = await api.post('/api/im/all_member_push/im_push', {
        data: {
          MsgRandom: Math.floor(Math.random() * 4_000_000_000),
          MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: text } }],
          Condition: { TagsOr: [`spring${run}`, 'vip'] },
        },
      });
      const body = (await res.json()) as { ErrorCode: number; TaskId?: string };
      if (body.ErrorCode === 0) return body.TaskId!;
      if (body.ErrorCode !== 90024) throw new Error(`im_push answered ${body.ErrorCode}`);
      await new Promise((r) => setTimeout(r, 1100));
    }
    throw new Error('im_push kept answering 90024');
  } finally {
    await api.dispose();
  }
}

test('a viewer reads the push log and its detail, but cannot send or duplicate', async ({ browser }) => {
  const text = `Log check ${run}`;
  const taskId = await pushAsMarketing(text);

  const context = await browser.newContext({ baseURL: consoleUrl, storageState: authFile('viewer') });
  const page = await context.newPage();
  await page.addInitScript(() => window.localStorage.setItem('im-console.language', 'en'));
  await page.goto('/push');
  await expect(page.getByRole('heading', { name: 'Push log' })).toBeVisible();
  await expect(page.getByText('The log is read-only.', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New push' })).toBeDisabled();

  // The text filter lives in the URL.
  await page.getByRole('textbox', { name: 'Search' }).fill(text);
  await expect(page).toHaveURL(new RegExp(`q=Log\\+check\\+${run}`));
  const table = page.getByRole('table', { name: 'Pushes' });
  const row = table.getByRole('row').filter({ hasText: text });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('e2e-marketing');
  await expect(row).toContainText('Sent');
  await expect(row).toContainText(taskId);

  await row.getByRole('button', { name: /Details of push/ }).click();
  const drawer = page.getByRole('dialog', { name: /^Push \d+$/ });
  await expect(drawer.getByRole('row', { name: /TaskId/ })).toContainText(taskId);
  await expect(drawer.getByRole('row', { name: /Audience/ })).toContainText(
    `has any of these tags: spring${run}, vip`,
  );
  await expect(drawer.getByRole('row', { name: /Role/ })).toContainText('Marketing');
  await expect(drawer.getByLabel('Request as sent (all_member_push/im_push)')).toContainText(
    `"Text": "${text}"`,
  );
  await expect(drawer.getByRole('button', { name: 'Duplicate' })).toBeDisabled();

  // Filtering by an outcome with no match shows the empty state.
  await page.goto(`/push?q=${encodeURIComponent(text)}&outcome=failed`);
  await expect(page.getByText('No push matches these filters.', { exact: false })).toBeVisible();
  await context.close();

  // Marketing sees the same entry with Duplicate leading to the composer.
  const mkt = await browser.newContext({ baseURL: consoleUrl, storageState: authFile('marketing') });
  const mpage = await mkt.newPage();
  await mpage.addInitScript(() => window.localStorage.setItem('im-console.language', 'en'));
  await mpage.goto(`/push?q=${encodeURIComponent(text)}`);
  await mpage.getByRole('table', { name: 'Pushes' }).getByRole('row').filter({ hasText: text }).click();
  const link = mpage.getByRole('dialog').getByRole('link', { name: 'Duplicate' });
  await expect(link).toHaveAttribute('href', /\/push\/new\?duplicate=\d+$/);
  await mkt.close();
});
