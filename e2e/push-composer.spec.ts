/**
 * The push composer end to end: a text push with offline push info to TagsAnd of two tags, its preview
 * and exact JSON, the typed confirmation, the TaskId, the entry in the push log and its duplicate; a
 * second push too soon is refused with the spacing rule explained (the emulator enforces > 1 s between
 * im_push); the caps and the "everyone" word inline; a viewer cannot open the composer.
 */
import { expect, test, type Page } from '@playwright/test';
import { authFile } from '../playwright.config';
import { clearFaults, consoleUrl, emulatorUrl } from './helpers';

test.beforeEach(async ({ page }) => {
  await clearFaults();
  await page.addInitScript(() => {
    if (!window.localStorage.getItem('im-console.language'))
      window.localStorage.setItem('im-console.language', 'en');
  });
});

/** Moves the emulator's clock (negative: back). */
async function moveEmulatorClock(seconds: number): Promise<void> {
  const res = await fetch(`${emulatorUrl}/__emulator/clock`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ advanceSeconds: seconds }),
  });
  expect(res.ok, `clock answered HTTP ${res.status}`).toBe(true);
}

/** The JSON the composer says it will send. */
async function shownJson(page: Page): Promise<Record<string, unknown>> {
  const text = await page.getByLabel('im_push request body').textContent();
  return JSON.parse(text ?? '{}') as Record<string, unknown>;
}

async function addTag(page: Page, list: string, tag: string): Promise<void> {
  const input = page.getByRole('combobox', { name: list });
  await input.fill(tag);
  await input.press('Enter');
}

/** Opens the confirmation, types the word and sends. */
async function confirmWith(page: Page, word: string): Promise<void> {
  await page.getByRole('button', { name: 'Review and send' }).click();
  const dialog = page.getByRole('dialog', { name: 'Send this push?' });
  await expect(dialog).toBeVisible();
  const send = dialog.getByRole('button', { name: 'Send push' });
  await dialog.getByLabel(`Type ${word} to confirm`).fill(word.slice(0, -1));
  await expect(send).toBeDisabled();
  await dialog.getByLabel(`Type ${word} to confirm`).fill(word);
  // Enabled once typed, and once the proxy's counters say the 1-second spacing has passed.
  await expect(send).toBeEnabled();
  await send.click();
}

test('composes a tag push with offline push info, sends it, finds it in the log and duplicates it', async ({
  page,
}) => {
  await page.goto('/push/new');
  await expect(page.getByRole('heading', { level: 1, name: 'New push' })).toBeVisible();

  await page
    .getByRole('group', { name: '1. Text' })
    .getByRole('textbox', { name: 'Text' })
    .fill('Weekend sale starts now');
  await addTag(page, 'Has all of these tags (TagsAnd)', 'newsletter');
  await addTag(page, 'Has all of these tags (TagsAnd)', 'music');

  await page.getByRole('switch', { name: 'Send offline push settings (OfflinePushInfo)' }).check();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Weekend sale');
  await page.getByRole('textbox', { name: 'Description' }).fill('20% off until Sunday');
  await page.getByRole('textbox', { name: 'Passthrough (Ext)' }).fill('{"promo":"weekend"}');
  await page.getByRole('textbox', { name: 'iOS subtitle' }).fill('Members only');

  // The phone preview: the title, the iOS subtitle and the offline description.
  const preview = page.getByRole('figure', { name: 'Notification preview' });
  await expect(preview).toContainText('Weekend sale');
  await expect(preview).toContainText('Members only');
  await expect(preview).toContainText('20% off until Sunday');
  await expect(page.getByText('Text from the offline push description.')).toBeVisible();

  // The exact JSON.
  const json = await shownJson(page);
  expect(json.Condition).toEqual({ TagsAnd: ['newsletter', 'music'] });
  expect(json.MsgBody).toEqual([{ MsgType: 'TIMTextElem', MsgContent: { Text: 'Weekend sale starts now' } }]);
  expect(json.OfflinePushInfo).toEqual({
    Title: 'Weekend sale',
    Desc: '20% off until Sunday',
    Ext: '{"promo":"weekend"}',
    ApnsInfo: { SubTitle: 'Members only' },
  });
  expect(json.MsgLifeTime).toBe(86400);
  await expect(page.getByRole('table', { name: 'Summary' })).toContainText(
    'Users with all of: "newsletter", "music"',
  );

  await confirmWith(page, 'PUSH');
  const accepted = page.getByRole('status').filter({ hasText: 'Push accepted' });
  await expect(accepted).toBeVisible();
  const taskId = (await accepted.locator('code').textContent()) ?? '';
  expect(taskId).toMatch(/^\d+_/);

  // The link opens the push log filtered by the TaskId with the entry's detail; it offers Duplicate.
  const logLink = accepted.getByRole('link', { name: 'Find it in the push log' });
  await expect(logLink).toHaveAttribute('href', /entry=\d+/);
  await logLink.click();
  await expect(page).toHaveURL(new RegExp(`/push\\?q=${taskId}&entry=\\d+`));
  await expect(
    page.getByRole('region', { name: 'Pushes' }).getByRole('row').filter({ hasText: taskId }),
  ).toHaveCount(1);
  const detail = page.getByRole('dialog');
  await expect(detail).toContainText(taskId);
  await detail.getByRole('link', { name: 'Duplicate' }).click();

  // The composer starts from the logged request, with a new MsgRandom.
  await expect(page).toHaveURL(/\/push\/new\?duplicate=\d+$/);
  await expect(page.getByText(/^Duplicated from push log entry #\d+/)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Text' })).toHaveValue('Weekend sale starts now');
  const copy = await shownJson(page);
  expect(copy.Condition).toEqual({ TagsAnd: ['newsletter', 'music'] });
  expect(copy.OfflinePushInfo).toEqual(json.OfflinePushInfo);
  expect(copy.MsgBody).toEqual(json.MsgBody);
  expect(copy.MsgRandom).not.toBe(json.MsgRandom);

  // A second push too soon: the emulator's clock is moved back so it sees the two pushes within a
  // second whatever the real time between them; the refusal explains the spacing rule.
  await moveEmulatorClock(-30);
  try {
    await confirmWith(page, 'PUSH');
    const dialog = page.getByRole('dialog', { name: 'Send this push?' });
    await expect(dialog.getByText('Pushes must be more than 1 second apart (90024)')).toBeVisible();
    await expect(dialog.getByText('IM error 90024', { exact: false })).toBeVisible();
  } finally {
    await moveEmulatorClock(30);
  }
});

test('enforces the caps inline and asks for PUSH ALL before a push to everyone', async ({ page }) => {
  await page.goto('/push/new');
  await page.getByRole('textbox', { name: 'Text' }).fill('Hello everyone');
  const tagsAnd = 'Has all of these tags (TagsAnd)';
  for (let i = 1; i <= 11; i++) await addTag(page, tagsAnd, `t${i}`);
  await expect(
    page.getByText('Has all of these tags (TagsAnd): must list at most 10 tags (90032)'),
  ).toBeVisible();
  await addTag(page, 'Has any of these tags (TagsOr)', 'x'.repeat(51));
  await expect(page.getByText(`"${'x'.repeat(51)}": must be at most 50 bytes (UTF-8)`)).toBeVisible();
  await page.getByRole('button', { name: 'Review and send' }).click();
  await expect(page.getByText('Fix 2 problems first')).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Mantine's segmented control hides its radio inputs behind their labels.
  await page.getByText('Everyone', { exact: true }).click();
  await expect(page.getByRole('radio', { name: 'Everyone' })).toBeChecked();
  await expect(page.getByText('Every user of the app receives this push.')).toBeVisible();
  expect(await shownJson(page)).not.toHaveProperty('Condition');
  await page.getByRole('button', { name: 'Review and send' }).click();
  const dialog = page.getByRole('dialog', { name: 'Send this push?' });
  await dialog.getByLabel('Type PUSH ALL to confirm').fill('PUSH');
  await expect(dialog.getByRole('button', { name: 'Send push to everyone' })).toBeDisabled();
  await dialog.getByLabel('Type PUSH ALL to confirm').fill('PUSH ALL');
  await expect(dialog.getByRole('button', { name: 'Send push to everyone' })).toBeEnabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
});

test('a viewer cannot open the composer and is told which roles can', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: consoleUrl, storageState: authFile('viewer') });
  await context.addInitScript(() => window.localStorage.setItem('im-console.language', 'en'));
  const page = await context.newPage();
  await page.goto('/push/new');
  await expect(
    page.getByRole('alert').filter({ hasText: 'Needs the Marketing or Admin role.' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Review and send' })).toHaveCount(0);
  await context.close();
});
