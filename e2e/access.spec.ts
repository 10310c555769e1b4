/**
 * Operator access end to end: logged out nothing reaches the IM API; each role sees the console adapt;
 * the proxy refuses what a role may not do; the audit log names who pushed; a lock says when to retry;
 * the operators page creates an operator who can sign in; a revoked session signs its browser out.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { endpointPermissions } from '../src/api/roles';
import { authFile } from '../playwright.config';
import { apiAs, consoleUrl, E2E_OPERATORS, signInWithForm, type E2eRole } from './helpers';

const signedOut = { cookies: [], origins: [] };

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    if (!window.localStorage.getItem('im-console.language'))
      window.localStorage.setItem('im-console.language', 'en');
  });
});

/** A page in a fresh browser context signed in as `role` (or signed out), in English. */
async function pageAs(browser: Browser, role: E2eRole | 'admin' | null): Promise<Page> {
  const context = await browser.newContext({
    baseURL: consoleUrl,
    storageState: role ? authFile(role) : signedOut,
  });
  await context.addInitScript(() => window.localStorage.setItem('im-console.language', 'en'));
  return context.newPage();
}

/** Creates an operator through the API as admin, for tests that must not disturb the shared ones. */
async function createOperator(username: string, role: E2eRole, password: string) {
  const admin = await apiAs('admin');
  const res = await admin.post('/api/operators', { data: { username, role, password } });
  expect(res.status(), await res.text()).toBe(201);
  await admin.dispose();
}

test.describe('signed out', () => {
  test.use({ storageState: signedOut });

  test('every IM endpoint answers 401 and the console shows the sign-in page', async ({ page }) => {
    const api = await apiAs(null);
    const paths = Object.keys(endpointPermissions);
    expect(paths.length).toBeGreaterThan(80);
    for (const path of paths) {
      const res = await api.post(`/api/im/${path}`, { data: {} });
      expect(res.status(), path).toBe(401);
      expect((await res.json()).error.kind, path).toBe('unauthenticated');
    }
    await api.dispose();

    await page.goto('/users?ids=alice');
    await expect(page).toHaveURL(/\/login\?next=%2Fusers%3Fids%3Dalice$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toHaveCount(0);

    // After signing in, the console returns to the page that was asked for.
    await signInWithForm(page, E2E_OPERATORS.support.username, E2E_OPERATORS.support.password);
    await expect(page).toHaveURL(/\/users\?ids=alice$/);
    await expect(page.getByRole('table', { name: 'Looked-up users' })).toBeVisible();
  });

  test('a wrong password says so without saying which part was wrong', async ({ page }) => {
    await page.goto('/login');
    await signInWithForm(page, 'nobody-at-all', 'not the password at all');
    await expect(page.getByRole('alert')).toContainText('Wrong username or password.');
    await expect(page).toHaveURL(/\/login$/);
  });

  test('five wrong passwords lock the account and the page says when to retry', async ({ page }) => {
    await createOperator('e2e-locked', 'viewer', 'e2e-locked-password-01');
    await page.goto('/login');
    for (let i = 1; i <= 4; i++) {
      await signInWithForm(page, 'e2e-locked', `wrong-password-${i}`);
      await expect(page.getByRole('alert')).toContainText('Wrong username or password.');
    }
    await signInWithForm(page, 'e2e-locked', 'wrong-password-5');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(
      /Too many failed attempts\. Try again at \d\d:\d\d \(in 15 minutes\)\./,
    );
    // Locked means locked: even the right password is refused until then.
    await signInWithForm(page, 'e2e-locked', 'e2e-locked-password-01');
    await expect(alert).toContainText('Too many failed attempts.');
    await expect(page).toHaveURL(/\/login$/);
  });
});

const adapts: {
  role: E2eRole | 'admin';
  label: string;
  admin: boolean;
  history: boolean;
  canImport: boolean;
}[] = [
  { role: 'viewer', label: 'Viewer', admin: false, history: false, canImport: false },
  { role: 'support', label: 'Support', admin: false, history: true, canImport: false },
  { role: 'moderator', label: 'Moderator', admin: false, history: true, canImport: false },
  { role: 'marketing', label: 'Marketing', admin: false, history: false, canImport: false },
  { role: 'admin', label: 'Admin', admin: true, history: true, canImport: true },
];

for (const c of adapts) {
  test(`the console adapts to the ${c.role} role`, async ({ browser }) => {
    const page = await pageAs(browser, c.role);
    await page.goto('/users');
    await expect(
      page.getByRole('button', { name: new RegExp(`^Operator menu: .*\\(${c.label}\\)$`) }),
    ).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await expect(nav.getByRole('link', { name: 'Users' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Sessions' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Audit log' })).toHaveCount(c.admin ? 1 : 0);
    await expect(nav.getByRole('link', { name: 'Operators' })).toHaveCount(c.admin ? 1 : 0);
    if (c.history) {
      await expect(nav.getByRole('link', { name: 'Chat history' })).toBeVisible();
    } else {
      const history = nav.getByRole('button', { name: /Chat history/ });
      await expect(history).toBeDisabled();
      await history.locator('..').hover();
      await expect(
        page.getByRole('tooltip', { name: 'Needs the Support, Moderator or Admin role.' }),
      ).toBeVisible();
    }

    const importButton = page
      .getByRole('form', { name: 'Import one account' })
      .getByRole('button', { name: 'Import account' });
    if (c.canImport) {
      await expect(importButton).toBeEnabled();
    } else {
      await expect(importButton).toBeDisabled();
      await importButton.locator('..').hover();
      await expect(page.getByRole('tooltip', { name: 'Needs the Admin role.' })).toBeVisible();
    }

    if (!c.admin) {
      // A page the role can never open says who can, rather than failing call by call.
      await page.goto('/audit');
      await expect(page.getByRole('alert')).toContainText('Needs the Admin role.');
      const api = await apiAs(c.role);
      expect((await api.get('/api/audit')).status()).toBe(403);
      expect((await api.get('/api/operators')).status()).toBe(403);
      await api.dispose();
    }
    await page.context().close();
  });
}

test('a viewer sees the mute control disabled, saying which roles can', async ({ browser }) => {
  const page = await pageAs(browser, 'viewer');
  await page.goto('/users/alice?tab=status');
  const region = page.getByRole('region', { name: 'Global mute' });
  const mute = region.getByRole('button', { name: 'Mute', exact: true });
  await expect(mute).toBeDisabled();
  await expect(region.getByText('Needs the Support, Moderator or Admin role.').first()).toBeAttached();
  await page.context().close();

  // Support may: the same control is enabled.
  const support = await pageAs(browser, 'support');
  await support.goto('/users/alice?tab=status');
  await expect(
    support.getByRole('region', { name: 'Global mute' }).getByRole('button', { name: 'Mute', exact: true }),
  ).toBeEnabled();
  await support.context().close();
});

test('a viewer cannot mute; support can', async () => {
  const body = { Set_Account: 'alice', C2CmsgNospeakingTime: 60 };
  const viewer = await apiAs('viewer');
  const refused = await viewer.post('/api/im/openconfigsvr/setnospeaking', { data: body });
  expect(refused.status()).toBe(403);
  const error = (await refused.json()).error;
  expect(error.kind).toBe('forbidden');
  expect(error.message).toMatch(/Support/);
  await viewer.dispose();

  const support = await apiAs('support');
  const allowed = await support.post('/api/im/openconfigsvr/setnospeaking', { data: body });
  expect(allowed.status()).toBe(200);
  expect((await allowed.json()).ActionStatus).toBe('OK');
  await support.post('/api/im/openconfigsvr/setnospeaking', {
    data: { Set_Account: 'alice', C2CmsgNospeakingTime: 0 },
  });
  await support.dispose();
});

test("the admin sees the marketer's push in the audit log", async ({ page }) => {
  const marketing = await apiAs('marketing');
  const push = await marketing.post('/api/im/all_member_push/im_push', {
    data: {
      MsgRandom: 4242,
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'e2e audit push' } }],
    },
  });
  expect(push.status(), await push.text()).toBe(200);
  await marketing.dispose();

  await page.goto('/audit');
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  await expect(page.getByText(/append-only/)).toBeVisible();
  await page.getByRole('combobox', { name: 'Endpoint' }).click();
  await page.getByRole('option', { name: 'all_member_push/im_push' }).click();
  await expect(page).toHaveURL(/endpoint=all_member_push%2Fim_push/);
  // The CSV export carries the same filters.
  const exportLink = page.getByRole('link', { name: 'Export CSV' });
  await expect(exportLink).toHaveAttribute(
    'href',
    '/api/audit/export.csv?endpoint=all_member_push%2Fim_push',
  );
  const csv = await page.request.get((await exportLink.getAttribute('href'))!);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain('e2e-marketing');
  const table = page.getByRole('table', { name: 'Audit entries' });
  const row = table.getByRole('row').filter({ hasText: 'e2e-marketing' }).first();
  await expect(row).toContainText('Marketing');
  await expect(row).toContainText('OK');
  await row.getByRole('button', { name: /^Details of entry/ }).click();
  const drawer = page.getByRole('dialog', { name: /Audit entry #\d+/ });
  await expect(drawer.getByRole('table', { name: 'Entry fields' })).toContainText('e2e-marketing');
  await expect(drawer.getByLabel('Request body')).toContainText('e2e audit push');
  await expect(drawer.getByRole('button', { name: 'Copy request ID' })).toBeVisible();
  await expect(page).toHaveURL(/entry=\d+/);
});

test('the audit log shows a summary in Chinese to a Chinese-reading admin; the CSV keeps English', async ({
  browser,
}) => {
  const marketing = await apiAs('marketing');
  // im_push allows one call a second (06-push.md): wait out 90024 if another test just pushed.
  for (let attempt = 0; ; attempt++) {
    const res = await marketing.post('/api/im/all_member_push/im_push', {
      data: {
        MsgRandom: Math.floor(Math.random() * 4_000_000_000),
        MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'e2e 中文摘要' } }],
        Condition: { TagsAnd: ['e2e-zh', 'vip'] },
      },
    });
    const code = ((await res.json()) as { ErrorCode: number }).ErrorCode;
    if (code !== 90024 || attempt === 9) break;
    await new Promise((r) => setTimeout(r, 1100));
  }
  await marketing.dispose();

  const context = await browser.newContext({ baseURL: consoleUrl, storageState: authFile('admin') });
  await context.addInitScript(() => window.localStorage.setItem('im-console.language', 'zh'));
  const page = await context.newPage();
  await page.goto('/audit?endpoint=all_member_push%2Fim_push');
  await expect(page.getByRole('heading', { level: 1, name: '审计日志' })).toBeVisible();
  const summary = '用 im_push 推送给带有全部标签 [e2e-zh, vip] 的用户';
  const row = page.getByRole('table', { name: '审计记录' }).getByRole('row').filter({ hasText: summary });
  await expect(row.first()).toContainText('e2e-marketing');
  await row
    .first()
    .getByRole('button', { name: /^记录 \d+ 的详情$/ })
    .click();
  const drawer = page.getByRole('dialog', { name: /审计记录 #\d+/ });
  await expect(drawer.getByRole('table', { name: '记录字段' })).toContainText(summary);

  const csv = await page.request.get('/api/audit/export.csv?endpoint=all_member_push%2Fim_push');
  expect(await csv.text()).toContain('im_push to users tagged all of [e2e-zh, vip]');
  await context.close();
});

test('the operators page creates an operator who can then sign in', async ({ page, browser }) => {
  await page.goto('/settings/operators');
  await expect(page.getByRole('table', { name: 'Operators' })).toContainText('e2e-viewer');
  await page.getByRole('button', { name: 'New operator' }).click();
  const form = page.getByRole('form', { name: 'New operator' });
  await form.getByLabel('Username').fill('Bad Name');
  await form.getByRole('button', { name: 'Create operator' }).click();
  await expect(form.getByText(/Username must be 2 to 64 characters/)).toBeVisible();
  await form.getByLabel('Username').fill('e2e-newcomer');
  await form.getByLabel('Display name').fill('Nia Newcomer');
  await form.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: /^Support/ }).click();
  await form.getByRole('button', { name: 'Create operator' }).click();

  const secret = page.getByRole('dialog', { name: 'Password of e2e-newcomer' });
  await expect(secret).toContainText('Shown only this once');
  const password = (await secret.getByTestId('generated-password').innerText()).trim();
  expect(password.length).toBeGreaterThanOrEqual(12);
  await secret.getByRole('button', { name: 'I have saved it' }).click();
  await expect(page.getByRole('table', { name: 'Operators' })).toContainText('e2e-newcomer');

  const fresh = await pageAs(browser, null);
  await fresh.goto('/users');
  await signInWithForm(fresh, 'e2e-newcomer', password);
  // A generated password must be replaced first.
  await expect(fresh.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  const change = fresh.getByRole('form', { name: 'Change password' });
  await change.getByRole('textbox', { name: 'Current password', exact: true }).fill(password);
  await change.getByRole('textbox', { name: 'New password', exact: true }).fill('newcomer-own-password-01');
  await change
    .getByRole('textbox', { name: 'Repeat the new password', exact: true })
    .fill('newcomer-own-password-01');
  await change.getByRole('button', { name: 'Change password' }).click();
  await expect(fresh.getByRole('button', { name: 'Operator menu: Nia Newcomer (Support)' })).toBeVisible();
  await expect(fresh).toHaveURL(/\/users$/);
  await fresh.context().close();
});

test('revoking a session signs that browser out', async ({ page, browser }) => {
  await createOperator('e2e-revokee', 'support', 'e2e-revokee-password-01');
  const other = await pageAs(browser, null);
  await other.goto('/users');
  await signInWithForm(other, 'e2e-revokee', 'e2e-revokee-password-01');
  await expect(other.getByRole('button', { name: /^Operator menu: e2e-revokee/ })).toBeVisible();

  await page.goto('/settings/sessions');
  const table = page.getByRole('table', { name: 'Sessions' });
  const row = table.getByRole('row').filter({ hasText: 'e2e-revokee' });
  await expect(row).toHaveCount(1);
  await row.getByRole('button', { name: /^Revoke the session of e2e-revokee/ }).click();
  const confirm = page.getByRole('dialog', { name: 'Revoke this session?' });
  await confirm.getByRole('button', { name: 'Revoke session' }).click();
  await expect(page.getByText('Session revoked.')).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'e2e-revokee' })).toHaveCount(0);

  // The next thing that browser does finds its session gone and lands on the sign-in page.
  await other
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Sessions' })
    .click();
  await expect(other).toHaveURL(/\/login\?next=%2Fsettings%2Fsessions$/);
  await expect(other.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await other.context().close();
});
