/**
 * The foundation slice end to end: the built console, served by the proxy, on the embedded emulator.
 * Import a user, find it, see its profile and state, in English and Chinese; bad input names its rule;
 * an IM error shows its code and explanation.
 */
import { expect, test } from '@playwright/test';
import { clearFaults, injectFault, switchLanguage } from './helpers';

test.beforeEach(async ({ page }) => {
  await clearFaults();
  // English unless the test itself switches (the init script runs again on every reload).
  await page.addInitScript(() => {
    if (!window.localStorage.getItem('im-console.language'))
      window.localStorage.setItem('im-console.language', 'en');
  });
});

test('imports a user, finds it, and shows its profile and online state', async ({ page }) => {
  await page.goto('/users');
  await expect(page.getByText('Emulator', { exact: true })).toBeVisible();
  await expect(page.getByTestId('app-id')).toContainText('SDKAppID 1400000000');

  const form = page.getByRole('form', { name: 'Import one account' });
  await form.getByLabel('UserID').fill('e2e_alice');
  await form.getByLabel('Nickname').fill('E2E Alice 爱丽丝');
  await form.getByRole('button', { name: 'Import account' }).click();
  await expect(page.getByText('Account e2e_alice imported.')).toBeVisible();

  // The import leads to a lookup of the new account, kept in the URL.
  await expect(page).toHaveURL(/ids=e2e_alice/);
  const table = page.getByRole('table', { name: 'Looked-up users' });
  const row = table.getByRole('row').filter({ hasText: 'e2e_alice' });
  await expect(row.getByText('Imported', { exact: true })).toBeVisible();
  await expect(row.getByText('E2E Alice 爱丽丝')).toBeVisible();
  await expect(row.getByText('Offline')).toBeVisible();

  await row.getByRole('link', { name: 'e2e_alice' }).click();
  await expect(page).toHaveURL(/\/users\/e2e_alice$/);
  await expect(page.getByRole('heading', { level: 1, name: 'E2E Alice 爱丽丝' })).toBeVisible();
  const profile = page.getByRole('table', { name: 'Standard profile fields' });
  await expect(profile.getByRole('row', { name: /Nickname/ })).toContainText('E2E Alice 爱丽丝');
  await expect(profile.getByRole('row', { name: /Nickname/ })).toContainText('Tag_Profile_IM_Nick');
  await expect(profile.getByRole('row', { name: /Gender/ })).toBeVisible();

  await page.getByRole('tab', { name: 'Online state' }).click();
  await expect(page).toHaveURL(/tab=status/);
  await expect(page.getByText('No client is logged in')).toBeVisible();
});

test('looks up many users at once, with online state per platform', async ({ page }) => {
  await page.goto('/users');
  await page.getByLabel('UserIDs').fill('alice, bob\nnobody_here');
  await page.getByRole('button', { name: 'Look up' }).click();
  const table = page.getByRole('table', { name: 'Looked-up users' });
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(
    table.getByRole('row').filter({ hasText: 'nobody_here' }).getByText('Not imported'),
  ).toBeVisible();
  await expect(
    table.getByRole('row').filter({ hasText: 'alice' }).getByText('Imported', { exact: true }),
  ).toBeVisible();
  await expect(page.getByText('3 users, 2 imported')).toBeVisible();
});

test('works in Chinese', async ({ page }) => {
  await page.goto('/users?ids=alice');
  await switchLanguage(page, '简体中文');
  await expect(page.getByRole('heading', { level: 1, name: '用户' })).toBeVisible();
  await expect(page.getByRole('link', { name: '群组' })).toBeVisible();
  const row = page.getByRole('table', { name: '查询到的用户' }).getByRole('row').filter({ hasText: 'alice' });
  await expect(row.getByText('已导入')).toBeVisible();
  await row.getByRole('link', { name: 'alice' }).click();
  await expect(
    page.getByRole('table', { name: '标准资料字段' }).getByRole('row', { name: /昵称/ }),
  ).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  // The choice is remembered.
  await page.reload();
  await expect(page.getByRole('tab', { name: '资料' })).toBeVisible();
});

test('a bad UserID shows the rule it breaks, and nothing is sent', async ({ page }) => {
  await page.goto('/users');
  const form = page.getByRole('form', { name: 'Import one account' });
  await form.getByLabel('UserID').fill('x'.repeat(33));
  await form.getByRole('button', { name: 'Import account' }).click();
  await expect(form.getByText('UserID must be at most 32 bytes (UTF-8)')).toBeVisible();

  await page.getByLabel('UserIDs').fill(`ok_user ${'y'.repeat(40)}`);
  await page.getByRole('button', { name: 'Look up' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '1 entry is not a valid UserID' })).toContainText(
    'must be at most 32 bytes (UTF-8)',
  );

  await switchLanguage(page, '简体中文');
  const formZh = page.getByRole('form', { name: '导入单个账号' });
  await formZh.getByRole('button', { name: '导入账号' }).click();
  await expect(formZh.getByText('UserID 最多 32 字节（UTF-8）')).toBeVisible();
});

test('an IM error shows its code and explanation, and retry recovers', async ({ page }) => {
  await injectFault('im_open_login_svc/account_check', 70403);
  await page.goto('/users?ids=alice');
  const alert = page.getByRole('alert').filter({ hasText: 'IM error 70403' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Request ID');
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(
    page.getByRole('table', { name: 'Looked-up users' }).getByText('Imported', { exact: true }),
  ).toBeVisible();
});

test('the proxy rejects an invalid body with the field and rule, and forwards nothing', async ({
  request,
}) => {
  const res = await request.post('/api/im/im_open_login_svc/account_check', {
    data: { CheckItem: [{ UserID: 'z'.repeat(40) }] },
  });
  expect(res.status()).toBe(400);
  const body = (await res.json()) as { error: { kind: string; issues: { path: string; message: string }[] } };
  expect(body.error.kind).toBe('invalid_request');
  expect(body.error.issues).toContainEqual({
    path: 'CheckItem[0].UserID',
    message: 'must be at most 32 bytes (UTF-8)',
  });
});
