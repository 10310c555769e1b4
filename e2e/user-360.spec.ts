/**
 * User 360 (`/users/:userId`) end to end on the demo seed and on freshly made users: every section
 * filled, edit a profile, set and clear a global mute, delete a conversation, edit push tags and
 * attributes.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { clearFaults, injectFault, switchLanguage } from './helpers';

test.beforeEach(async ({ page }) => {
  await clearFaults();
  await page.addInitScript(() => {
    if (!window.localStorage.getItem('im-console.language'))
      window.localStorage.setItem('im-console.language', 'en');
  });
});

let seq = 0;
/** A UserID no other test uses. */
function freshId(prefix: string): string {
  seq += 1;
  return `${prefix}_${Date.now().toString(36)}_${seq}`;
}

async function im(request: APIRequestContext, path: string, body: unknown) {
  const res = await request.post(`/api/im/${path}`, { data: body });
  expect(res.ok(), `${path} answered HTTP ${res.status()}`).toBe(true);
  const json = (await res.json()) as { ErrorCode: number };
  expect(json.ErrorCode, `${path} answered ErrorCode ${json.ErrorCode}`).toBe(0);
  return json;
}

async function importUsers(request: APIRequestContext, ...ids: string[]) {
  await im(request, 'im_open_login_svc/multiaccount_import', { Accounts: ids });
}

test('a demo user shows every section filled', async ({ page }) => {
  await page.goto('/users/alice');
  await expect(page.getByRole('heading', { level: 1, name: 'Alice Zhou' })).toBeVisible();
  const profile = page.getByRole('table', { name: 'Standard profile fields' });
  await expect(profile.getByRole('row', { name: /Nickname/ })).toContainText('Tag_Profile_IM_Nick');
  await expect(profile.getByRole('row', { name: /Gender/ })).toContainText('Female');

  // Custom fields are read by name (IM cannot list them); an unknown one says so.
  const add = page.getByRole('form', { name: 'Read this field' });
  await add.getByLabel('Custom field keyword').fill('Hobby');
  await add.getByRole('button', { name: 'Read this field' }).click();
  await add.getByLabel('Custom field keyword').fill('Nope');
  await add.getByRole('button', { name: 'Read this field' }).click();
  const custom = page.getByRole('table', { name: 'Custom profile fields' });
  await expect(custom.getByRole('row', { name: /Custom: Hobby/ })).toContainText('Tag_Profile_Custom_Hobby');
  await expect(custom.getByRole('row', { name: /Custom: Nope/ })).toContainText(
    'Not configured for this app',
  );
  await add.getByLabel('Custom field keyword').fill('Too_long1');
  await add.getByRole('button', { name: 'Read this field' }).click();
  await expect(add.getByText('Custom field keyword must be 1 to 8 English letters')).toBeVisible();

  await page.getByRole('tab', { name: 'Online state & mute' }).click();
  await expect(page).toHaveURL(/tab=status/);
  await expect(page.getByRole('table', { name: 'Online state by platform' })).toContainText('iPhone');
  const mute = page.getByRole('region', { name: 'Global mute' });
  await expect(mute.getByRole('row', { name: /One-to-one messages/ })).toContainText('Not muted');

  await page.getByRole('tab', { name: 'Groups' }).click();
  await expect(page).toHaveURL(/tab=groups/);
  const groups = page.getByRole('table', { name: 'Groups this user joined' });
  await expect(groups.getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByText(/^\d+ of \d+ loaded$/)).toBeVisible();
  // Each group links to its page by its id, URL-encoded (other specs may have added custom-id groups).
  const href = (await groups.getByRole('link').first().getAttribute('href')) ?? '';
  expect(href).toMatch(/^\/groups\/[^/]+$/);
  await expect(groups.getByRole('row').nth(1)).toContainText(
    decodeURIComponent(href.slice('/groups/'.length)),
  );
  // The type filter lives in the URL and asks the service for that type only.
  await page.getByRole('combobox', { name: 'Group type' }).click();
  await page.getByRole('option', { name: /Community/ }).click();
  await expect(page).toHaveURL(/gtype=Community/);
  await expect(groups.getByRole('row').nth(1)).toContainText('Community');
  const types = await groups.getByRole('row').locator('td:nth-child(2)').allTextContents();
  expect(types.length).toBeGreaterThan(0);
  for (const t of types) expect(t).toContain('Community');

  await page.getByRole('tab', { name: 'Conversations' }).click();
  const conversations = page.getByRole('table', { name: 'Conversations of this user' });
  const bob = conversations.getByRole('row').filter({ hasText: 'bob' });
  await expect(bob).toContainText('One-to-one');
  await expect(bob).toContainText('Pinned');
  await expect(bob.getByRole('link', { name: 'Open the transcript with bob' })).toHaveAttribute(
    'href',
    '/history/c2c/alice/bob',
  );
  // One-to-one only: other specs add group conversations that push carol's row out of view.
  await page.getByRole('radiogroup').getByText('One-to-one', { exact: true }).click();
  const carol = conversations.getByRole('row').filter({ hasText: 'carol' });
  await expect(carol.getByRole('cell').nth(3)).toHaveText(/^\d+$/);

  await page.getByRole('tab', { name: 'Push audience' }).click();
  const attrs = page.getByRole('table', { name: 'Push attributes' });
  await expect(attrs.getByRole('row', { name: /city/ })).toContainText('San Francisco');

  for (const name of ['Friends', 'Blocklist', 'Friend lists']) {
    await expect(page.getByRole('tab', { name, exact: true })).toBeVisible();
  }
});

test('edits a profile with inline rules; only changed fields are saved and a reload shows them', async ({
  page,
  request,
}) => {
  const id = freshId('p360');
  await importUsers(request, id);
  await page.goto(`/users/${id}`);
  await page.getByRole('button', { name: 'Edit profile' }).click();
  const form = page.getByRole('form', { name: 'Edit profile' });
  await expect(form.getByText('Nothing changed yet.')).toBeVisible();

  await form.getByLabel('Nickname').fill('好'.repeat(167));
  await expect(form.getByText('must be at most 500 bytes (UTF-8)')).toBeVisible();
  await form.getByLabel('Nickname').fill('Profile Tester 测试');
  await form.getByLabel('Birthday').fill('19900230');
  await expect(form.getByText('must be a date as YYYYMMDD')).toBeVisible();
  await form.getByLabel('Birthday').fill('19900417');
  await form.getByLabel('Level').fill('abc');
  await expect(form.getByText('must be a whole number')).toBeVisible();
  await form.getByLabel('Level').fill('7');
  await form.getByRole('combobox', { name: 'Friend requests' }).click();
  await page.getByRole('option', { name: 'Allow no one to add' }).click();

  const saved = page.waitForRequest((r) => r.url().endsWith('/api/im/profile/portrait_set'));
  await expect(form.getByText('4 fields changed')).toBeVisible();
  await form.getByRole('button', { name: 'Save changes' }).click();
  const body = (await saved).postDataJSON() as { ProfileItem: { Tag: string }[] };
  expect(body.ProfileItem.map((i) => i.Tag).sort()).toEqual([
    'Tag_Profile_IM_AllowType',
    'Tag_Profile_IM_BirthDay',
    'Tag_Profile_IM_Level',
    'Tag_Profile_IM_Nick',
  ]);
  await expect(page.getByText('Saved 4 fields.')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Profile Tester 测试' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Standard profile fields' });
  await expect(table.getByRole('row', { name: /Birthday/ })).toContainText('1990-04-17');
  await expect(table.getByRole('row', { name: /^Level/ })).toContainText('Tag_Profile_IM_Level = 7');
  await expect(table.getByRole('row', { name: /Friend requests/ })).toContainText('Allow no one to add');
});

test('an IM error on save shows its code and explanation', async ({ page, request }) => {
  const id = freshId('perr');
  await importUsers(request, id);
  await page.goto(`/users/${id}`);
  await page.getByRole('button', { name: 'Edit profile' }).click();
  const form = page.getByRole('form', { name: 'Edit profile' });
  await form.getByLabel('Nickname').fill('x');
  await injectFault('profile/portrait_set', 40001);
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.getByRole('alert').filter({ hasText: 'IM error 40001' })).toBeVisible();
});

test('sets and clears a global mute, with the end time shown', async ({ page, request }) => {
  const id = freshId('m360');
  await importUsers(request, id);
  await page.goto(`/users/${id}?tab=status`);
  const mute = page.getByRole('region', { name: 'Global mute' });
  const c2c = mute.getByRole('row', { name: /One-to-one messages/ });
  const group = mute.getByRole('row', { name: /Group messages/ });
  await expect(c2c).toContainText('Not muted');

  const form = mute.getByRole('form', { name: 'Set a mute' });
  await form.getByText('1 day').click();
  await expect(form.getByText(/^Ends /)).toBeVisible();
  await form.getByRole('button', { name: 'Mute' }).click();
  await expect(c2c).toContainText(/Muted until \d/);
  await expect(group).toContainText(/Muted until \d/);
  // The header shows it too.
  await expect(page.getByText(/One-to-one messages: Muted until/)).toBeVisible();

  await c2c.getByRole('button', { name: 'Clear the One-to-one messages mute' }).click();
  await expect(c2c).toContainText('Not muted');
  await expect(group).toContainText(/Muted until/);

  // Forever asks first; a custom length is checked inline.
  await form.getByRole('checkbox', { name: 'Group messages' }).uncheck();
  await form.getByText('Forever').click();
  await expect(form.getByText('Never ends')).toBeVisible();
  await form.getByRole('button', { name: 'Mute' }).click();
  await page
    .getByRole('dialog', { name: 'Mute permanently?' })
    .getByRole('button', { name: 'Mute permanently' })
    .click();
  await expect(c2c).toContainText('Muted permanently');

  await form.getByText('Custom').click();
  await form.getByLabel('Custom length').fill('0');
  await expect(form.getByText(/Custom length must be a whole number of at least 1/)).toBeVisible();

  const res = await im(request, 'openconfigsvr/getnospeaking', { Get_Account: id });
  expect(res).toMatchObject({ C2CmsgNospeakingTime: 4294967295 });

  await switchLanguage(page, '简体中文');
  const zh = page.getByRole('region', { name: '全局禁言' });
  await expect(zh.getByRole('row', { name: /单聊消息/ })).toContainText('永久禁言');
  await expect(zh.getByRole('row', { name: /群消息/ })).toContainText(/禁言至 /);
});

test('deletes a conversation after confirming, optionally clearing roaming', async ({ page, request }) => {
  const owner = freshId('cown');
  const peer = freshId('cpeer');
  await importUsers(request, owner, peer);
  await im(request, 'openim/sendmsg', {
    SyncOtherMachine: 2,
    From_Account: peer,
    To_Account: owner,
    MsgRandom: 4242,
    MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'hello' } }],
  });

  await page.goto(`/users/${owner}?tab=conversations`);
  const table = page.getByRole('table', { name: 'Conversations of this user' });
  const row = table.getByRole('row').filter({ hasText: peer });
  await expect(row).toContainText('One-to-one');
  await expect(row.getByRole('cell').nth(3)).toHaveText('1');

  await row.getByRole('button', { name: `Delete the conversation with ${peer}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this conversation?' });
  await dialog.getByRole('checkbox', { name: /Also clear this user's roaming history/ }).check();
  const sent = page.waitForRequest((r) => r.url().endsWith('/api/im/recentcontact/delete'));
  await dialog.getByRole('button', { name: 'Delete' }).click();
  expect((await sent).postDataJSON()).toEqual({
    From_Account: owner,
    Type: 1,
    To_Account: peer,
    ClearRamble: 1,
  });
  await expect(page.getByText(`Conversation with ${peer} deleted.`)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'No conversations' })).toBeVisible();
});

test('edits push tags and attributes with the caps checked inline', async ({ page, request }) => {
  const id = freshId('a360');
  await importUsers(request, id);
  await page.goto(`/users/${id}?tab=audience`);
  await expect(page.getByText('This user has no tags.')).toBeVisible();

  const add = page.getByRole('form', { name: 'Add tags' });
  await add.getByLabel('New tags').fill(Array.from({ length: 11 }, (_, i) => `t${i}`).join(','));
  await expect(add.getByText('must list at most 10 tags per add')).toBeVisible();
  await add.getByLabel('New tags').fill(`vip, beta, ${'x'.repeat(51)}`);
  await expect(add.getByText(/must be at most 50 bytes/)).toBeVisible();
  await add.getByLabel('New tags').fill('vip, beta');
  await add.getByRole('button', { name: 'Add tags' }).click();
  await expect(page.getByText('2 tags added.')).toBeVisible();
  const tags = page.getByRole('list', { name: 'Push tags' });
  await expect(tags.getByRole('listitem')).toHaveText(['vip', 'beta']);
  await tags.getByRole('button', { name: 'Remove tag vip' }).click();
  await expect(tags.getByRole('listitem')).toHaveText(['beta']);

  const attrs = page.getByRole('table', { name: 'Push attributes' });
  const city = attrs.getByRole('row', { name: /city/ });
  await expect(city).toContainText('not set');
  await city.getByRole('button', { name: 'Edit city' }).click();
  await city.getByLabel('Value of city').fill('Chengdu');
  await city.getByRole('button', { name: 'Save' }).click();
  await expect(city).toContainText('Chengdu');
  const stored = (await im(request, 'all_member_push/im_get_attr', { To_Account: [id] })) as unknown as {
    UserAttrs: { Attrs: Record<string, string> }[];
  };
  expect(stored.UserAttrs[0]?.Attrs).toEqual({ city: 'Chengdu' });
  await city.getByRole('button', { name: 'Remove city' }).click();
  await expect(city).toContainText('not set');
});

test('sections explain IM errors, retry, and say when they are empty', async ({ page, request }) => {
  const id = freshId('e360');
  await importUsers(request, id);
  await injectFault('recentcontact/get_list', 50002);
  await page.goto(`/users/${id}?tab=conversations`);
  const alert = page.getByRole('alert').filter({ hasText: 'IM error 50002' });
  await expect(alert).toBeVisible();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'No conversations' })).toBeVisible();

  await page.getByRole('tab', { name: 'Groups' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'No groups' })).toBeVisible();

  await switchLanguage(page, '简体中文');
  await page.getByRole('tab', { name: '推送受众' }).click();
  await expect(
    page.getByRole('table', { name: '推送属性' }).getByRole('row', { name: /city/ }),
  ).toContainText('未设置');
  await expect(page.getByText('该用户没有标签。')).toBeVisible();
});
