/**
 * `npm run bench`: time to show a user with 5,000 friends. Builds the users through the proxy's API into
 * the emulator, then opens `/users/<id>?tab=friends` in Chromium (a fresh browser context per run, so the
 * bundle and every `friend_get` page load cold) and measures, from navigation start, until the first
 * friend row is on screen and until all friends are loaded and the count is shown. Medians of several
 * runs go to docs/benchmarks.md.
 *
 * IM caps a friend list at 3,000 (07-relationships.md §1, error 30010), and the emulator enforces it, so
 * a 5,000-friend user cannot be made through the API alone: the first 3,000 go in by `friend_import`,
 * the rest are written into the in-process emulator's store. A 3,000-friend user made purely through
 * the API is measured too.
 */
import { benchProxyEnv, signIn } from './console-session';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { startEmulator, type RunningEmulator } from '../src/emulator/app';
import { chromiumArgs, findChromium } from '../scripts/chromium';
import { writeSection } from './report';

const SECTION = '## User 360: time to show a user with 5,000 friends';

const root = resolve(import.meta.dirname, '..');
const SDKAPPID = 1400000000;
const KEY = 'bench0fake0key0'.padEnd(64, '1');
const EMULATOR_PORT = Number(process.env.BENCH_FRIENDS_EMULATOR_PORT ?? 19217);
const PROXY_PORT = Number(process.env.BENCH_FRIENDS_PROXY_PORT ?? 18217);
const RUNS = Number(process.env.BENCH_FRIENDS_RUNS ?? 5);
const SIZES = [5000, 3000] as const;

/** A running console: proxy (own process, serving the built SPA) in front of an in-process emulator. */
interface Stack {
  /** Headers of a signed-in call (session cookie, Origin). */
  session: Record<string, string>;
  origin: string;
  emulator: RunningEmulator;
  /** Calls one IM endpoint through the proxy and returns its answer, failing on a non-zero ErrorCode. */
  call: (path: string, body: unknown) => Promise<Record<string, unknown>>;
  stop: () => Promise<void>;
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not come up`);
}

/**
 * Starts the emulator (in this process, empty seed, no rate limits) and the proxy (`scripts/start.ts
 * --no-build`, its own process) and returns how to reach them. Once operators must sign in, this is
 * the one place that has to obtain a session.
 */
async function startStack(): Promise<Stack> {
  if (!existsSync(join(root, 'dist/index.html')))
    throw new Error('dist/ is missing: run `npx vite build` first');
  const emulator = await startEmulator({
    sdkAppId: SDKAPPID,
    secretKey: KEY,
    seed: 'empty',
    rateLimits: false,
    port: EMULATOR_PORT,
    log: () => undefined,
  });
  const proxy = spawn(
    process.execPath,
    [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/start.ts', '--no-build'],
    {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(PROXY_PORT),
        HOST: '127.0.0.1',
        IM_SDKAPPID: String(SDKAPPID),
        IM_SECRET_KEY: KEY,
        IM_BASE_URL: emulator.url,
        ...benchProxyEnv(),
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const origin = `http://127.0.0.1:${PROXY_PORT}`;
  await waitFor(`${origin}/api/health`);
  const session = await signIn(origin);
  return {
    origin,
    session,
    emulator,
    call: async (path, body) => {
      const res = await fetch(`${origin}/api/im/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...session },
        body: JSON.stringify(body),
      });
      const json = (await res.json()) as Record<string, unknown>;
      if (!res.ok || json.ErrorCode !== 0)
        throw new Error(`${path}: HTTP ${res.status} ${JSON.stringify(json).slice(0, 300)}`);
      return json;
    },
    stop: async () => {
      proxy.kill('SIGTERM');
      await emulator.close();
    },
  };
}

const API_FRIEND_CAP = 3000;

/** Makes `owner` with `count` friends: accounts and the first 3,000 friends by API, the rest in the store. */
async function makeUser(stack: Stack, owner: string, count: number): Promise<void> {
  const peers = Array.from({ length: count }, (_, i) => `${owner}_f${String(i).padStart(5, '0')}`);
  const all = [owner, ...peers];
  for (let i = 0; i < all.length; i += 100) {
    await stack.call('im_open_login_svc/multiaccount_import', { Accounts: all.slice(i, i + 100) });
  }
  const base = Math.floor(Date.now() / 1000) - count * 60;
  const entry = (i: number) => ({
    AddSource: `AddSource_Type_${['Android', 'iOS', 'Web', 'Search'][i % 4]}`,
    AddTime: base + i * 60,
    ...(i % 3 === 0 ? { Remark: `Remark ${i}` } : {}),
    ...(i % 5 === 0 ? { GroupName: [`List ${i % 4}`] } : {}),
  });
  const viaApi = Math.min(count, API_FRIEND_CAP);
  for (let i = 0; i < viaApi; i += 1000) {
    const items = peers
      .slice(i, Math.min(i + 1000, viaApi))
      .map((To_Account, k) => ({ To_Account, ...entry(i + k) }));
    const res = await stack.call('sns/friend_import', { From_Account: owner, AddFriendItem: items });
    if (res.Fail_Account)
      throw new Error(`friend_import failed for ${JSON.stringify(res.Fail_Account).slice(0, 200)}`);
  }
  const rel = stack.emulator.emulator.store.relationships;
  for (let i = viaApi; i < count; i++) {
    const e = entry(i);
    rel.ensureLists(owner, e.GroupName ?? []);
    rel.setFriend(owner, peers[i]!, {
      addSource: e.AddSource,
      addTime: e.AddTime,
      groups: e.GroupName ?? [],
      custom: new Map(),
      ...(e.Remark ? { remark: e.Remark, remarkTime: e.AddTime } : {}),
    });
  }
  const check = await stack.call('sns/friend_get', { From_Account: owner, StartIndex: 0 });
  if (check.FriendNum !== count)
    throw new Error(`${owner} has ${String(check.FriendNum)} friends, wanted ${count}`);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

interface Run {
  firstRow: number;
  allLoaded: number;
}

const stack = await startStack();
process.on('exit', () => void stack.stop());
const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found (set CHROMIUM_PATH)');
const browser = await chromium.launch({ executablePath, args: chromiumArgs });

try {
  const results = new Map<number, Run[]>();
  for (const size of SIZES) {
    const owner = `bench_friends_${size}`;
    await makeUser(stack, owner, size);
    const countText = `${size.toLocaleString('en')} friends`;
    const runs: Run[] = [];
    // One warm-up run (the proxy's first requests, Chromium's first start), then the measured runs.
    for (let r = 0; r <= RUNS; r++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      // The browser is signed in with the bench session's cookie.
      const cookie = stack.session.Cookie ?? '';
      const name = cookie.slice(0, cookie.indexOf('='));
      const value = cookie.slice(cookie.indexOf('=') + 1);
      await context.addCookies([{ name, value, url: stack.origin }]);
      await context.addInitScript(() => localStorage.setItem('im-console.language', 'en'));
      const page = await context.newPage();
      await page.goto(`${stack.origin}/users/${owner}?tab=friends`, { waitUntil: 'commit' });
      // Times are the page's own performance.now(): milliseconds since navigation start.
      const firstRow = await page.waitForFunction(
        (id) => {
          const table = document.querySelector(`table[aria-label="Friends of ${id}"]`);
          return table && table.querySelectorAll('tbody tr[aria-rowindex]').length > 0
            ? performance.now()
            : false;
        },
        owner,
        { polling: 'raf', timeout: 120_000 },
      );
      const allLoaded = await page.waitForFunction(
        (text) =>
          document.querySelector('[data-testid="friend-count"]')?.textContent === text
            ? performance.now()
            : false,
        countText,
        { polling: 'raf', timeout: 120_000 },
      );
      if (r > 0)
        runs.push({
          firstRow: (await firstRow.jsonValue()) as number,
          allLoaded: (await allLoaded.jsonValue()) as number,
        });
      await context.close();
      process.stdout.write(`${size} friends: run ${r}/${RUNS} done\n`);
    }
    results.set(size, runs);
  }

  const fmt = (n: number) => Math.round(n).toLocaleString('en');
  const rows = SIZES.map((size) => {
    const runs = results.get(size)!;
    const all = runs.map((r) => r.allLoaded);
    return `| ${size.toLocaleString('en')}${size > API_FRIEND_CAP ? ' (beyond the IM cap; see below)' : ' (the IM cap)'} | ${fmt(median(runs.map((r) => r.firstRow)))} | ${fmt(median(all))} | ${fmt(Math.min(...all))}–${fmt(Math.max(...all))} | ${Math.ceil(size / 100)} |`;
  });

  const report = `${SECTION}

Measured by \`bench/user-friends.bench.ts\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version},
${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Chromium headless.

The built console is served by the proxy (\`scripts/start.ts --no-build\`, its own process) in front of the
emulator (empty seed, no rate limits). Each run opens \`/users/<id>?tab=friends\` in a fresh browser context
(cold cache: bundle, profile and every \`friend_get\` page load anew) and reads the page's \`performance.now()\`
— milliseconds since navigation start — when the first friend row is in the table and when every page is
loaded and the count (“5,000 friends”) is shown. The emulator answers 100 friends per \`friend_get\` page;
the console reads the first page, then requests the others by offset, 6 at a time, checking each against
the cursor (\`NextStartIndex\`/\`CompleteFlag\`). Nicknames load only for the rows in view.
${RUNS} measured runs per size after one warm-up; medians.

| friends | first row shown (ms) | all loaded, count shown (ms) | range (ms) | \`friend_get\` pages |
|---|---:|---:|---:|---:|
${rows.join('\n')}

IM allows at most 3,000 friends per user (07-relationships.md §1, error 30010) and the emulator enforces
it, so the 5,000-friend user gets its first 3,000 friends through \`sns/friend_import\` and the other 2,000
written straight into the emulator's store; the 3,000-friend user is made through the API only.
`;
  writeSection(join(root, 'docs/benchmarks.md'), SECTION, report);
  process.stdout.write(`${report}\n`);
} finally {
  await browser.close();
  await stack.stop();
}
