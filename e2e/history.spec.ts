/**
 * Chat history viewer end to end on the demo seed: the 1,500-message carol ↔ eve chat scrolled back
 * to its first message, a jump to a date, find a word, a deep link to one message, a fresh group paged
 * back to seq 1, the picker's validation and recent list, and a role that may not read.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { authFile } from '../playwright.config';
import { apiAs, clearFaults, consoleUrl, im, injectFault, sendGroupMsg, switchLanguage } from './helpers';

// A trace snapshots the DOM on every change; scrolling through 35 pages it costs more than the test.
test.use({ trace: 'off' });

test.beforeEach(async ({ page }) => {
  await clearFaults();
  await page.addInitScript(() => {
    if (!window.localStorage.getItem('im-console.language'))
      window.localStorage.setItem('im-console.language', 'en');
  });
});

interface RoamMsg {
  MsgKey: string;
  MsgTimeStamp: number;
  From_Account: string;
  MsgBody: { MsgType: string; MsgContent: { Text?: string } }[];
}

/** carol's whole view of the chat with eve, oldest first, read straight from the API (the oracle). */
async function carolEveFromApi(): Promise<RoamMsg[]> {
  const api = await apiAs('admin');
  const all: RoamMsg[] = [];
  let maxTime = Math.floor(Date.now() / 1000) + 60;
  let lastMsgKey: string | undefined;
  for (;;) {
    const page = await im<{
      Complete: number;
      MsgList: RoamMsg[];
      LastMsgTime?: number;
      LastMsgKey?: string;
    }>(api, 'openim/admin_getroammsg', {
      Operator_Account: 'carol',
      Peer_Account: 'eve',
      MaxCnt: 100,
      MinTime: 0,
      MaxTime: maxTime,
      ...(lastMsgKey ? { LastMsgKey: lastMsgKey } : {}),
    });
    all.unshift(...page.MsgList);
    if (page.Complete === 1 || page.MsgList.length === 0) break;
    maxTime = page.LastMsgTime as number;
    lastMsgKey = page.LastMsgKey;
  }
  await api.dispose();
  return all;
}

function feed(page: Page): Locator {
  return page.getByRole('feed', { name: 'Messages, oldest first' });
}

/** Scrolls the transcript to its top until the start of history is reached. */
async function scrollToStart(page: Page, startText: string): Promise<void> {
  const list = feed(page);
  const start = list.getByRole('status').filter({ hasText: startText });
  await expect(async () => {
    await list.evaluate((el) => {
      el.scrollTop = 0;
    });
    await expect(start).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 150_000, intervals: [100] });
}

test('a 1,500-message chat opens at the newest and scrolls back to the first message', async ({ page }) => {
  test.setTimeout(200_000);
  const all = await carolEveFromApi();
  expect(all.length).toBeGreaterThan(1000);
  const newest = all.at(-1) as RoamMsg;
  const oldest = all[0] as RoamMsg;

  await page.goto('/history/c2c/carol/eve');
  await expect(page.getByRole('heading', { level: 1, name: 'carol ↔ eve' })).toBeVisible();
  // Opens at the bottom: the newest message is in view, and the oldest is not loaded yet.
  await expect(feed(page).locator(`[data-message-id="${newest.MsgKey}"]`)).toBeInViewport();
  await expect(page.locator(`[data-message-id="${oldest.MsgKey}"]`)).toHaveCount(0);

  await scrollToStart(page, 'Start of the stored history');
  await expect(page.getByText(`${all.length.toLocaleString('en')} messages loaded`)).toBeVisible();
  // The first row drawn is the first message the API holds; the DOM holds only a screenful.
  await expect(feed(page).getByRole('article').first()).toHaveAttribute('data-message-id', oldest.MsgKey);
  expect(await feed(page).getByRole('article').count()).toBeLessThan(60);
});

test('jump to a date moves the window (MaxTime) and back to the newest', async ({ page }) => {
  const all = await carolEveFromApi();
  // A message in the middle; the picker has minutes, so the window ends at the start of its minute.
  const middle = all[Math.floor(all.length / 2)] as RoamMsg;
  const at = Math.floor(middle.MsgTimeStamp / 60) * 60;
  const expectedLast = [...all].reverse().find((m) => m.MsgTimeStamp <= at) as RoamMsg;
  const d = new Date(at * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const local = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;

  await page.goto('/history/c2c/carol/eve');
  await expect(feed(page).getByRole('article').first()).toBeVisible();
  await page.getByRole('button', { name: 'Jump', exact: true }).click();
  const dialog = page.getByRole('dialog');
  // Bad input names the rule.
  await dialog.getByRole('button', { name: 'Jump to this time' }).click();
  await expect(dialog.getByText('Pick a date and time.')).toBeVisible();
  await dialog.getByLabel('Date and time').fill(local);
  await dialog.getByRole('button', { name: 'Jump to this time' }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]at=${at}`));
  await expect(feed(page).getByRole('article').last()).toHaveAttribute(
    'data-message-id',
    expectedLast.MsgKey,
  );
  await expect(page.locator(`[data-message-id="${(all.at(-1) as RoamMsg).MsgKey}"]`)).toHaveCount(0);

  await page.getByRole('button', { name: 'Back to the newest' }).click();
  await expect(page).not.toHaveURL(/[?&]at=/);
  await expect(feed(page).locator(`[data-message-id="${(all.at(-1) as RoamMsg).MsgKey}"]`)).toBeVisible();
});

test('find a word: matches counted, highlighted, next and previous, kept in the URL', async ({ page }) => {
  const all = await carolEveFromApi();
  // A word from a text message among the newest (loaded with the first page).
  const recent = all.slice(-30);
  const text = recent
    .flatMap((m) => m.MsgBody)
    .map((e) => e.MsgContent.Text ?? '')
    .find((t) => /[A-Za-z]{5,}/.test(t)) as string;
  const word = (/[A-Za-z]{5,}/.exec(text) as RegExpExecArray)[0];

  await page.goto('/history/c2c/carol/eve');
  await expect(feed(page).getByRole('article').first()).toBeVisible();
  await page.getByLabel('Find in transcript').fill(word);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(word)}`));
  const count = page.getByRole('status').filter({ hasText: / of \d+$/ });
  await expect(count).toHaveText(/^(\d+) of (\d+)$/);
  const [, at, total] = /^(\d+) of (\d+)$/.exec((await count.textContent()) as string) as RegExpExecArray;
  expect(at).toBe(total); // starts at the newest match
  const focused = page.locator('[data-focused="true"]');
  await expect(focused).toContainText(new RegExp(word, 'i'));
  await expect(focused.locator('mark').first()).toBeVisible();
  if (Number(total) > 1) {
    await page.getByRole('button', { name: 'Previous match' }).click();
    await expect(count).toHaveText(`${Number(total) - 1} of ${total}`);
    await page.getByRole('button', { name: 'Next match' }).click();
    await expect(count).toHaveText(`${total} of ${total}`);
  }
  // "Search older messages" loads pages until an older match appears (or all is loaded).
  await page.getByLabel('Find in transcript').fill('zz-no-such-word-zz');
  await expect(page.getByRole('status').filter({ hasText: 'No matches' })).toBeVisible();
});

test('a deep link opens at the linked message, outlined; raw JSON shows the API object', async ({ page }) => {
  const all = await carolEveFromApi();
  const target = all[200] as RoamMsg;
  await page.goto(`/history/c2c/carol/eve?msg=${encodeURIComponent(target.MsgKey)}`);
  const row = feed(page).locator(`[data-message-id="${target.MsgKey}"]`);
  await expect(row).toBeInViewport();
  await expect(row).toHaveAttribute('data-focused', 'true');
  await row.getByRole('button', { name: 'View raw JSON' }).click();
  const drawer = page.getByRole('dialog', { name: 'Message as the API returned it' });
  await expect(drawer.getByLabel('Message as the API returned it')).toContainText(
    `"MsgKey": "${target.MsgKey}"`,
  );
  await drawer.getByRole('button').first().click();
  // Selecting messages counts them for the bulk actions.
  await row.getByRole('checkbox').check();
  await expect(page.getByText('1 selected')).toBeVisible();
  await page.getByRole('button', { name: 'Clear selection' }).click();
  await expect(page.getByText('1 selected')).toHaveCount(0);
});

test('a group transcript pages back to seq 1; jump to a seq and to a date', async ({ page }) => {
  test.setTimeout(200_000);
  const api = await apiAs('admin');
  const name = `history e2e ${Date.now().toString(36)}`;
  const created = await im<{ GroupId: string }>(api, 'group_open_http_svc/create_group', {
    Type: 'Public',
    Name: name,
  });
  const groupId = created.GroupId;
  const total = 55; // three pages of at most 20
  for (let i = 1; i <= total; i++) {
    await sendGroupMsg(api, {
      GroupId: groupId,
      Random: 1000 + i,
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: `group line ${i}` } }],
    });
  }
  // The seqs the group gave our lines (a group may hold other messages before them, e.g. a creation tip).
  const newest = await im<{ RspMsgList: { MsgSeq: number; MsgTimeStamp: number }[] }>(
    api,
    'group_open_http_svc/group_msg_get_simple',
    {
      GroupId: groupId,
      ReqMsgNumber: 1,
    },
  );
  const lastSeq = newest.RspMsgList[0]!.MsgSeq;
  // The service's time of our newest line (the emulator's clock may differ from this machine's).
  const newestTime = newest.RspMsgList[0]!.MsgTimeStamp;
  const firstSeq = lastSeq - total + 1;
  await api.dispose();

  await page.goto(`/history/group/${encodeURIComponent(groupId)}`);
  await expect(page.getByRole('heading', { level: 1, name: `Group ${groupId}` })).toBeVisible();
  await expect(feed(page).locator(`[data-message-id="seq:${lastSeq}"]`)).toContainText(`group line ${total}`);
  await scrollToStart(page, 'Start of the stored history');
  await expect(feed(page).locator(`[data-message-id="seq:${firstSeq}"]`)).toContainText('group line 1');
  // Nothing older than the first seq the API holds is missing: the first row is the group's seq 1.
  await expect(feed(page).getByRole('article').first()).toHaveAttribute('data-message-id', 'seq:1');
  await expect(page.getByText(`${lastSeq} messages loaded`)).toBeVisible();

  // Jump to a seq: the window ends a few seqs after it, and the message is outlined.
  const middle = firstSeq + 11;
  await page.getByRole('button', { name: 'Jump', exact: true }).click();
  await page.getByRole('dialog').getByLabel('Message seq').fill('0');
  await page.getByRole('dialog').getByRole('button', { name: 'Jump to this message' }).click();
  await expect(page.getByText('Message seq must be a whole number of 1 or more')).toBeVisible();
  await page.getByRole('dialog').getByLabel('Message seq').fill(String(middle));
  await page.getByRole('dialog').getByRole('button', { name: 'Jump to this message' }).click();
  await expect(page).toHaveURL(new RegExp(`msg=seq(%3A|:)${middle}`));
  // The popover closes once the jump is made.
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(feed(page).locator(`[data-message-id="seq:${middle}"]`)).toHaveAttribute(
    'data-focused',
    'true',
  );
  await expect(feed(page).locator(`[data-message-id="seq:${middle}"]`)).toContainText('group line 12');
  await expect(feed(page).locator(`[data-message-id="seq:${lastSeq}"]`)).toHaveCount(0);

  // Jump to a date: found by binary search over seqs; two minutes after the newest line finds it.
  const d = new Date((newestTime + 120) * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  await page.getByRole('button', { name: 'Jump', exact: true }).click();
  await page
    .getByRole('dialog')
    .getByLabel('Date and time')
    .fill(
      `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`,
    );
  await page.getByRole('dialog').getByRole('button', { name: 'Jump to this time' }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]seq=${lastSeq}`));
  await expect(feed(page).locator(`[data-message-id="seq:${lastSeq}"]`)).toBeVisible();
});

test('the picker checks its inputs, opens transcripts and remembers them', async ({ page }) => {
  await page.goto('/history');
  await expect(page.getByRole('heading', { level: 1, name: 'Chat history' })).toBeVisible();
  const c2c = page.getByRole('form', { name: 'One-to-one chat' });
  await c2c.getByRole('button', { name: 'Open transcript' }).click();
  await expect(c2c.getByText('Viewpoint UserID must not be empty')).toBeVisible();
  await c2c.getByLabel('Viewpoint UserID').fill('eve');
  await c2c.getByLabel('Peer UserID').fill('carol');
  await c2c.getByRole('button', { name: 'Swap viewpoint and peer' }).click();
  await expect(c2c.getByLabel('Viewpoint UserID')).toHaveValue('carol');
  await c2c.getByRole('button', { name: 'Open transcript' }).click();
  await expect(page).toHaveURL(/\/history\/c2c\/carol\/eve$/);
  await expect(feed(page).getByRole('article').first()).toBeVisible();

  await page.getByRole('link', { name: 'All transcripts' }).click();
  await expect(page.getByRole('link', { name: 'carol ↔ eve (as carol)' })).toBeVisible();

  const topic = page.getByRole('form', { name: 'Community topic' });
  await topic.getByLabel('Topic ID').fill('not-a-topic');
  await topic.getByRole('button', { name: 'Open transcript' }).click();
  await expect(topic.getByText(/^Topic ID /)).toBeVisible();
  await expect(page).toHaveURL(/\/history$/);

  // Chinese too.
  await switchLanguage(page, '简体中文');
  await expect(page.getByRole('heading', { level: 1, name: '聊天记录' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'carol ↔ eve（carol 视角）' })).toBeVisible();
});

test('an IM error is explained with a retry, and an empty window says how long roaming keeps', async ({
  page,
}) => {
  await injectFault('openim/admin_getroammsg', 90001);
  await page.goto('/history/c2c/carol/eve');
  await expect(page.getByRole('alert')).toContainText('90001');
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(feed(page).getByRole('article').first()).toBeVisible();

  await page.goto('/history/c2c/carol/eve?at=1000');
  await expect(page.getByRole('heading', { name: 'No messages in this window' })).toBeVisible();
  await expect(page.getByText(/keeps 7 days/)).toBeVisible();
});

test('a role that may not read private chats is told which roles can', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: consoleUrl, storageState: authFile('viewer') });
  await context.addInitScript(() => window.localStorage.setItem('im-console.language', 'en'));
  const page = await context.newPage();
  await page.goto('/history/c2c/carol/eve');
  await expect(page.getByRole('alert')).toContainText(/Needs the .*Support/);
  await expect(page.getByRole('feed')).toHaveCount(0);
  await context.close();
});
