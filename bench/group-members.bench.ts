/**
 * `npm run bench`: the Members tab on a 100,000-member Community. Starts the emulator with `--seed scale`
 * (its own process) and the proxy serving the built console (its own process), then opens
 * `/groups/<the 100k group>?tab=members` in Chromium and measures, from navigation start, when the first
 * member row is on screen; then scrolls the member table steadily for a few seconds and records every
 * frame's duration (requestAnimationFrame timestamps), counting frames over the 16.7 ms budget of 60 Hz,
 * while pages of 100 members load behind the scroll. Medians of several runs go to docs/benchmarks.md.
 */
import { cpus } from 'node:os';
import { join } from 'node:path';
import { SCALE_BIG_GROUP, SCALE_BIG_GROUP_MEMBERS } from '../src/emulator/seed/scale-layout';
import {
  launchChromium,
  requireBuiltConsole,
  root,
  signedInContext,
  startEmulatorProcess,
  startProxy,
  stopAll,
} from './harness';
import { writeSection } from './report';
import { median, percentile } from './sample-stats';

const SECTION = '## Group members: a 100,000-member Community in the Members tab';

const EMULATOR_PORT = Number(process.env.BENCH_MEMBERS_EMULATOR_PORT ?? 19233);
const PROXY_PORT = Number(process.env.BENCH_MEMBERS_PROXY_PORT ?? 18233);
const RUNS = Number(process.env.BENCH_MEMBERS_RUNS ?? 3);
/** How long each run scrolls, and how fast (pixels per second; rows are 48 px, so ~60 rows a second). */
const SCROLL_MS = Number(process.env.BENCH_MEMBERS_SCROLL_MS ?? 8000);
const SCROLL_PX_PER_S = Number(process.env.BENCH_MEMBERS_SCROLL_SPEED ?? 3000);
const BUDGET_MS = 1000 / 60;
/** How long the idle baseline (the same frame loop, no scrolling) runs before each scroll. */
const IDLE_MS = 3000;

interface Run {
  firstRow: number;
  frames: number;
  overBudget: number;
  p95: number;
  worst: number;
  /** Members loaded when the scroll ended, and the row index in view. */
  loaded: number;
  reachedRow: number;
  /** Share of frames over budget in the idle baseline. */
  idleOver: number;
}

/**
 * Runs in the page: scrolls the member table at a steady speed, setting `scrollTop` once per animation frame,
 * and returns every frame's length, the first row index in view and the loaded count. A string, because
 * tsx's name-keeping helpers do not exist in the page.
 */
const SCROLL_SCRIPT = `async ({ label, ms, speed }) => {
  const region = document.querySelector('[role="region"][aria-label="' + label + '"]');
  if (!region) throw new Error('no member table region');
  const frames = [];
  await new Promise((done) => {
    let start = 0;
    let last = 0;
    function step(t) {
      if (start === 0) start = t;
      else frames.push(t - last);
      last = t;
      region.scrollTop = ((t - start) / 1000) * speed;
      if (t - start < ms) requestAnimationFrame(step);
      else done();
    }
    requestAnimationFrame(step);
  });
  const rows = [...region.querySelectorAll('tbody tr[aria-rowindex]')];
  const status = document.querySelector('[data-testid="member-count"]')?.textContent ?? '';
  return {
    frames,
    reachedRow: Number(rows[0]?.getAttribute('aria-rowindex') ?? 0) - 2,
    loaded: Number((/^([\\d,]+) of/.exec(status)?.[1] ?? '0').replace(/,/g, '')),
  };
}`;

requireBuiltConsole();
// Building the scale seed takes tens of seconds on a busy machine.
const emulator = await startEmulatorProcess({ port: EMULATOR_PORT, seed: 'scale', startTimeoutMs: 300_000 });
const proxy = await startProxy({ port: PROXY_PORT, upstream: emulator.url, startTimeoutMs: 60_000 });
const { origin } = proxy;
const browser = await launchChromium();
const tableLabel = `Members of ${SCALE_BIG_GROUP}`;

try {
  const runs: Run[] = [];
  // One warm-up run (the proxy's first requests, Chromium's first start), then the measured runs.
  for (let r = 0; r <= RUNS; r++) {
    const context = await signedInContext(browser, proxy);
    const page = await context.newPage();
    await page.goto(`${origin}/groups/${encodeURIComponent(SCALE_BIG_GROUP)}?tab=members`, {
      waitUntil: 'commit',
    });
    // Times are the page's own performance.now(): milliseconds since navigation start.
    const firstRow = (await (
      await page.waitForFunction(
        (label) => {
          const row = document.querySelector(`table[aria-label="${label}"] tbody tr[aria-rowindex="2"]`);
          return row && /u\d{7}/.test(row.textContent ?? '') ? performance.now() : false;
        },
        tableLabel,
        { polling: 'raf', timeout: 120_000 },
      )
    ).jsonValue()) as number;

    // The same frame loop without scrolling: what the machine itself drops (other jobs share the cores).
    const idle = (await page.evaluate(
      `(${SCROLL_SCRIPT})(${JSON.stringify({ label: tableLabel, ms: IDLE_MS, speed: 0 })})`,
    )) as { frames: number[] };
    const scroll = (await page.evaluate(
      `(${SCROLL_SCRIPT})(${JSON.stringify({ label: tableLabel, ms: SCROLL_MS, speed: SCROLL_PX_PER_S })})`,
    )) as { frames: number[]; reachedRow: number; loaded: number };
    if (r > 0)
      runs.push({
        firstRow,
        frames: scroll.frames.length,
        overBudget: scroll.frames.filter((f) => f > BUDGET_MS + 0.5).length,
        p95: percentile(scroll.frames, 95),
        worst: Math.max(...scroll.frames),
        loaded: scroll.loaded,
        reachedRow: scroll.reachedRow,
        idleOver:
          (100 * idle.frames.filter((f) => f > BUDGET_MS + 0.5).length) / Math.max(1, idle.frames.length),
      });
    await context.close();
    process.stdout.write(`members bench: run ${r}/${RUNS} done\n`);
  }

  const fmt = (n: number, digits = 0) =>
    n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const rows = runs.map(
    (x, i) =>
      `| ${i + 1} | ${fmt(x.firstRow)} | ${x.frames} | ${x.overBudget} (${fmt((100 * x.overBudget) / x.frames, 1)} %) | ${fmt(x.p95, 1)} | ${fmt(x.worst, 1)} | ${fmt(x.reachedRow)} | ${fmt(x.loaded)} | ${fmt(x.idleOver, 1)} % |`,
  );
  const report = `${SECTION}

Measured by \`bench/group-members.bench.ts\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version},
${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}, shared with other jobs), Chromium headless, 1280×900.

The emulator runs \`--seed scale --memory --no-rate-limits\` in its own process (the big Community
\`${SCALE_BIG_GROUP}\` has ${SCALE_BIG_GROUP_MEMBERS.toLocaleString('en')} members); the proxy serves the built console in another
(\`scripts/start.ts --no-build\`). Each run opens \`/groups/<id>?tab=members\` in a fresh browser context (cold
cache) and reads the page's \`performance.now()\` — milliseconds since navigation start — when the first member row
is in the table (**time to first rows**: bundle, session, \`get_group_info\` and the first \`get_group_member_info\`
page of 100). Then it scrolls the member table for ${SCROLL_MS / 1000} s at ${SCROLL_PX_PER_S.toLocaleString('en')} px/s (about ${Math.round(SCROLL_PX_PER_S / 48)} rows a
second; rows are 48 px), setting \`scrollTop\` once per animation frame, and records every frame's length from
the \`requestAnimationFrame\` timestamps: **frames over budget** are those longer than 16.7 ms (+0.5 ms timer
slack), i.e. dropped at 60 Hz. The table is virtualized (only the rows in view are in the DOM) and sized to the
whole group from the first page; pages of 100 members (the Community \`Next\` cursor's cap) load as the rows in
view approach the loaded end, so the scroll runs over skeleton rows when it outpaces the cursor.
Before each scroll the same frame loop runs ${IDLE_MS / 1000} s without scrolling (**idle baseline**): the frames the
machine drops by itself, with other jobs on its cores, to read the scrolling figures against.
${RUNS} measured runs after one warm-up.

| run | first rows (ms) | frames | over 16.7 ms | p95 frame (ms) | worst frame (ms) | row in view at the end | members loaded at the end | idle baseline: over 16.7 ms |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}

Medians: first rows **${fmt(median(runs.map((x) => x.firstRow)))} ms**; frames over budget **${fmt(median(runs.map((x) => (100 * x.overBudget) / x.frames)), 1)} %**; p95 frame **${fmt(median(runs.map((x) => x.p95)), 1)} ms**.
`;
  writeSection(join(root, 'docs/benchmarks.md'), SECTION, report);
  process.stdout.write(`${report}\n`);
} finally {
  await stopAll();
}
