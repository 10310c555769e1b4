/**
 * Takes screenshots of the console's pages in light and dark, English and Chinese, for a person to look
 * at (`npx tsx scripts/screenshots.ts [baseUrl] [outDir]`). Needs a running console (`npm start`).
 * Signs in first as `CONSOLE_USER` (default `admin`) with `CONSOLE_PASSWORD` (default
 * `CONSOLE_ADMIN_PASSWORD`); with neither password set it shows what a signed-out visitor sees.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from './chromium';

const baseUrl = process.argv[2] ?? 'http://127.0.0.1:8080';
const outDir = process.argv[3] ?? '.screenshots';
const pages = (
  process.env.PAGES ??
  '/users?ids=alice,bob,zhangwei,user_0001,user_0002,nobody,/users/alice,/users/alice?tab=status,/groups,/users/ghost_user,/nowhere'
)
  .split(',')
  .reduce<string[]>((acc, part) => {
    // keep query strings with commas together: a part not starting with "/" continues the previous one
    if (part.startsWith('/') || acc.length === 0) acc.push(part);
    else acc[acc.length - 1] += `,${part}`;
    return acc;
  }, []);

const username = process.env.CONSOLE_USER ?? 'admin';
const password = process.env.CONSOLE_PASSWORD ?? process.env.CONSOLE_ADMIN_PASSWORD;

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
mkdirSync(outDir, { recursive: true });
for (const scheme of ['light', 'dark'] as const) {
  for (const lang of ['en', 'zh'] as const) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, colorScheme: scheme });
    await context.addInitScript(
      ([l, s]: string[]) => {
        if (!l || !s) return;
        localStorage.setItem('im-console.language', l);
        localStorage.setItem('mantine-color-scheme-value', s);
      },
      [lang, scheme],
    );
    if (password) {
      // The proxy's CSRF check wants the console's own Origin on a POST.
      const res = await context.request.post(`${baseUrl}/api/session/login`, {
        data: { username, password },
        headers: { Origin: baseUrl },
      });
      if (!res.ok())
        throw new Error(`Signing in as ${username} answered HTTP ${res.status()}: ${await res.text()}`);
    }
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(baseUrl + path);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}.${scheme}.${lang}.png`;
      await page.screenshot({ path: join(outDir, name), fullPage: true });
      console.log(join(outDir, name));
    }
    await context.close();
  }
}
await browser.close();
