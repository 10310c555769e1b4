/**
 * Groups browse and one group (issue 6): page through more groups than one page holds, filter by type
 * and by loaded names, open by exact ID, create a group of each type, edit info incl. mute-all, send a
 * message, transfer ownership and disband with the typed confirmation.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { authFile } from '../playwright.config';
import { clearFaults, switchLanguage } from './helpers';

// Paging is paced at get_appid_group_list's documented 1 call per second, and each test does a lot.
test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ page }) => {
  await clearFaults();
  await page.addInitScript(() => {
    if (!window.localStorage.getItem('im-console.language'))
      window.localStorage.setItem('im-console.language', 'en');
  });
});

/** A suffix that keeps names and IDs unique across retries against the same emulator. */
const run = Date.now().toString(36);

async function pickOption(page: Page, label: string, option: RegExp | string, scope: Page | Locator = page) {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

/** Creates a group through the form and waits for its page. */
async function createGroup(
  page: Page,
  opts: { type: RegExp; name: string; groupId?: string; owner?: string; members?: string },
): Promise<string> {
  await page.goto('/groups');
  await page.getByRole('button', { name: 'Create group' }).click();
  await expect(page).toHaveURL(/create=1/);
  const form = page.getByRole('form', { name: 'Create a group' });
  await pickOption(page, 'Group type', opts.type, form);
  await form.getByLabel('Name').fill(opts.name);
  if (opts.groupId) await form.getByLabel('Custom group ID (optional)').fill(opts.groupId);
  if (opts.owner) await form.getByLabel('Owner UserID (optional)').fill(opts.owner);
  if (opts.members) await form.getByLabel('Initial members (optional)').fill(opts.members);
  await form.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByRole('heading', { level: 1, name: opts.name })).toBeVisible({ timeout: 20_000 });
  await expect(page).toHaveURL(/\/groups\/[^?]+$/);
  return decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
}

test('pages through more groups than one page holds, filters by type and by loaded names', async ({
  page,
}) => {
  await page.goto('/groups?size=100');
  const table = page.getByRole('table', { name: 'Groups' });
  await expect(page.getByText(/^100 of \d+ groups loaded$/)).toBeVisible();
  const total = Number(
    (await page.getByText(/^100 of [\d,]+ groups loaded$/).textContent())!
      .match(/of ([\d,]+)/)![1]!
      .replace(/,/g, ''),
  );
  expect(total).toBeGreaterThan(200);
  // Visible rows are enriched with get_group_info (name, type, owner...).
  await expect(table.getByRole('row').nth(1).getByText('loading…')).toHaveCount(0);
  await expect(table.getByRole('row').nth(1).getByRole('link').first()).toHaveAttribute(
    'href',
    /^\/groups\//,
  );

  // Next pages: by the button and by scrolling to the end of the loaded rows.
  await page.getByRole('button', { name: 'Load more groups' }).click();
  await expect(page.getByText(/^200 of [\d,]+ groups loaded$/)).toBeVisible();
  const region = page.getByRole('region', { name: 'Groups' });
  // Scrolled again until the next page loads: the rows of page two may still be drawn (the list still
  // growing) when the first scroll lands, leaving it short of the end, as a reader would scroll on.
  await expect(async () => {
    if (await page.getByText(/^200 of [\d,]+ groups loaded$/).isVisible())
      await region.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect(page.getByText(/^300 of [\d,]+ groups loaded$/)).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 30_000 });

  // The type filter is in the URL and asks the service for that type only.
  await pickOption(page, 'Group type', /^Community/);
  await expect(page).toHaveURL(/type=Community/);
  await expect(table.getByRole('row').nth(1)).toContainText('COMMUNITY', { ignoreCase: true });
  const types = await table.getByRole('row').locator('td:nth-child(3)').allTextContents();
  expect(types.length).toBeGreaterThan(0);
  for (const t of types) expect(t.toLowerCase()).toContain('community');

  // Name filter over the loaded rows, with the plain statement that the API cannot search by name.
  await expect(page.getByText(/The IM API cannot search groups by name/)).toBeVisible();
  await page.getByLabel('Filter loaded groups by name or owner').fill('All hands');
  await expect(page).toHaveURL(/q=All\+hands/);
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('row').nth(1)).toContainText('All hands');

  // Open by exact ID.
  await page.getByRole('textbox', { name: 'Open a group by exact ID' }).fill('announcements');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page).toHaveURL(/\/groups\/announcements$/);
  await expect(page.getByRole('heading', { level: 1, name: /Announcements/ })).toBeVisible();
});

test('imports a group from a JSON file after a preview', async ({ page }) => {
  await page.goto('/groups');
  await page.getByRole('button', { name: 'Import group (JSON)' }).click();
  await expect(page).toHaveURL(/import=1/);
  const dialog = page.getByRole('dialog', { name: 'Import a group (migration)' });
  const input = dialog.locator('input[type=file]');
  // A file that breaks the contract names the field and the rule; nothing can be sent.
  await input.setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ Type: 'AVChatRoom', Name: '' })),
  });
  await expect(dialog.getByText('The file does not match import_group:')).toBeVisible();
  await expect(dialog.getByText('must not be empty')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Import group' })).toBeDisabled();

  const groupId = `moved_${run}`;
  await input.setInputFiles({
    name: 'group.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        Type: 'Public',
        GroupId: groupId,
        Name: `Moved ${run}`,
        Owner_Account: 'alice',
        CreateTime: 1500000000,
      }),
    ),
  });
  const preview = dialog.getByRole('table', { name: 'Preview' });
  await expect(preview.getByRole('row', { name: /CreateTime/ })).toContainText('1500000000');
  await dialog.getByRole('button', { name: 'Import group' }).click();
  await expect(page).toHaveURL(new RegExp(`/groups/${groupId}$`));
  await expect(page.getByRole('heading', { level: 1, name: `Moved ${run}` })).toBeVisible();
  // The original creation time is kept.
  await expect(
    page.getByRole('table', { name: 'Group profile' }).getByRole('row', { name: /^Created/ }),
  ).toContainText('2017');
});

test('Ctrl-K opens a group by exact ID', async ({ page }) => {
  await page.goto('/groups');
  await expect(page.getByRole('heading', { level: 1, name: 'Groups' })).toBeVisible();
  await page.keyboard.press('Control+K');
  await page.getByRole('textbox', { name: /Type a UserID/ }).fill('demo_team');
  await page.getByRole('button', { name: /Open group demo_team/ }).click();
  await expect(page).toHaveURL(/\/groups\/demo_team$/);
  await expect(page.getByRole('tab', { name: 'Info', selected: true })).toBeVisible();
  // A Work group has no Topics tab.
  await expect(page.getByRole('tab', { name: 'Topics' })).toHaveCount(0);
});

test('an unknown group ID shows the IM error explained', async ({ page }) => {
  await page.goto('/groups/no_such_group_e2e');
  await expect(page.getByText(/IM error 10010|IM error 10015/)).toBeVisible();
});

test('creates one group of each type, checking the custom ID rule', async ({ page }) => {
  // A Community ID must start with @TGS#_: the form says so before anything is sent.
  await page.goto('/groups?create=1');
  const form = page.getByRole('form', { name: 'Create a group' });
  await pickOption(page, 'Group type', /^Community/, form);
  await form.getByLabel('Name').fill('Bad ID');
  await form.getByLabel('Custom group ID (optional)').fill('plain_id');
  await form.getByRole('button', { name: 'Create group' }).click();
  await expect(form.getByText('must start with @TGS#_ for a Community')).toBeVisible();
  await expect(form.getByText('Fix the fields marked in red first.')).toBeVisible();
  // AVChatRoom takes no initial members: the field is disabled with the reason.
  await pickOption(page, 'Group type', /AVChatRoom/, form);
  await expect(form.getByLabel('Initial members (optional)')).toBeDisabled();
  await expect(form.getByText('An AVChatRoom takes no initial members.')).toBeVisible();

  const cases = [
    { type: /^Work group/, name: `Work ${run}`, members: 'alice, bob', badge: 'Work group (Private)' },
    { type: /^Public group/, name: `Public ${run}`, owner: 'alice', badge: 'Public group' },
    { type: /^Meeting group/, name: `Meeting ${run}`, badge: 'Meeting group (ChatRoom)' },
    { type: /AVChatRoom/, name: `Live ${run}`, badge: 'Live-streaming group (AVChatRoom)' },
    {
      type: /^Community/,
      name: `Comm ${run}`,
      groupId: `@TGS#_e2e_${run}`,
      badge: 'Community',
    },
  ];
  for (const c of cases) {
    const id = await createGroup(page, c);
    await expect(page.getByText(c.badge, { exact: true }).first()).toBeVisible();
    if (c.groupId) expect(id).toBe(c.groupId);
    // Two initial members and no owner.
    if (c.members) await expect(page.getByText(/^2 \/ [\d,]+ members$/)).toBeVisible();
    if (c.owner) await expect(page.getByRole('link', { name: `Owner: ${c.owner}` })).toBeVisible();
  }
  // The Community shows a Topics tab; the others do not.
  await expect(page.getByRole('tab', { name: 'Topics' })).toBeVisible();
});

test('edits info incl. mute-all, sends a message, transfers ownership and disbands', async ({ page }) => {
  const name = `Ops ${run}`;
  const id = await createGroup(page, { type: /^Public group/, name, owner: 'alice', members: 'bob, carol' });

  // Info: every field labelled; edit name, notification and mute-all.
  const info = page.getByRole('table', { name: 'Group profile' });
  await expect(info.getByRole('row', { name: /Mute all/ })).toContainText('Off');
  await expect(page.getByText('Members online now:')).toBeVisible();
  await page.getByRole('button', { name: 'Edit info' }).click();
  const edit = page.getByRole('form', { name: 'Edit group info' });
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit.getByText('Nothing changed yet.')).toBeVisible();
  await edit.getByLabel('Name').fill('x'.repeat(31));
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit.getByText('must be at most 30 bytes (UTF-8)')).toBeVisible();
  await edit.getByLabel('Name').fill(`${name} renamed`);
  await edit.getByLabel('Notification').fill('Read the rules 请阅读群规');
  await edit.getByLabel('Mute all members').check({ force: true });
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Group info saved.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: `${name} renamed` })).toBeVisible();
  await expect(page.getByText('Everyone muted')).toBeVisible();
  await expect(info.getByRole('row', { name: /Mute all/ })).toContainText('On');
  await expect(info.getByRole('row', { name: /Notification/ })).toContainText('Read the rules 请阅读群规');
  // And off again.
  await page.getByRole('button', { name: 'Edit info' }).click();
  await edit.getByLabel('Mute all members').uncheck({ force: true });
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(info.getByRole('row', { name: /Mute all/ })).toContainText('Off');
  await expect(page.getByText('Everyone muted')).toHaveCount(0);

  // Messages: send as a member; the transcript link points at chat history.
  await page.getByRole('tab', { name: 'Messages' }).click();
  await expect(page).toHaveURL(/tab=messages/);
  await expect(
    page.getByRole('link', { name: "Open this group's transcript in chat history" }),
  ).toHaveAttribute('href', `/history/group/${encodeURIComponent(id)}`);
  const send = page.getByRole('form', { name: 'Send a message' });
  await send.getByLabel('Send as (UserID)').fill('bob');
  await send.getByLabel('Message text').fill('hello from e2e');
  await send.getByRole('button', { name: 'Send message' }).click();
  await expect(page.getByText(/^Sent \(message seq \d+\)\.$/)).toBeVisible();

  // Danger zone: transfer ownership needs the exact group ID typed.
  await page.getByRole('tab', { name: 'Danger zone' }).click();
  await expect(page).toHaveURL(/tab=danger/);
  const transfer = page.getByRole('form', { name: 'Transfer ownership' });
  await transfer.getByLabel('New owner UserID').fill('bob');
  await transfer.getByLabel(`Type the group ID ${id} to confirm`).fill('wrong');
  await transfer.getByRole('button', { name: 'Transfer ownership' }).click();
  await expect(transfer.getByText('must match the group ID exactly')).toBeVisible();
  await transfer.getByLabel(`Type the group ID ${id} to confirm`).fill(id);
  await transfer.getByRole('button', { name: 'Transfer ownership' }).click();
  await expect(page.getByText('bob now owns the group.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Owner: bob' })).toBeVisible();

  // Disband with the typed confirmation; the group is gone afterwards.
  const disband = page.getByRole('form', { name: 'Disband the group' });
  await disband.getByRole('button', { name: 'Disband group' }).click();
  await expect(disband.getByText('must match the group ID exactly')).toBeVisible();
  await disband.getByLabel(`Type the group ID ${id} to confirm`).fill(id);
  await disband.getByRole('button', { name: 'Disband group' }).click();
  await expect(page.getByText(`Group ${id} disbanded.`)).toBeVisible();
  await expect(page).toHaveURL(/\/groups$/);
  await page.goto(`/groups/${encodeURIComponent(id)}`);
  await expect(page.getByText(/IM error 10010|IM error 10015/)).toBeVisible();
});

test('shows the group page in Chinese', async ({ page }) => {
  await page.goto('/groups/announcements?tab=danger');
  await switchLanguage(page, '简体中文');
  await expect(page.getByRole('tab', { name: '危险操作' })).toBeVisible();
  await expect(page.getByRole('form', { name: '解散群组' })).toBeVisible();
  await page.getByRole('tab', { name: '资料' }).click();
  await expect(page.getByRole('table', { name: '群组资料' }).getByText('全员禁言')).toBeVisible();
});

test('a moderator may edit info but not transfer or disband', async ({ browser }) => {
  const context = await browser.newContext({ storageState: authFile('moderator') });
  const page = await context.newPage();
  await page.addInitScript(() => window.localStorage.setItem('im-console.language', 'en'));
  await page.goto('/groups/announcements?tab=danger');
  await expect(page.getByRole('button', { name: 'Disband group' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Transfer ownership' })).toBeDisabled();
  await page.getByRole('tab', { name: 'Info' }).click();
  await expect(page.getByRole('button', { name: 'Edit info' })).toBeEnabled();
  await context.close();
});
