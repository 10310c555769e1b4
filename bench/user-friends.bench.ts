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
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { RunningEmulator } from '../src/emulator/app';
import {
  launchChromium,
  requireBuiltConsole,
  root,
  signedInContext,
  startEmulatorHere,
  startProxy,
  stopAll,
  type BenchProxy,
} from './harness';
import { writeSection } from './report';
import { median } from './sample-stats';

const SECTION = '## User 360: time to show a user with 5,000 friends';

const EMULATOR_PORT = Number(process.env.BENCH_FRIENDS_EMULATOR_PORT ?? 19217);
const PROXY_PORT = Number(process.env.BENCH_FRIENDS_PROXY_PORT ?? 18217);
const RUNS = Number(process.env.BENCH_FRIENDS_RUNS ?? 5);
const SIZES = [5000, 3000] as const;

/** A running console: proxy (own process, serving the built SPA) in front of an in-process emulator. */
interface Stack extends BenchProxy {
  emulator: RunningEmulator;
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

interface Run {
  firstRow: number;
  allLoaded: number;
}

requireBuiltConsole();
const emulator = await startEmulatorHere({ port: EMULATOR_PORT, seed: 'empty' });
const stack: Stack = { ...(await startProxy({ port: PROXY_PORT, upstream: emulator.url })), emulator };
const browser = await launchChromium();

try {
  const results = new Map<number, Run[]>();
  for (const size of SIZES) {
    const owner = `bench_friends_${size}`;
    await makeUser(stack, owner, size);
    const countText = `${size.toLocaleString('en')} friends`;
    const runs: Run[] = [];
    // One warm-up run (the proxy's first requests, Chromium's first start), then the measured runs.
    for (let r = 0; r <= RUNS; r++) {
      const context = await signedInContext(browser, stack);
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
  await stopAll();
}
