/** The console shell: navigation to every area, spotlight, theme, not-found, and no secrets in the browser. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_SECRET_KEY } from '../playwright.config';

test.beforeEach(async ({ page }) => {
  // English unless the test itself switches (the init script runs again on every reload).
  await page.addInitScript(() => {
    if (!window.localStorage.getItem('im-console.language'))
      window.localStorage.setItem('im-console.language', 'en');
  });
});

test('every area in the navigation opens its own page', async ({ page }) => {
  await page.goto('/users');
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  for (const [name, path, heading] of [
    ['Groups', '/groups', 'Groups'],
    ['Topics', '/topics', 'Topics'],
    ['Chat history', '/history', 'Chat history'],
    ['Push', '/push', 'Push'],
    ['Statistics', '/stats', 'Statistics'],
  ] as const) {
    await nav.getByRole('link', { name }).click();
    await expect(page).toHaveURL(new RegExp(`${path}(\\?.*)?$`));
    await expect(page.getByRole('heading', { level: 1, name: heading, exact: false })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Page not found' })).toHaveCount(0);
  }
});

test('Ctrl-K jumps to a user by id', async ({ page }) => {
  await page.goto('/users');
  // The shell mounts once the session is known; a key pressed before that reaches no listener.
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  await page.keyboard.press('Control+K');
  await page.getByRole('textbox', { name: /Type a UserID/ }).fill('bob');
  await page.getByRole('button', { name: /Open user bob/ }).click();
  await expect(page).toHaveURL(/\/users\/bob$/);
  await expect(page.getByRole('tab', { name: 'Profile' })).toBeVisible();
});

test('an unknown address shows the not-found page inside the shell', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
});

test('the theme switch changes the colour scheme and remembers it', async ({ page }) => {
  await page.goto('/users');
  await page.getByRole('button', { name: 'Colour scheme' }).click();
  await page.getByRole('menuitem', { name: 'Dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
});

test('neither the secret key nor a UserSig reaches the browser', async ({ page, request }) => {
  const seen: string[] = [];
  page.on('response', async (r) => {
    if (r.url().includes('/api/')) seen.push(await r.text().catch(() => ''));
  });
  await page.goto('/users?ids=alice,bob');
  await expect(page.getByRole('table', { name: 'Looked-up users' })).toBeVisible();
  seen.push(await (await request.get('/api/app')).text());
  seen.push(await (await request.get('/api/health')).text());
  seen.push(await (await request.post('/api/im/nope/nothing', { data: {} })).text());

  const distFiles: string[] = [];
  const sourceMaps: string[] = [];
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else (f.endsWith('.map') ? sourceMaps : distFiles).push(readFileSync(p, 'utf8'));
    }
  };
  walk(join(import.meta.dirname, '..', 'dist'));

  expect(seen.length).toBeGreaterThan(3);
  expect(distFiles.length).toBeGreaterThan(0);
  // A UserSig is base64 of zlib data: it starts with "eJ" and runs on for well over 40 characters.
  const userSigPattern = /eJ[A-Za-z0-9*_-]{40,}/;
  for (const text of [...seen, ...distFiles]) {
    expect(text.includes(E2E_SECRET_KEY)).toBe(false);
    expect(userSigPattern.test(text)).toBe(false);
  }
  // Source maps hold VLQ runs that can look like anything; they must still not hold the key.
  for (const text of sourceMaps) expect(text.includes(E2E_SECRET_KEY)).toBe(false);
});
