/**
 * Transcript actions end to end on the demo seed: recall a one-to-one message and see it marked,
 * modify one (and the console's "modified" record), mark a conversation read, send as a user and see
 * it appear, recall several at once, recall a group message by seq, and role gating.
 */
import { expect, test, type Page } from '@playwright/test';
import { authFile } from '../playwright.config';
import { apiAs, clearFaults, im, sendGroupMsg } from './helpers';

test.beforeEach(async ({ page }) => {
  await clearFaults();
  await page.addInitScript(() => {
    if (!window.localStorage.getItem('im-console.language'))
      window.localStorage.setItem('im-console.language', 'en');
  });
});

const unique = (label: string) =>
  `${label} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const text = (t: string) => [{ MsgType: 'TIMTextElem', MsgContent: { Text: t } }];

/** Sends a C2C text through the API (as an operator would from elsewhere) and returns its MsgKey. */
async function sendC2c(from: string, to: string, words: string): Promise<string> {
  const api = await apiAs('admin');
  const res = await im<{ MsgKey: string }>(api, 'openim/sendmsg', {
    From_Account: from,
    To_Account: to,
    MsgRandom: Math.floor(Math.random() * 4e9),
    MsgBody: text(words),
  });
  await api.dispose();
  return res.MsgKey;
}

function message(page: Page, words: string) {
  return page.getByRole('article').filter({ hasText: words });
}

async function openActions(page: Page, words: string) {
  await message(page, words)
    .getByRole('button', { name: /^Actions for message/ })
    .click();
}

test('recall a one-to-one message and see it marked', async ({ page }) => {
  const words = unique('recall me');
  const key = await sendC2c('alice', 'dave', words);
  await page.goto('/history/c2c/alice/dave');
  await expect(message(page, words)).toBeVisible();
  await openActions(page, words);
  await page.getByRole('menuitem', { name: 'Recall…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Recall this message?' });
  await expect(dialog).toContainText('from alice to dave');
  await expect(dialog).toContainText(key);
  await dialog.getByRole('button', { name: 'Recall message' }).click();
  await expect(dialog).toBeHidden();
  await expect(message(page, words).getByText('Recalled', { exact: true })).toBeVisible();
  // The service's own view agrees (MsgFlagBits 8), after the viewer's refetch too.
  await page.reload();
  await expect(message(page, words).getByText('Recalled', { exact: true })).toBeVisible();
  await openActions(page, words);
  await expect(page.getByRole('menuitem', { name: 'Recall…' })).toBeDisabled();
});

test('modify a one-to-one message; the console records it as modified', async ({ page }) => {
  const before = unique('typo here');
  const after = unique('fixed words');
  const key = await sendC2c('dave', 'alice', before);
  await page.goto('/history/c2c/alice/dave');
  await openActions(page, before);
  await page.getByRole('menuitem', { name: 'Modify…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Modify message' });
  await expect(dialog).toContainText('Changes made by other tools or the app server are not marked.');
  const field = dialog.getByRole('textbox', { name: 'Text', exact: true });
  await expect(field).toHaveValue(before);
  // A body that breaks the contract is refused in place, naming the field and the rule.
  await dialog.getByText('JSON (any elements)', { exact: true }).click();
  await dialog
    .getByRole('textbox', { name: /MsgBody/ })
    .fill('[{"MsgType":"TIMFaceElem","MsgContent":{"Index":"x"}}]');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog.getByText(/MsgBody\[0\]\.MsgContent\.Index:/)).toBeVisible();
  await dialog.getByText('Text', { exact: true }).first().click();
  await dialog.getByRole('textbox', { name: 'Text', exact: true }).fill(after);
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(message(page, after)).toBeVisible();
  await expect(message(page, before)).toHaveCount(0);
  // Marked as modified, saying only console modifications are known (the API keeps no marker).
  const mark = message(page, after).getByLabel(/^Modified\. Modified through this console .* by admin\./);
  await expect(mark).toBeVisible();
  await expect(mark).toHaveAttribute(
    'aria-label',
    /Only modifications made through this console are marked\.$/,
  );

  // The proxy's record of console modifications lists it, for either side's view.
  const support = await apiAs('support');
  const res = await support.get('/api/history/modified?viewpoint=alice&peer=dave');
  expect(res.status()).toBe(200);
  const list = (await res.json()) as { entries: { msgKey: string; operator: string; fields: string[] }[] };
  expect(list.entries[0]).toMatchObject({ msgKey: key, operator: 'admin', fields: ['MsgBody'] });
  await support.dispose();
});

test('mark a conversation read, with the unread count shown', async ({ page }) => {
  await sendC2c('eve', 'bob', unique('unread one'));
  await sendC2c('eve', 'bob', unique('unread two'));
  await page.goto('/history/c2c/bob/eve');
  const unread = page.getByRole('group', { name: 'Unread for bob from eve' });
  await expect(unread.getByText(/^[1-9]\d* unread$/)).toBeVisible();
  await unread.getByRole('button', { name: 'Mark read' }).click();
  await expect(unread.getByText('0 unread')).toBeVisible();
  const api = await apiAs('admin');
  const res = await im<{ C2CUnreadMsgNumList: { C2CUnreadMsgNum: number }[] }>(
    api,
    'openim/get_c2c_unread_msg_num',
    {
      To_Account: 'bob',
      Peer_Account: ['eve'],
    },
  );
  expect(res.C2CUnreadMsgNumList[0]?.C2CUnreadMsgNum).toBe(0);
  await api.dispose();
});

test('send as a user and see it appear', async ({ page }) => {
  const words = unique('hello from dave');
  await page.goto('/history/c2c/alice/dave');
  await page
    .getByRole('toolbar', { name: 'Transcript actions' })
    .getByRole('button', { name: 'Send message…' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Send a message' });
  await dialog.getByRole('radio', { name: 'dave → alice' }).check();
  // Empty text is refused before anything is sent.
  await dialog.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(dialog.getByText('Text must not be empty.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Text', exact: true }).fill(words);
  await dialog.getByLabel('Push to offline devices').uncheck();
  await dialog.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(dialog).toBeHidden();
  const sent = message(page, words);
  await expect(sent).toBeVisible();
  await expect(sent).toContainText('dave');
});

test('recall several selected messages at once with per-message results', async ({ page }) => {
  const one = unique('bulk one');
  const two = unique('bulk two');
  await sendC2c('alice', 'dave', one);
  await sendC2c('dave', 'alice', two);
  await page.goto('/history/c2c/alice/dave');
  for (const words of [one, two]) await message(page, words).getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Recall selected (2)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Recall 2 messages' });
  await expect(dialog.getByRole('button', { name: 'Recall messages' })).toBeDisabled();
  await dialog.getByRole('textbox', { name: 'Type 2 to confirm' }).fill('2');
  await dialog.getByRole('button', { name: 'Recall messages' }).click();
  await expect(dialog.getByText('Recall of 2 messages')).toBeVisible();
  await expect(dialog.getByRole('table')).toContainText('Recalled');
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  for (const words of [one, two])
    await expect(message(page, words).getByText('Recalled', { exact: true })).toBeVisible();
});

test('recall a group message by seq', async ({ page }) => {
  const words = unique('group oops');
  const api = await apiAs('admin');
  const seq = await sendGroupMsg(api, {
    GroupId: 'demo_team',
    Random: Math.floor(Math.random() * 4e9),
    MsgBody: text(words),
  });
  await page.goto('/history/group/demo_team');
  await openActions(page, words);
  await page.getByRole('menuitem', { name: 'Recall…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Recall this message?' });
  await expect(dialog).toContainText(`Message seq ${seq.toLocaleString('en')}`);
  await dialog.getByRole('textbox', { name: 'Reason (optional)' }).fill('posted in the wrong group');
  await dialog.getByRole('button', { name: 'Recall message' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('article').filter({ hasText: `seq ${seq}` });
  await expect(row.getByText('Recalled', { exact: true })).toBeVisible();
  // The service agrees: a second recall of the seq answers 10030.
  const again = await im<{ RecallRetList: { RetCode: number }[] }>(
    api,
    'group_open_http_svc/group_msg_recall',
    {
      GroupId: 'demo_team',
      MsgSeqList: [{ MsgSeq: seq }],
    },
  );
  expect(again.RecallRetList[0]?.RetCode).toBe(10030);
  await api.dispose();
});

test.describe('as support', () => {
  test.use({ storageState: authFile('support') });

  test('may recall and mark read but not send or import', async ({ page }) => {
    await page.goto('/history/c2c/alice/dave');
    const toolbar = page.getByRole('toolbar', { name: 'Transcript actions' });
    await expect(toolbar.getByRole('button', { name: 'Mark read' })).toBeEnabled();
    await expect(toolbar.getByRole('button', { name: 'Send message…' })).toBeDisabled();
    await expect(toolbar.getByRole('button', { name: 'Import message…' })).toBeDisabled();
    await expect(toolbar.getByText('Needs the Admin role.').first()).toBeAttached();
  });
});
