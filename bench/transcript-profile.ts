/**
 * Where the transcript's scroll time goes: the set-up of `transcript.bench.ts` (10,000 one-to-one messages,
 * paged in, then scrolled top to bottom at 400 px per animation frame), with the DevTools protocol recording
 * the renderer's own counters (script, layout, style recalculation, task time; `Performance.getMetrics`) and a
 * sampled CPU profile (`Profiler.start/stop`) over the scroll. It reports work per scrolled frame and per
 * mounted message row, which hardly depend on what else the machine is doing, unlike frame counts.
 *
 * Several builds can be compared at the same moment: `PROFILE_BUILDS=before=/tmp/a,after=dist` serves each
 * from its own proxy in front of one emulator and alternates them (A/B/A/B…) for `PROFILE_ROUNDS` rounds.
 * Build with `npx vite build --minify false --outDir …` to read component names in the self-time table.
 * Writes nothing under docs/; with `PROFILE_OUT=<dir>` it keeps each run's `.cpuprofile` (open in DevTools).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { startEmulator } from '../src/emulator/app';
import { loadConfig } from '../src/proxy/config';
import { startProxy } from '../src/proxy/server';
import { chromiumArgs, findChromium } from '../scripts/chromium';
import { benchProxyEnv, signIn } from './console-session';
import { seedTranscript, TRANSCRIPT_A, TRANSCRIPT_B } from './transcript-seed';

const root = resolve(import.meta.dirname, '..');
const SDKAPPID = 1400000000;
const KEY = 'bench0fake0key0'.padEnd(64, '3');
const MESSAGES = Number(process.env.PROFILE_MESSAGES ?? 10_000);
const ROUNDS = Number(process.env.PROFILE_ROUNDS ?? 2);
const SCROLL_STEP = 400;
const TOP = Number(process.env.PROFILE_TOP ?? 25);
const OUT = process.env.PROFILE_OUT;
/**
 * `PROFILE_TRACE=1`: record a performance trace instead of the CPU profile and report the renderer's main
 * thread by trace event (self time: script, style, layout, paint, layer updates…) per scrolled frame.
 */
const TRACE = process.env.PROFILE_TRACE === '1';
/** `PROFILE_SIZES=1`: after the profile, also walk the list and count the rendered heights of each kind of row. */
const SIZES = process.env.PROFILE_SIZES === '1';
const A = TRANSCRIPT_A;
const B = TRANSCRIPT_B;

const builds = (process.env.PROFILE_BUILDS ?? `current=${join(root, 'dist')}`).split(',').map((spec) => {
  const at = spec.indexOf('=');
  return at < 0
    ? { label: spec, dir: resolve(spec) }
    : { label: spec.slice(0, at), dir: resolve(spec.slice(at + 1)) };
});

const emulator = await startEmulator({
  sdkAppId: SDKAPPID,
  secretKey: KEY,
  seed: 'empty',
  rateLimits: false,
  port: 0,
  log: () => undefined,
});
const proxies = await Promise.all(
  builds.map(async (b) => {
    const proxy = await startProxy({
      config: loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        IM_SDKAPPID: String(SDKAPPID),
        IM_SECRET_KEY: KEY,
        IM_BASE_URL: emulator.url,
        ...benchProxyEnv(),
      }),
      staticDir: b.dir,
      logger: { info: () => undefined, warn: () => undefined },
    });
    return { ...b, proxy, session: await signIn(proxy.url) };
  }),
);

async function call(path: string, body: unknown): Promise<void> {
  const first = proxies[0]!;
  const res = await fetch(`${first.proxy.url}/api/im/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...first.session },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as Record<string, unknown>;
  if (!res.ok || json.ErrorCode !== 0)
    throw new Error(`${path}: HTTP ${res.status} ${JSON.stringify(json).slice(0, 300)}`);
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time (ms) per function of a sampled CPU profile. */
function selfTimes(profile: CpuProfile): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const out = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    if (!node) return;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url ? url.slice(url.lastIndexOf('/') + 1) : '';
    const key = file ? `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}` : functionName;
    out.set(key, (out.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return out;
}

/** Self time of `selfTimes` summed by the functions that call into React to render a component. */
function inclusiveByName(profile: CpuProfile, names: readonly string[]): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const out = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at)?.callFrame.functionName ?? '';
      if (names.includes(name) && !seen.has(name)) {
        seen.add(name);
        out.set(name, (out.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      }
    }
  });
  return out;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** Self time (µs) per event name of the renderer's main thread (`CrRendererMain`), nested events subtracted. */
function mainThreadSelfTimes(events: TraceEvent[]): Map<string, number> {
  const main = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  const complete = events
    .filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out = new Map<string, number>();
  const stack: { end: number; name: string }[] = [];
  for (const e of complete) {
    const end = e.ts + (e.dur ?? 0);
    while (stack.length && stack[stack.length - 1]!.end <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) out.set(parent.name, (out.get(parent.name) ?? 0) - (e.dur ?? 0));
    out.set(e.name, (out.get(e.name) ?? 0) + (e.dur ?? 0));
    stack.push({ end, name: e.name });
  }
  return out;
}

const METRICS = ['ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration', 'TaskDuration'] as const;
type Metric = (typeof METRICS)[number];

async function metrics(
  cdp: CDPSession,
): Promise<Record<Metric | 'LayoutCount' | 'RecalcStyleCount', number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => list.find((x) => x.name === name)?.value ?? 0;
  return {
    ScriptDuration: get('ScriptDuration') * 1000,
    LayoutDuration: get('LayoutDuration') * 1000,
    RecalcStyleDuration: get('RecalcStyleDuration') * 1000,
    TaskDuration: get('TaskDuration') * 1000,
    LayoutCount: get('LayoutCount'),
    RecalcStyleCount: get('RecalcStyleCount'),
  };
}

interface Result {
  label: string;
  frames: number;
  mounted: number;
  perFrame: Record<Metric, number>;
  layoutsPerFrame: number;
  stylesPerFrame: number;
  frameP50: number;
  overBudget: number;
  self: Map<string, number>;
  components: Map<string, number>;
  profiledMs: number;
}

/** Component and hook names whose inclusive time is reported (unminified builds only). */
const COMPONENTS = [
  'TranscriptList',
  'MessageRow',
  'MessageBody',
  'TextElement',
  'CustomElement',
  'MessageActions',
  'ModifiedMark',
  'measureElement',
  'flushSync',
];

async function profileOnce(page: Page, label: string): Promise<Result> {
  const expected = `${MESSAGES.toLocaleString('en')} messages loaded`;
  await page.goto(`${proxies.find((p) => p.label === label)!.proxy.url}/history/c2c/${A}/${B}`);
  await page.locator('[role="feed"] [role="article"]').first().waitFor({ timeout: 120_000 });
  await page.evaluate(
    (text) =>
      new Promise<void>((done, fail) => {
        const feed = document.querySelector('[role="feed"]') as HTMLElement;
        const limit = performance.now() + 600_000;
        const tick = () => {
          feed.scrollTop = 0;
          if ([...document.querySelectorAll('[role="status"]')].some((e) => e.textContent === text)) done();
          else if (performance.now() > limit) fail(new Error('paging did not finish'));
          else requestAnimationFrame(tick);
        };
        tick();
      }),
    expected,
  );
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  // Settle one frame at the top before measuring.
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        (document.querySelector('[role="feed"]') as HTMLElement).scrollTop = 0;
        requestAnimationFrame(() => requestAnimationFrame(() => done()));
      }),
  );
  const before = await metrics(cdp);
  const traceEvents: TraceEvent[] = [];
  let traceDone: Promise<void> | undefined;
  if (TRACE) {
    cdp.on('Tracing.dataCollected', (e) => traceEvents.push(...(e.value as unknown as TraceEvent[])));
    traceDone = new Promise((done) => cdp.once('Tracing.tracingComplete', () => done()));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute',
      transferMode: 'ReportEvents',
    });
  } else await cdp.send('Profiler.start');
  const { deltas, mounted } = await page.evaluate(
    (step) =>
      new Promise<{ deltas: number[]; mounted: number }>((done) => {
        const feed = document.querySelector('[role="feed"]') as HTMLElement;
        let count = 0;
        const observer = new MutationObserver((records) => {
          for (const r of records)
            for (const n of r.addedNodes)
              if (n instanceof Element)
                count += n.matches('[role="article"]') ? 1 : n.querySelectorAll('[role="article"]').length;
        });
        observer.observe(feed, { childList: true, subtree: true });
        const out: number[] = [];
        let last = 0;
        const tick = (t: number) => {
          if (last) out.push(t - last);
          last = t;
          const prev = feed.scrollTop;
          feed.scrollTop = prev + step;
          if (feed.scrollTop === prev && out.length > 2) {
            observer.disconnect();
            done({ deltas: out, mounted: count });
          } else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    SCROLL_STEP,
  );
  let profile: CpuProfile = { nodes: [], samples: [], timeDeltas: [] };
  if (TRACE) {
    await cdp.send('Tracing.end');
    await traceDone;
  } else profile = ((await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }).profile;
  const after = await metrics(cdp);
  await cdp.detach();
  if (OUT) {
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, `${label}-${Date.now()}.cpuprofile`), JSON.stringify(profile));
  }
  if (SIZES) {
    const sizes = await page.evaluate(async () => {
      const feed = document.querySelector('[role="feed"]') as HTMLElement;
      const seen = new Map<string, string>();
      for (let top = 0; top < feed.scrollHeight; top += feed.clientHeight / 2) {
        feed.scrollTop = top;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        for (const el of feed.querySelectorAll<HTMLElement>('[data-index]')) {
          const kind = el.querySelector('[role="article"]')
            ? el.querySelector('[data-element="custom"]')
              ? 'custom'
              : 'text'
            : el.querySelector('[role="separator"]')
              ? 'day'
              : 'other';
          seen.set(el.dataset.index ?? '', `${kind} ${el.getBoundingClientRect().height}`);
        }
      }
      const counts: Record<string, number> = {};
      for (const v of seen.values()) counts[v] = (counts[v] ?? 0) + 1;
      return counts;
    });
    process.stdout.write(`${label} row heights (kind height: count): ${JSON.stringify(sizes)}\n`);
  }
  const frames = deltas.length;
  if (TRACE) {
    const self = mainThreadSelfTimes(traceEvents);
    process.stdout.write(`${label} main thread by trace event (µs per scrolled frame):\n`);
    for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP))
      process.stdout.write(`${fmt(us / frames, 0).padStart(7)}  ${name}\n`);
  }
  const perFrame = Object.fromEntries(METRICS.map((k) => [k, (after[k] - before[k]) / frames])) as Record<
    Metric,
    number
  >;
  const sorted = [...deltas].sort((a, b) => a - b);
  return {
    label,
    frames,
    mounted,
    perFrame,
    layoutsPerFrame: (after.LayoutCount - before.LayoutCount) / frames,
    stylesPerFrame: (after.RecalcStyleCount - before.RecalcStyleCount) / frames,
    frameP50: sorted[Math.floor(frames / 2)] ?? 0,
    overBudget: deltas.filter((d) => d > 17.2).length / frames,
    self: selfTimes(profile),
    components: inclusiveByName(profile, COMPONENTS),
    profiledMs: profile.timeDeltas.reduce((a, b) => a + b, 0) / 1000,
  };
}

const fmt = (n: number, d = 2) => n.toFixed(d);

process.stdout.write(`importing ${MESSAGES} messages…\n`);
await seedTranscript(call, MESSAGES);
const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found (set CHROMIUM_PATH)');
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
const results: Result[] = [];
try {
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate the order each round so neither build always runs first.
    const order = round % 2 ? [...proxies].reverse() : proxies;
    for (const p of order) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const cookie = p.session.Cookie ?? '';
      await context.addCookies([
        {
          name: cookie.slice(0, cookie.indexOf('=')),
          value: cookie.slice(cookie.indexOf('=') + 1),
          url: p.proxy.url,
        },
      ]);
      await context.addInitScript(() => localStorage.setItem('im-console.language', 'en'));
      await context.addInitScript('window.__name = (f) => f');
      const r = await profileOnce(await context.newPage(), p.label);
      await context.close();
      results.push(r);
      process.stdout.write(
        `round ${round + 1} ${r.label}: ${r.frames} frames, ${r.mounted} rows mounted, script ${fmt(r.perFrame.ScriptDuration)} ms/frame, ` +
          `layout ${fmt(r.perFrame.LayoutDuration)}, style ${fmt(r.perFrame.RecalcStyleDuration)}, task ${fmt(r.perFrame.TaskDuration)}, ` +
          `layouts ${fmt(r.layoutsPerFrame)}/frame, p50 ${fmt(r.frameP50, 1)} ms, over budget ${fmt(100 * r.overBudget, 1)} %\n`,
      );
    }
  }
} finally {
  await browser.close();
  await Promise.all(proxies.map((p) => p.proxy.close()));
  await emulator.close();
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
process.stdout.write('\nmedians per build (ms per scrolled frame; renderer thread time)\n');
process.stdout.write(
  '| build | script | layout | style | task | task per mounted row | layouts/frame | frame p50 | over budget |\n',
);
process.stdout.write('|---|---:|---:|---:|---:|---:|---:|---:|---:|\n');
for (const b of builds) {
  const rs = results.filter((r) => r.label === b.label);
  const m = (f: (r: Result) => number) => median(rs.map(f));
  process.stdout.write(
    `| ${b.label} | ${fmt(m((r) => r.perFrame.ScriptDuration))} | ${fmt(m((r) => r.perFrame.LayoutDuration))} | ` +
      `${fmt(m((r) => r.perFrame.RecalcStyleDuration))} | ${fmt(m((r) => r.perFrame.TaskDuration))} | ` +
      `${fmt(m((r) => (r.perFrame.TaskDuration * r.frames) / Math.max(1, r.mounted)))} | ${fmt(m((r) => r.layoutsPerFrame))} | ` +
      `${fmt(
        m((r) => r.frameP50),
        1,
      )} | ${fmt(100 * m((r) => r.overBudget), 1)} % |\n`,
  );
}
for (const b of builds) {
  const rs = results.filter((r) => r.label === b.label);
  const total = new Map<string, number>();
  let frames = 0;
  for (const r of rs) {
    frames += r.frames;
    for (const [k, v] of r.self) total.set(k, (total.get(k) ?? 0) + v);
  }
  process.stdout.write(`\n${b.label}: top self time (µs per scrolled frame, all runs)\n`);
  for (const [k, v] of [...total].sort((x, y) => y[1] - x[1]).slice(0, TOP))
    process.stdout.write(`${fmt((1000 * v) / frames, 0).padStart(7)}  ${k}\n`);
  const comp = new Map<string, number>();
  for (const r of rs) for (const [k, v] of r.components) comp.set(k, (comp.get(k) ?? 0) + v);
  process.stdout.write(`${b.label}: inclusive time under (µs per scrolled frame)\n`);
  for (const [k, v] of [...comp].sort((x, y) => y[1] - x[1]))
    process.stdout.write(`${fmt((1000 * v) / frames, 0).padStart(7)}  ${k}\n`);
}
