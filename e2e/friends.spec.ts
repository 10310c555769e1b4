/**
 * The User 360 relationship tabs end to end on fresh users: add a friend both ways and see it from the
 * other side; bad input names its field; block and unblock; the relationship check in words; create and
 * delete a friend list; delete all friends with the typed confirmation; the Chinese strings.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { clearFaults, switchLanguage } from './helpers';

/** A UserID no other run has used (the emulator keeps state for the whole e2e run). */
function freshId(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

async function im(request: APIRequestContext, path: string, body: unknown): Promise<Record<string, unknown>> {
  const res = await request.post(`/api/im/${path}`, { data: body });
  expect(res.ok(), `${path} answered HTTP ${res.status()}`).toBe(true);
  const json = (await res.json()) as Record<string, unknown>;
  expect(json.ErrorCode, `${path}: ${JSON.stringify(json)}`).toBe(0);
  return json;
}

async function importUsers(request: APIRequestContext, ids: string[]): Promise<void> {
  await im(request, 'im_open_login_svc/multiaccount_import', { Accounts: ids });
}

test.beforeEach(async ({ page }) => {
  await clearFaults();
  await page.addInitScript(() => {
    if (!window.localStorage.getItem('im-console.language'))
      window.localStorage.setItem('im-console.language', 'en');
  });
});

test('adds a friend both ways and sees it from the other user’s page', async ({ page }) => {
  const [a, b] = [freshId('fa'), freshId('fb')];
  await importUsers(page.request, [a, b]);

  await page.goto(`/users/${a}?tab=friends`);
  await expect(page.getByRole('status').filter({ hasText: /^0 friends$/ })).toBeVisible();
  await expect(page.getByText('No friends', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Add friends' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add friends' });
  await dialog.getByRole('textbox', { name: 'UserIDs' }).fill(b);
  // A bad add source is refused before anything is sent, naming the field and its rule.
  await dialog.getByRole('textbox', { name: 'Add source' }).fill('Web2');
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog.getByText('Add source must be 1 to 8 letters (A–Z, a–z)')).toBeVisible();

  await dialog.getByRole('textbox', { name: 'Add source' }).fill('Web');
  await dialog.getByRole('textbox', { name: 'Remark' }).fill('Old friend');
  await dialog.getByRole('textbox', { name: 'Friend list' }).fill('Work');
  await expect(dialog.getByRole('radio', { name: 'Two-way' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog.getByText('1 succeeded, 0 failed')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  const table = page.getByRole('table', { name: `Friends of ${a}` });
  const row = table.getByRole('row').filter({ hasText: b });
  await expect(row).toContainText('Old friend');
  await expect(row).toContainText('Work');
  await expect(row).toContainText('Web');
  await expect(page.getByRole('status').filter({ hasText: /^1 friend$/ })).toBeVisible();

  // The other side: b has a too, because the add was two-way.
  await row.getByRole('link', { name: b }).click();
  await expect(page).toHaveURL(new RegExp(`/users/${b}\\?tab=friends`));
  await expect(
    page
      .getByRole('table', { name: `Friends of ${b}` })
      .getByRole('row')
      .filter({ hasText: a }),
  ).toBeVisible();

  // Edit the remark from b's side, then search the loaded list (the search lives in the URL).
  await page.getByRole('button', { name: `Edit friend ${a}` }).click();
  const edit = page.getByRole('dialog', { name: `Edit friend ${a}` });
  await edit.getByRole('textbox', { name: 'Remark' }).fill('x'.repeat(97));
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit.getByText('Remark must be at most 96 bytes (UTF-8)')).toBeVisible();
  await edit.getByRole('textbox', { name: 'Remark' }).fill('Colleague');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(`Friend ${a} updated.`)).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search friends' }).fill('colleague');
  await expect(page).toHaveURL(/fq=colleague/);
  await expect(
    page
      .getByRole('table', { name: `Friends of ${b}` })
      .getByRole('row')
      .filter({ hasText: 'Colleague' }),
  ).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search friends' }).fill('nobody-matches');
  await expect(page.getByText('No friend matches the search')).toBeVisible();
});

test('blocks and unblocks a user, with per-item results', async ({ page }) => {
  const [a, b] = [freshId('ba'), freshId('bb')];
  await importUsers(page.request, [a, b]);

  await page.goto(`/users/${a}?tab=blocklist`);
  await expect(page.getByText('Nobody is blocked')).toBeVisible();
  const form = page.getByRole('region', { name: 'Block users' });
  await form.getByRole('textbox', { name: 'UserIDs' }).fill(`${b}, ghost_${b}`);
  await form.getByRole('button', { name: 'Block' }).click();
  await expect(form.getByText('1 succeeded, 1 failed')).toBeVisible();
  await expect(form.getByRole('row').filter({ hasText: `ghost_${b}` })).toContainText('Failed (30003)');

  const table = page.getByRole('table', { name: `Users blocked by ${a}` });
  await expect(table.getByRole('row').filter({ hasText: b })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '1 blocked user' })).toBeVisible();

  await page.getByRole('button', { name: `Unblock ${b}` }).click();
  const dialog = page.getByRole('dialog', { name: `Unblock ${b}?` });
  await dialog.getByRole('button', { name: 'Unblock' }).click();
  await expect(page.getByText(`${b} unblocked.`)).toBeVisible();
  await expect(page.getByText('Nobody is blocked')).toBeVisible();
});

test('checks a relationship and says both directions in words', async ({ page }) => {
  const [a, b, c] = [freshId('ca'), freshId('cb'), freshId('cc')];
  await importUsers(page.request, [a, b, c]);
  await im(page.request, 'sns/friend_add', {
    From_Account: a,
    AddType: 'Add_Type_Single',
    ForceAddFlags: 1,
    AddFriendItem: [{ To_Account: b, AddSource: 'AddSource_Type_Test' }],
  });
  await im(page.request, 'sns/black_list_add', { From_Account: c, To_Account: [a] });

  await page.goto(`/users/${a}?tab=friends`);
  const check = page.getByRole('region', { name: 'Check a relationship' });
  await check.getByRole('textbox', { name: 'Other UserIDs' }).fill(`${b} ${c}`);
  await check.getByRole('button', { name: 'Check' }).click();
  const results = check.getByRole('table', { name: 'Relationship check results' });
  const rowB = results.getByRole('row').filter({ has: page.getByRole('cell', { name: b, exact: true }) });
  await expect(rowB).toContainText(`${a} has ${b} as a friend; ${b} does not have ${a}`);
  await expect(rowB).toContainText(`${a} has not blocked ${b}; ${b} has not blocked ${a}`);
  const rowC = results.getByRole('row').filter({ has: page.getByRole('cell', { name: c, exact: true }) });
  await expect(rowC).toContainText(`${a} does not have ${c}; ${c} does not have ${a}`);
  await expect(rowC).toContainText(`${a} has not blocked ${c}; ${c} has blocked ${a}`);

  await switchLanguage(page, '简体中文');
  await page.getByRole('region', { name: '校验关系' }).getByRole('button', { name: '校验' }).click();
  await expect(page.getByText(`${a} 的好友中有 ${b}；${b} 的好友中没有 ${a}`)).toBeVisible();
});

test('creates and deletes a friend list', async ({ page }) => {
  const [a, b] = [freshId('la'), freshId('lb')];
  await importUsers(page.request, [a, b]);
  await im(page.request, 'sns/friend_import', {
    From_Account: a,
    AddFriendItem: [{ To_Account: b, AddSource: 'AddSource_Type_Test' }],
  });

  await page.goto(`/users/${a}?tab=friend-lists`);
  await expect(page.getByText('No friend lists')).toBeVisible();
  const form = page.getByRole('region', { name: 'Create a list' });
  await form.getByRole('button', { name: 'Create list' }).click();
  await expect(form.getByText('List name must not be empty')).toBeVisible();
  await form.getByRole('textbox', { name: 'List name' }).fill('Colleagues');
  await form.getByRole('textbox', { name: 'Friends to put in it' }).fill(b);
  await form.getByRole('button', { name: 'Create list' }).click();
  await expect(page.getByText('List “Colleagues” created.')).toBeVisible();

  const table = page.getByRole('table', { name: `Friend lists of ${a}` });
  const row = table.getByRole('row').filter({ hasText: 'Colleagues' });
  await expect(row).toContainText('1');
  await row.getByRole('button', { name: 'Show members of Colleagues' }).click();
  await expect(table.getByRole('link', { name: b })).toBeVisible();

  await row.getByRole('button', { name: 'Delete list Colleagues' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete list “Colleagues”?' });
  await expect(dialog).toContainText('its 1 friend stays a friend');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('No friend lists')).toBeVisible();
});

test('deletes all friends only after the UserID is typed', async ({ page }) => {
  const owner = freshId('da');
  const peers = [freshId('d1'), freshId('d2'), freshId('d3')];
  await importUsers(page.request, [owner, ...peers]);
  await im(page.request, 'sns/friend_import', {
    From_Account: owner,
    AddFriendItem: peers.map((To_Account) => ({ To_Account, AddSource: 'AddSource_Type_Test' })),
  });

  await page.goto(`/users/${owner}?tab=friends`);
  await expect(page.getByRole('status').filter({ hasText: /^3 friends$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Delete all friends' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete all friends' });
  const confirm = dialog.getByRole('button', { name: 'Delete all friends' });
  await expect(confirm).toBeDisabled();
  await dialog.getByRole('textbox', { name: `Type ${owner} to confirm` }).fill(owner.slice(0, -1));
  await expect(confirm).toBeDisabled();
  await dialog.getByRole('textbox', { name: `Type ${owner} to confirm` }).fill(owner);
  await confirm.click();
  await expect(page.getByText(`All friends of ${owner} deleted.`)).toBeVisible();
  await expect(page.getByText('No friends', { exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^0 friends$/ })).toBeVisible();
});
