/**
 * Chat history viewer with a 10,000-message one-to-one chat: time to the first messages, time to page
 * back through all 10,000 (`admin_getroammsg` walked backwards, as the console does when the reader
 * scrolls up), scroll smoothness over the whole transcript (frames over the 16.7 ms budget) and the JS
 * heap after that scroll. Writes its section of docs/benchmarks.md. Needs a built console (`npx vite build`).
 */
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  launchChromium,
  requireBuiltConsole,
  root,
  signedInContext,
  startEmulatorHere,
  startProxy,
  stopAll,
} from './harness';
import { writeSection } from './report';
import { median, percentile } from './sample-stats';
import { seedTranscript, TRANSCRIPT_A, TRANSCRIPT_B } from './transcript-seed';

const SECTION = '## Chat history: a 10,000-message transcript';

const EMULATOR_PORT = Number(process.env.BENCH_HISTORY_EMULATOR_PORT ?? 19218);
const PROXY_PORT = Number(process.env.BENCH_HISTORY_PROXY_PORT ?? 18218);
const RUNS = Number(process.env.BENCH_HISTORY_RUNS ?? 3);
const MESSAGES = Number(process.env.BENCH_HISTORY_MESSAGES ?? 10_000);
/** Pixels scrolled per animation frame in the smoothness pass (a brisk, steady fling). */
const SCROLL_STEP = 400;
const A = TRANSCRIPT_A;
const B = TRANSCRIPT_B;

requireBuiltConsole();
const emulator = await startEmulatorHere({ port: EMULATOR_PORT, seed: 'empty' });
const proxy = await startProxy({ port: PROXY_PORT, upstream: emulator.url });
const { origin, call } = proxy;

interface Run {
  firstMessages: number;
  allLoaded: number;
  frames: number;
  overBudget: number;
  frameP50: number;
  frameP95: number;
  frameP99: number;
  heapLoaded: number;
  heapScrolled: number;
  heapBaseline: number;
  domNodes: number;
}

/** JS heap in use after a forced garbage collection (bytes). */
async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

process.stdout.write(`importing ${MESSAGES} messages…\n`);
await seedTranscript(call, MESSAGES);
const browser = await launchChromium();

const loadAtStart = loadavg()[0] ?? 0;
try {
  const runs: Run[] = [];
  const expected = `${MESSAGES.toLocaleString('en')} messages loaded`;
  for (let r = 0; r <= RUNS; r++) {
    const context = await signedInContext(browser, proxy);
    // tsx keeps function names with an `__name` helper the page does not have.
    await context.addInitScript('window.__name = (f) => f');
    const page = await context.newPage();
    // Baseline: the console's picker page, same bundle, no transcript.
    await page.goto(`${origin}/history`);
    await page.getByRole('heading', { name: 'Chat history', level: 1 }).waitFor();
    const heapBaseline = await heapAfterGc(page);

    await page.goto(`${origin}/history/c2c/${A}/${B}`, { waitUntil: 'commit' });
    // Times are the page's own performance.now(): milliseconds since navigation start.
    const firstMessages = (await (
      await page.waitForFunction(
        () => (document.querySelector('[role="feed"] [role="article"]') ? performance.now() : false),
        undefined,
        { polling: 'raf', timeout: 120_000 },
      )
    ).jsonValue()) as number;
    // Page back to the first message the way a reader does: keep the list at its top until the start shows.
    const allLoaded = (await page.evaluate(
      (text) =>
        new Promise<number>((done, fail) => {
          const feed = document.querySelector('[role="feed"]') as HTMLElement;
          const limit = performance.now() + 600_000;
          const tick = () => {
            feed.scrollTop = 0;
            const status = [...document.querySelectorAll('[role="status"]')].some(
              (e) => e.textContent === text,
            );
            if (status) done(performance.now());
            else if (performance.now() > limit) fail(new Error('paging did not finish'));
            else requestAnimationFrame(tick);
          };
          tick();
        }),
      expected,
    )) as number;
    const heapLoaded = await heapAfterGc(page);

    // Smoothness: scroll the whole transcript from the first message to the last, one step per frame.
    const frames = (await page.evaluate(
      (step) =>
        new Promise<number[]>((done) => {
          const feed = document.querySelector('[role="feed"]') as HTMLElement;
          feed.scrollTop = 0;
          const deltas: number[] = [];
          let last = 0;
          const tick = (t: number) => {
            if (last) deltas.push(t - last);
            last = t;
            const before = feed.scrollTop;
            feed.scrollTop = before + step;
            if (feed.scrollTop === before && deltas.length > 2) done(deltas);
            else requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        }),
      SCROLL_STEP,
    )) as number[];
    const heapScrolled = await heapAfterGc(page);
    const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    const loadedText = await page.getByText(/messages loaded/).textContent();
    if (loadedText !== expected) throw new Error(`the page says "${loadedText}", wanted "${expected}"`);
    if (r > 0)
      runs.push({
        firstMessages,
        allLoaded,
        frames: frames.length,
        overBudget: frames.filter((d) => d > 16.7 + 0.5).length,
        frameP50: median(frames),
        frameP95: percentile(frames, 95),
        frameP99: percentile(frames, 99),
        heapBaseline,
        heapLoaded,
        heapScrolled,
        domNodes,
      });
    await context.close();
    process.stdout.write(`run ${r}/${RUNS} done${r === 0 ? ' (warm-up)' : ''}\n`);
  }

  const fmt = (n: number, digits = 0) =>
    n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const mb = (n: number) => fmt(n / 1024 / 1024, 1);
  const med = (f: (r: Run) => number) => median(runs.map(f));
  const pageCount = (await call('openim/admin_getroammsg', {
    Operator_Account: A,
    Peer_Account: B,
    MaxCnt: 100,
    MinTime: 0,
    MaxTime: Math.floor(Date.now() / 1000),
  })) as { MsgCnt: number };
  const perPage = pageCount.MsgCnt;

  const report = `${SECTION}

Measured by \`bench/transcript.bench.ts\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version},
${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Chromium headless, viewport 1280×900;
one-minute load average ${loadAtStart.toFixed(1)} at the start and ${(loadavg()[0] ?? 0).toFixed(1)} at the end (other work shares the machine:
frame times above all depend on it).

The built console is served by the proxy (\`scripts/start.ts --no-build\`, its own process) in front of the
emulator (empty seed, no rate limits). ${MESSAGES.toLocaleString('en')} one-to-one messages (short texts in
English and Chinese, every 50th a custom element) are imported with \`openim/importmsg\` over six days. Each
run opens \`/history/c2c/${A}/${B}\` in a fresh browser context (cold cache) and reads the page's
\`performance.now()\` (milliseconds since navigation start): when the first message is drawn, and when the
list, kept at its top the way a reader scrolls up, has paged back to "Start of the stored history" with all
${MESSAGES.toLocaleString('en')} loaded. The console asks \`admin_getroammsg\` for 100 per page; the service
(and emulator) cut a page at about 13 KB, here ${perPage} messages, so about ${Math.ceil(MESSAGES / perPage)}
sequential pages. Then the whole transcript is scrolled from the first message to the last at
${SCROLL_STEP} px per animation frame and every frame's duration is recorded (budget 16.7 ms at 60 Hz). JS heap
is read after a forced garbage collection (DevTools protocol): on the picker page (baseline, same bundle),
after all messages are loaded and after the full scroll. ${RUNS} measured runs after one warm-up; medians.

| measure | median | range |
|---|---:|---:|
| first messages shown (ms) | ${fmt(med((r) => r.firstMessages))} | ${fmt(Math.min(...runs.map((r) => r.firstMessages)))}–${fmt(Math.max(...runs.map((r) => r.firstMessages)))} |
| all ${MESSAGES.toLocaleString('en')} paged in (ms since navigation) | ${fmt(med((r) => r.allLoaded))} | ${fmt(Math.min(...runs.map((r) => r.allLoaded)))}–${fmt(Math.max(...runs.map((r) => r.allLoaded)))} |
| frames in the full scroll | ${fmt(med((r) => r.frames))} | |
| frames over 16.7 ms | ${fmt(med((r) => r.overBudget))} (${fmt((100 * med((r) => r.overBudget)) / med((r) => r.frames), 1)} %) | ${fmt(Math.min(...runs.map((r) => r.overBudget)))}–${fmt(Math.max(...runs.map((r) => r.overBudget)))} |
| frame time p50 / p95 / p99 (ms) | ${fmt(
    med((r) => r.frameP50),
    1,
  )} / ${fmt(
    med((r) => r.frameP95),
    1,
  )} / ${fmt(
    med((r) => r.frameP99),
    1,
  )} | |
| JS heap, picker page (MB) | ${mb(med((r) => r.heapBaseline))} | |
| JS heap, ${MESSAGES.toLocaleString('en')} loaded (MB) | ${mb(med((r) => r.heapLoaded))} | |
| JS heap after the full scroll (MB) | ${mb(med((r) => r.heapScrolled))} | ${mb(Math.min(...runs.map((r) => r.heapScrolled)))}–${mb(Math.max(...runs.map((r) => r.heapScrolled)))} |
| DOM elements after the full scroll | ${fmt(med((r) => r.domNodes))} | |

The list is virtualized: only the rows in view (plus six above and below) are in the DOM, so the DOM stays
the same size whatever the length; the heap grows with the loaded messages (each keeps the API's own object
for export and "view raw") and does not grow from scrolling. Paging is sequential by nature (each
page's cursor comes from the previous answer): the median above is the round trip through the proxy plus
the re-render, per page. At ${SCROLL_STEP} px per frame about five new rows mount every frame.
`;
  writeSection(join(root, 'docs/benchmarks.md'), SECTION, report);
  process.stdout.write(`${report}\n`);
} finally {
  await stopAll();
}
