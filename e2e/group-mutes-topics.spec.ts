/**
 * The Mutes tab and topics: mute a member for 10 minutes and see when it ends, move the emulator clock
 * past it and see the mute gone; unmute from the list with each account's result; a Work group explains
 * why it cannot mute. Topics: find the community on /topics, create a topic (the contract's rule shown
 * first), edit it (mute-all too), see every field, delete it with typed confirmation; the Topics tab of
 * the group page shows the same list.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { authFile } from '../playwright.config';
import { apiAs, clearFaults, consoleUrl, emulatorUrl } from './helpers';

const run = `${Date.now() % 100000}`;
let api: APIRequestContext;
let publicId = '';
let workId = '';
let communityId = '';
const communityName = `Topics e2e ${run}`;

async function im(path: string, body: unknown): Promise<Record<string, unknown>> {
  const res = await api.post(`/api/im/${path}`, { data: body });
  const json = (await res.json()) as Record<string, unknown>;
  expect(res.ok(), `${path}: ${JSON.stringify(json)}`).toBe(true);
  expect(json.ErrorCode, `${path}: ${JSON.stringify(json)}`).toBe(0);
  return json;
}

async function mutedList(groupId: string): Promise<{ Member_Account: string; MutedUntil: number }[]> {
  const res = await im('group_open_http_svc/get_group_shutted_uin', { GroupId: groupId });
  return (res.MutedAccountList as { Member_Account: string; MutedUntil: number }[]) ?? [];
}

async function emulatorNowSeconds(): Promise<number> {
  const res = await fetch(`${emulatorUrl}/__emulator/clock`);
  return ((await res.json()) as { nowSeconds: number }).nowSeconds;
}

/** Formats a Unix time the way the console does, in the browser's own locale data and time zone. */
function consoleTime(page: Page, seconds: number): Promise<string> {
  return page.evaluate(
    (s) => new Date(s * 1000).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }),
    seconds,
  );
}

test.beforeAll(async () => {
  api = await apiAs('admin');
  const members = [{ Member_Account: 'bob' }, { Member_Account: 'carol' }, { Member_Account: 'zhangwei' }];
  publicId = (
    await im('group_open_http_svc/create_group', {
      Type: 'Public',
      Name: `Mutes e2e ${run}`,
      Owner_Account: 'alice',
      MemberList: members,
    })
  ).GroupId as string;
  workId = (
    await im('group_open_http_svc/create_group', {
      Type: 'Private',
      Name: `Work e2e ${run}`,
      Owner_Account: 'alice',
      MemberList: members,
    })
  ).GroupId as string;
  communityId = (
    await im('group_open_http_svc/create_group', {
      Type: 'Community',
      Name: communityName,
      Owner_Account: 'alice',
      SupportTopic: 1,
      MemberList: members,
    })
  ).GroupId as string;
});

test.afterAll(async () => {
  await api.dispose();
});

test.beforeEach(async ({ page }) => {
  await clearFaults();
  await page.addInitScript(() => window.localStorage.setItem('im-console.language', 'en'));
});

test('mutes a member for 10 minutes, shows the end, and the mute is gone once the clock passes it', async ({
  page,
}) => {
  await page.goto(`/groups/${encodeURIComponent(publicId)}?tab=mutes`);
  await expect(page.getByRole('heading', { name: 'Nobody is muted' })).toBeVisible();

  // A bad UserID is named with its rule before anything is sent.
  const ids = page.getByRole('textbox', { name: 'UserIDs' });
  await ids.fill(`bob, ${'x'.repeat(40)}`);
  await expect(page.getByText(/^UserIDs #2 "x+": /)).toBeVisible();
  await ids.fill('bob');
  await expect(page.getByRole('radio', { name: '10 min' })).toBeChecked();
  await expect(page.getByText(/^Ends about /)).toBeVisible();
  await page.getByRole('button', { name: 'Mute 1 member', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Confirm mute' });
  await expect(dialog).toContainText('Mute 1 member of Whole group until');
  await dialog.getByRole('button', { name: 'Confirm' }).click();

  // The service holds a 10-minute mute; the result and the list show its end in the console's format.
  const results = page.getByRole('status', { name: 'Result of the last change' });
  await expect(results).toContainText('1 done, 0 with a problem');
  const [entry] = await mutedList(publicId);
  expect(entry?.Member_Account).toBe('bob');
  const now = await emulatorNowSeconds();
  expect(entry!.MutedUntil - now).toBeGreaterThan(560);
  expect(entry!.MutedUntil - now).toBeLessThanOrEqual(600);
  const ends = await consoleTime(page, entry!.MutedUntil);
  await expect(results).toContainText(`Muted until ${ends}`);
  const table = page.getByRole('table', { name: 'Muted members' });
  const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: 'Open user bob' }) });
  await expect(row).toContainText(ends);
  await expect(row).toContainText(/\d+ min/);
  await expect(page.getByText('1 muted member')).toBeVisible();

  // Ten minutes and a second later on the emulator's clock, the list no longer holds bob.
  const moved = await fetch(`${emulatorUrl}/__emulator/clock`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ advanceSeconds: 601 }),
  });
  expect(moved.ok).toBe(true);
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByRole('heading', { name: 'Nobody is muted' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open user bob' })).toHaveCount(0);
  expect(await mutedList(publicId)).toEqual([]);
});

test('mutes several for ever, filters in the URL, unmutes one from the list with per-account results', async ({
  page,
}) => {
  await page.goto(`/groups/${encodeURIComponent(publicId)}?tab=mutes`);
  await page.getByRole('textbox', { name: 'UserIDs' }).fill('carol zhangwei nobody_here_e2e');
  await page.getByRole('radio', { name: 'Forever' }).dispatchEvent('click');
  await expect(page.getByText('Lasts until someone unmutes.')).toBeVisible();
  await page.getByRole('button', { name: 'Mute 3 members', exact: true }).click();
  await page.getByRole('dialog', { name: 'Confirm mute' }).getByRole('button', { name: 'Confirm' }).click();
  const results = page.getByRole('status', { name: 'Result of the last change' });
  await expect(results).toContainText('2 done, 1 with a problem');
  await expect(results.getByRole('row').filter({ hasText: 'nobody_here_e2e' })).toContainText(
    'Not listed as muted',
  );
  await expect(results.getByRole('row').filter({ hasText: 'carol' })).toContainText('Muted for ever');

  await page.getByRole('textbox', { name: 'Filter by UserID' }).fill('zhang');
  await expect(page).toHaveURL(/mq=zhang/);
  await expect(page.getByText('1 of 2 muted members shown')).toBeVisible();
  await page.getByRole('textbox', { name: 'Filter by UserID' }).fill('');

  await page.getByRole('button', { name: 'Unmute carol' }).click();
  await page.getByRole('dialog', { name: 'Confirm unmute' }).getByRole('button', { name: 'Confirm' }).click();
  await expect(results.getByRole('row').filter({ hasText: 'carol' })).toContainText('Unmuted');
  await expect(page.getByRole('link', { name: 'Open user carol' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Open user zhangwei' })).toBeVisible();
  expect((await mutedList(publicId)).map((m) => m.Member_Account)).toEqual(['zhangwei']);
});

test('a Work group says it cannot mute', async ({ page }) => {
  await page.goto(`/groups/${encodeURIComponent(workId)}?tab=mutes`);
  await expect(page.getByText('Work (Private) groups do not support muting members')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Mute / })).toHaveCount(0);
});

test('creates, edits and deletes a topic from /topics, and the Topics tab lists the same', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto('/topics');
  await expect(page.getByRole('heading', { name: 'Topics', level: 1 })).toBeVisible();
  await expect(page.getByText(/Scanned \d+ of \d+ communities: \d+ with topics\./)).toBeVisible();
  await page.getByRole('textbox', { name: 'Filter loaded communities by name or ID' }).fill(communityName);
  await expect(page).toHaveURL(/q=Topics/);
  await page.getByRole('button', { name: `Show topics of ${communityName}` }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('group')).toBe(communityId);
  const section = page.getByRole('region', { name: `Topics of ${communityName}` });
  await expect(section.getByRole('heading', { name: 'No topics yet' })).toBeVisible();

  // Create: the contract's rule comes first, naming the field.
  await section.getByRole('button', { name: 'New topic' }).click();
  const create = page.getByRole('dialog', { name: 'New topic' });
  await create.getByRole('textbox', { name: 'Name' }).fill('话'.repeat(11));
  await create.getByRole('button', { name: 'Create topic' }).click();
  await expect(create.getByText('Name: must be at most 30 bytes (UTF-8)')).toBeVisible();
  await create.getByRole('textbox', { name: 'Name' }).fill(`E2E topic ${run}`);
  await create.getByRole('textbox', { name: 'Custom ID (optional)' }).fill(`e2e${run}`);
  await create.getByRole('textbox', { name: 'Introduction' }).fill('Made by the e2e suite');
  await create.getByRole('button', { name: 'Create topic' }).click();
  await expect(create).toBeHidden();
  const topicId = `${communityId}@TOPIC#_e2e${run}`;
  await expect(section.getByText('1 topic', { exact: true })).toBeVisible();
  const row = section.getByRole('row').filter({ hasText: `E2E topic ${run}` });
  await expect(row).toContainText(topicId);
  await expect(row).toContainText('Made by the e2e suite');
  await expect(row.getByRole('link', { name: `Transcript of E2E topic ${run}` })).toHaveAttribute(
    'href',
    `/history/topic/${encodeURIComponent(topicId)}`,
  );

  // Edit: rename and switch mute-all on; only changed fields are sent.
  await row.getByRole('button', { name: `Edit E2E topic ${run}` }).click();
  const edit = page.getByRole('dialog', { name: `Edit topic E2E topic ${run}` });
  await edit.getByRole('textbox', { name: 'Name' }).fill(`Renamed ${run}`);
  await edit.getByRole('switch', { name: 'Mute all' }).check({ force: true });
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  const renamed = section.getByRole('row').filter({ hasText: `Renamed ${run}` });
  await expect(renamed).toContainText('On');
  const topic = (await im('million_group_open_http_svc/get_topic', { GroupId: communityId })) as {
    TopicAndSelfInfo: { TopicInfo: { TopicName: string; ShutUpAllFlag: number; Introduction: string } }[];
  };
  expect(topic.TopicAndSelfInfo[0]?.TopicInfo).toMatchObject({
    TopicName: `Renamed ${run}`,
    ShutUpAllFlag: 1,
    Introduction: 'Made by the e2e suite',
  });

  // Every field, labelled.
  await renamed.getByRole('button', { name: `Details of Renamed ${run}` }).click();
  const details = page.getByRole('dialog', { name: `Topic Renamed ${run}` });
  for (const label of ['Topic ID', 'Community ID', 'Custom string', 'Next message seq', 'Last message'])
    await expect(details.getByRole('rowheader', { name: label })).toBeVisible();
  await details.getByRole('button', { name: 'Close' }).click();

  // The group page's Topics tab shows it too.
  await page.goto(`/groups/${encodeURIComponent(communityId)}?tab=topics`);
  await expect(page.getByRole('row').filter({ hasText: `Renamed ${run}` })).toBeVisible();

  // Delete with typed confirmation.
  await page.getByRole('button', { name: `Delete Renamed ${run}` }).click();
  const remove = page.getByRole('dialog', { name: 'Delete topic' });
  await expect(remove.getByRole('button', { name: 'Delete' })).toBeDisabled();
  await remove.getByRole('textbox', { name: `Type Renamed ${run} to confirm` }).fill(`Renamed ${run}`);
  await remove.getByRole('button', { name: 'Delete' }).click();
  await expect(remove.getByRole('status')).toContainText('1 deleted, 0 failed');
  await expect(remove.getByRole('list', { name: 'Delete result per topic' })).toContainText('Deleted');
  await remove.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('heading', { name: 'No topics yet' })).toBeVisible();
  const after = await im('million_group_open_http_svc/get_topic', { GroupId: communityId });
  expect(after.TopicAndSelfInfo ?? []).toEqual([]);
});

test('a viewer sees the topics but may not change them', async ({ browser }) => {
  const context = await browser.newContext({ storageState: authFile('viewer') });
  const page = await context.newPage();
  await page.addInitScript(() => window.localStorage.setItem('im-console.language', 'en'));
  await page.goto(`${consoleUrl}/groups/${encodeURIComponent(communityId)}?tab=topics`);
  await expect(page.getByRole('button', { name: 'New topic' })).toBeDisabled();
  await context.close();
});
