/**
 * The Members tab of `/groups/:groupId`: add 250 members in one action and see each user's result;
 * change a role (and see it in the role filter); edit a name card with the contract's rule shown; the
 * muted filter; remove a selected member with a reason; an AVChatRoom explains why it has no member list.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { authFile } from '../playwright.config';
import { apiAs, clearFaults } from './helpers';

const run = `${Date.now() % 100000}`;
let api: APIRequestContext;
let groupId = '';

async function im(path: string, body: unknown): Promise<Record<string, unknown>> {
  const res = await api.post(`/api/im/${path}`, { data: body });
  const json = (await res.json()) as Record<string, unknown>;
  expect(res.ok(), `${path}: ${JSON.stringify(json)}`).toBe(true);
  expect(json.ErrorCode, `${path}: ${JSON.stringify(json)}`).toBe(0);
  return json;
}

async function roleOf(account: string): Promise<string> {
  const res = await im('group_open_http_svc/get_role_in_group', {
    GroupId: groupId,
    User_Account: [account],
  });
  return (res.UserIdList as { Role: string }[])[0]!.Role;
}

async function openMembers(page: Page, query = '') {
  await page.goto(`/groups/${encodeURIComponent(groupId)}?tab=members${query}`);
  await expect(page.getByRole('table', { name: `Members of ${groupId}` })).toBeVisible();
}

test.beforeAll(async () => {
  api = await apiAs('admin');
  const res = await im('group_open_http_svc/create_group', {
    Type: 'Public',
    Name: `Members e2e ${run}`,
    Owner_Account: 'alice',
    MaxMemberCount: 500,
    MemberList: [{ Member_Account: 'bob' }, { Member_Account: 'carol' }],
  });
  groupId = res.GroupId as string;
});

test.afterAll(async () => {
  await api.dispose();
});

test.beforeEach(async ({ page }) => {
  await clearFaults();
  await page.addInitScript(() => window.localStorage.setItem('im-console.language', 'en'));
});

test('adds 250 members in one action and shows every user’s result', async ({ page }) => {
  test.setTimeout(60_000);
  await openMembers(page);
  await expect(page.getByTestId('member-count')).toContainText('3 of 3 members loaded');

  // bob, who already is a member, and 249 crowd accounts who are not.
  const ids = ['bob', ...Array.from({ length: 249 }, (_, i) => `user_${2001 + i}`)];
  await page.getByRole('button', { name: 'Add members…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add members' });
  await dialog.getByLabel('UserIDs').fill(ids.join('\n'));
  await expect(dialog.getByText('250 UserIDs ready.')).toBeVisible();
  await dialog.getByLabel('Add silently').check();
  await dialog.getByRole('button', { name: 'Add 250 members' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByText('Finished', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('250 of 250 done')).toBeVisible();
  await expect(page.getByText(/^Added:\s*249$/)).toBeVisible();
  await expect(page.getByText(/^Already a member:\s*1$/)).toBeVisible();
  const results = page.getByRole('table', { name: 'Per-item results' });
  await expect(results.getByRole('row', { name: /user_2001\s+Added/ })).toBeVisible();
  await expect(results.getByRole('row', { name: /bob\s+Already a member/ })).toBeVisible();

  // The list starts again from its first page with the new total, and the service agrees.
  await expect(page.getByTestId('member-count')).toContainText('of 252 members loaded');
  const info = await im('group_open_http_svc/get_group_member_info', { GroupId: groupId, Limit: 1 });
  expect(info.MemberNum).toBe(252);

  // Scrolling to the end loads the remaining pages.
  const region = page.getByRole('region', { name: `Members of ${groupId}` });
  for (let i = 0; i < 4; i++) await region.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(page.getByTestId('member-count')).toContainText('252 of 252 members loaded · All loaded.');
});

test('changes a member’s role and finds them by role', async ({ page }) => {
  await openMembers(page);
  await page.getByRole('button', { name: 'Manage bob' }).click();
  const drawer = page.getByRole('dialog', { name: 'Member bob' });
  await drawer.getByRole('button', { name: 'Make admin' }).click();
  await expect(drawer.getByText('Role changed to Admin.')).toBeVisible();
  await expect(drawer.getByRole('button', { name: 'Remove admin' })).toBeVisible();
  expect(await roleOf('bob')).toBe('Admin');
  await drawer.getByRole('button', { name: 'Close' }).click();

  // The role filter lives in the URL and asks the service for that role only.
  await page.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: 'Admin' }).click();
  await expect(page).toHaveURL(/role=Admin/);
  const table = page.getByRole('table', { name: `Members of ${groupId}` });
  await expect(table.getByRole('row', { name: /bob/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /carol/ })).toHaveCount(0);

  // The owner's role cannot be changed here: the panel says why.
  await openMembers(page, '&member=alice');
  const owner = page.getByRole('dialog', { name: 'Member alice' });
  await expect(owner.getByText(/transfer ownership in the Danger zone/)).toBeVisible();
  await expect(owner.getByRole('button', { name: 'Make admin' })).toHaveCount(0);
});

test('edits a name card, with the contract rule shown first', async ({ page }) => {
  await openMembers(page, '&member=carol');
  const drawer = page.getByRole('dialog', { name: 'Member carol' });
  const card = drawer.getByRole('textbox', { name: 'Name card' });
  await card.fill('名'.repeat(17));
  await drawer.getByRole('button', { name: 'Save' }).click();
  await expect(drawer.getByText('must be at most 50 bytes (UTF-8)')).toBeVisible();
  await card.fill(`Carol ${run}`);
  await drawer.getByRole('button', { name: 'Save' }).click();
  await expect(drawer.getByText('Saved.')).toBeVisible();
  await drawer.getByRole('button', { name: 'Close' }).click();
  await expect(
    page
      .getByRole('table', { name: `Members of ${groupId}` })
      .getByRole('row', { name: new RegExp(`Carol ${run}`) }),
  ).toBeVisible();
  const res = await im('group_open_http_svc/get_group_member_info', {
    GroupId: groupId,
    MemberInfoFilter: ['NameCard'],
  });
  const carol = (res.MemberList as { Member_Account: string; NameCard: string }[]).find(
    (x) => x.Member_Account === 'carol',
  );
  expect(carol?.NameCard).toBe(`Carol ${run}`);
});

test('shows muted members only, then removes a selected member with a reason', async ({ page }) => {
  await im('group_open_http_svc/add_group_member', {
    GroupId: groupId,
    MemberList: [{ Member_Account: 'user_2002' }],
  });
  await im('group_open_http_svc/forbid_send_msg', {
    GroupId: groupId,
    Members_Account: ['user_2002'],
    MuteTime: 600,
  });
  await openMembers(page);
  await page.getByText('Muted only', { exact: true }).click();
  await expect(page).toHaveURL(/muted=1/);
  const muted = page.getByRole('table', { name: `Muted members of ${groupId}` });
  await expect(muted.getByRole('row')).toHaveCount(2);
  await expect(muted.getByRole('row', { name: /user_2002\s+Member/ })).toBeVisible();

  await muted.getByRole('checkbox', { name: 'Select user_2002' }).check();
  await page.getByRole('button', { name: 'Remove 1 selected…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove members' });
  await expect(dialog.getByLabel('UserIDs')).toHaveValue('user_2002');
  await dialog.getByLabel('Reason').fill('spam');
  await dialog.getByRole('button', { name: 'Remove 1 members' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove these members?' });
  await confirm.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(page.getByText(/^Removed:\s*1$/)).toBeVisible({ timeout: 15_000 });
  expect(await roleOf('user_2002')).toBe('NotMember');
});

test('imports members with their join time (migration) and sets an unread count', async ({ page }) => {
  await openMembers(page);
  await page.getByRole('button', { name: 'Import members…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import members (migration)' });
  // A migrated join time must fall between the group's creation and now.
  const info = await im('group_open_http_svc/get_group_info', {
    GroupIdList: [groupId],
    ResponseFilter: { GroupBaseInfoFilter: ['CreateTime'] },
  });
  const joined = (info.GroupInfo as { CreateTime: number }[])[0]!.CreateTime + 1;
  await expect.poll(() => Date.now() / 1000 > joined + 1).toBe(true);
  await dialog
    .getByRole('textbox', { name: 'Members' })
    .fill(`UserID,Role,JoinTime,UnreadMsgNum\nuser_2300,Admin,${joined},0\nuser_2301,Owner\nbob`);
  await expect(dialog.getByText('1 line breaks a rule and will not be sent')).toBeVisible();
  await expect(dialog.getByText(/Line 3: Role must be one of Admin, Member/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Import 3 members' }).click();
  await expect(page.getByText(/^Imported:\s*1$/)).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText(/^Already a member:\s*1$/)).toBeVisible();
  await expect(page.getByText(/^Failed:\s*1$/)).toBeVisible();
  expect(await roleOf('user_2300')).toBe('Admin');

  await openMembers(page, '&member=user_2300');
  const drawer = page.getByRole('dialog', { name: 'Member user_2300' });
  await drawer.getByRole('textbox', { name: 'Unread messages' }).fill('3');
  await drawer.getByRole('button', { name: 'Set unread count' }).click();
  await expect(drawer.getByText('Unread count set to 3.')).toBeVisible();
});

test.describe('as a moderator', () => {
  test.use({ storageState: authFile('moderator') });

  test('may add and remove members, but not import them (admins only)', async ({ page }) => {
    await openMembers(page);
    await expect(page.getByRole('button', { name: 'Add members…' })).toBeEnabled();
    await expect(page.getByRole('button', { name: 'Import members…' })).toBeDisabled();
    await expect(page.getByText('Needs the Admin role.').first()).toBeAttached();
  });
});

test('an AVChatRoom explains that it keeps no member list', async ({ page }) => {
  const res = await im('group_open_http_svc/create_group', { Type: 'AVChatRoom', Name: `Live ${run}` });
  await page.goto(`/groups/${encodeURIComponent(res.GroupId as string)}?tab=members`);
  await expect(page.getByText('Live-streaming groups keep no member list')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add members…' })).toHaveCount(0);
});
