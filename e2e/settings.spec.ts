/**
 * Settings: the index, the app page (app facts, the IM server IP list copied to the clipboard, the
 * proxy's counters) and global mutes (check, set with a preset, lift; per-account results; errors named).
 */
import { expect, test } from '@playwright/test';
import { apiAs, clearFaults, injectFault } from './helpers';

test.beforeEach(async ({ page }) => {
  await clearFaults();
  await page.addInitScript(() => {
    if (!window.localStorage.getItem('im-console.language'))
      window.localStorage.setItem('im-console.language', 'en');
  });
});

test('the settings index lists the settings pages', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Settings' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.getByRole('link', { name: /App and limits/ }).click();
  await expect(page).toHaveURL(/\/settings\/app$/);
  await page.getByRole('link', { name: 'All settings' }).click();
  await page.getByRole('link', { name: /Global mutes/ }).click();
  await expect(page).toHaveURL(/\/settings\/global-mutes$/);
  await expect(page.getByText('No accounts checked yet')).toBeVisible();
});

test('the app page shows the app, copies the IP list and counts the proxy’s calls', async ({
  page,
  context,
  request,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const ips = (
    (await (await request.post('/api/im/ConfigSvc/GetIPList', { data: {} })).json()) as { IPList: string[] }
  ).IPList;
  expect(ips.length).toBeGreaterThan(0);

  await page.goto('/settings/app');
  const app = page.getByRole('table', { name: 'The app' });
  await expect(app.getByRole('row', { name: /SDKAppID/ })).toContainText('1400000000');
  await expect(app.getByRole('row', { name: /Administrator identifier/ })).toContainText('administrator');
  await expect(app.getByRole('row', { name: /Backend/ })).toContainText('Embedded emulator');

  const list = page.getByRole('list', { name: 'IM server IP addresses' });
  await expect(list.getByRole('listitem')).toHaveCount(ips.length);
  await page.getByRole('button', { name: `Copy ${ips[0]}` }).click();
  await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(ips[0]);
  await page.getByRole('button', { name: `Copy all ${ips.length}` }).click();
  await expect(page.getByRole('button', { name: 'All copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(ips.join('\n'));

  // The proxy counted those calls, with what is left of the per-second limit.
  const counters = page.getByRole('table', { name: 'Calls per endpoint' });
  const row = counters.getByRole('row', { name: /ConfigSvc\/GetIPList/ });
  await expect(row).toBeVisible();
  await expect(row.getByRole('cell').first()).not.toHaveText('0');
  await expect(row).toContainText('of 200');
});

test('an IM error code counted by the proxy shows with its meaning', async ({ page }) => {
  await injectFault('openconfigsvr/getnospeaking', 130014, 1);
  await page.goto('/settings/global-mutes?ids=alice');
  await expect(page.getByText(/Check failed: 130014/).first()).toBeVisible();
  await page.goto('/settings/app');
  const errors = page.getByRole('table', { name: 'Errors by code' });
  await expect(errors.getByRole('row', { name: /IM 130014/ })).toContainText('openconfigsvr/getnospeaking');
});

test('global mutes: check many, set a preset on both kinds, see per-account results, lift', async ({
  page,
}) => {
  await page.goto('/settings/global-mutes');
  await page.getByLabel('UserIDs').fill('alice, bob\nbob no_such_user_e2e ' + 'x'.repeat(40));
  await page.getByRole('button', { name: 'Check mutes' }).click();
  await expect(page.getByRole('alert')).toContainText(
    `#5 "${'x'.repeat(40)}": UserID must be at most 32 bytes`,
  );
  await expect(page.getByText('1 duplicate entry removed.')).toBeVisible();
  await expect(page).toHaveURL(/ids=alice%2Cbob%2Cno_such_user_e2e|ids=alice,bob,no_such_user_e2e/);

  const table = page.getByRole('table', { name: 'Global mute of each account' });
  const alice = table.getByRole('row', { name: /alice/ });
  await expect(alice.getByRole('cell').nth(1)).toHaveText('Not muted');
  await expect(table.getByRole('row', { name: /no_such_user_e2e/ })).toContainText('Check failed: 130003');

  // One day on both kinds, for the three accounts: two change, the unknown one fails on its own.
  await page.getByRole('radio', { name: '1 day' }).dispatchEvent('click');
  await expect(page.getByText(/^Ends /)).toBeVisible();
  await page.getByRole('button', { name: 'Mute 3 accounts' }).click();
  const dialog = page.getByRole('dialog', { name: 'Confirm global mute' });
  await expect(dialog).toContainText('Mute One-to-one messages and Group messages of 3 accounts until');
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByText('2 changed, 1 failed: see each account below.')).toBeVisible();
  await expect(alice.getByRole('cell').nth(1)).toHaveText(/^Muted until /);
  await expect(alice.getByRole('cell').nth(2)).toHaveText(/^Muted until /);
  await expect(alice.getByRole('cell').nth(3)).toHaveText(/Changed/);
  await expect(
    table
      .getByRole('row', { name: /no_such_user_e2e/ })
      .getByRole('cell')
      .nth(3),
  ).toHaveText(/Failed: 1300/);
  await expect(page.getByText('3 accounts, 2 muted')).toBeVisible();

  // Lift only the group mute.
  await page.getByRole('checkbox', { name: 'One-to-one messages' }).uncheck();
  await page.getByRole('button', { name: 'Lift mute of 3 accounts' }).click();
  await page
    .getByRole('dialog', { name: 'Confirm lifting the mute' })
    .getByRole('button', { name: 'Confirm' })
    .click();
  await expect(alice.getByRole('cell').nth(2)).toHaveText('Not muted');
  await expect(alice.getByRole('cell').nth(1)).toHaveText(/^Muted until /);

  // A custom end time in the past is refused with the rule named, before anything is sent.
  await page.getByRole('radio', { name: 'Custom' }).dispatchEvent('click');
  await page.getByLabel('Ends at').fill('2020-01-01T10:00');
  await page.getByRole('button', { name: 'Mute 3 accounts' }).click();
  await expect(page.getByText('Ends at must be a time in the future, within 136 years.')).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Leave alice and bob unmuted for the specs that follow (they share the emulator).
  const api = await apiAs('admin');
  for (const account of ['alice', 'bob']) {
    const res = await api.post('/api/im/openconfigsvr/setnospeaking', {
      data: { Set_Account: account, C2CmsgNospeakingTime: 0, GroupmsgNospeakingTime: 0 },
    });
    expect(res.status()).toBe(200);
  }
  await api.dispose();
});

// Verified after merging with the User 360 branch: it builds the Status tab with a "Global mute" region
// (agreed markup). Until that merge this test fails in the stats branch; every other test here passes.
test('a global mute set here shows on the User 360 page', async ({ page }) => {
  await page.goto('/settings/global-mutes?ids=carol');
  const table = page.getByRole('table', { name: 'Global mute of each account' });
  await expect(table.getByRole('row', { name: /carol/ }).getByRole('cell').nth(1)).toHaveText(
    /Not muted|Muted/,
  );
  await page.getByRole('radio', { name: 'Forever' }).dispatchEvent('click');
  await page.getByRole('button', { name: 'Mute 1 account' }).click();
  await page
    .getByRole('dialog', { name: 'Confirm global mute' })
    .getByRole('button', { name: 'Confirm' })
    .click();
  await expect(table.getByRole('row', { name: /carol/ }).getByRole('cell').nth(1)).toHaveText(
    'Muted permanently',
  );

  await table.getByRole('link', { name: 'Open carol' }).click();
  await expect(page).toHaveURL(/\/users\/carol\?tab=status$/);
  const region = page.getByRole('region', { name: 'Global mute' });
  await expect(region).toContainText(/Muted permanently|Muted until/);
});
