/**
 * What every bench starts and stops: the emulator (in its own process, or in this one when the bench
 * writes to its store), the proxy serving the built console (its own process, with a throw-away database
 * and a signed-in session), and a headless Chromium with browser contexts signed in as that session.
 * A bench keeps only its workload and its measures; `stopAll` ends everything started here, and whatever
 * is still running when the process exits is killed then.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { startEmulator, type RunningEmulator } from '../src/emulator/app';
import { chromiumArgs, findChromium } from '../scripts/chromium';
import { benchProxyEnv, signIn } from './console-session';

/** The repository root: benches run their programs from here. */
export const root = resolve(import.meta.dirname, '..');
/** The SDKAppID of every bench emulator. */
export const BENCH_SDKAPPID = 1400000000;
/** The secret key of every bench emulator (a throw-away app; never a real one's). */
export const BENCH_SECRET_KEY = 'bench0fake0key0'.padEnd(64, '0');

const children: ChildProcess[] = [];
const closers: (() => Promise<void>)[] = [];

function track(child: ChildProcess): ChildProcess {
  if (children.length === 0) process.on('exit', () => children.forEach((c) => c.kill('SIGTERM')));
  children.push(child);
  return child;
}

/** Runs a TypeScript program of the repository in its own Node process (tsx loaded in it, so its pid is the program's). */
export function spawnTsx(
  args: readonly string[],
  options: { env?: Record<string, string>; nodeFlags?: readonly string[]; stdout?: boolean } = {},
): ChildProcess {
  return track(
    spawn(process.execPath, [...(options.nodeFlags ?? []), '--import', 'tsx', ...args], {
      cwd: root,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', options.stdout ? 'inherit' : 'ignore', 'inherit'],
    }),
  );
}

/** Polls `url` until it answers below 500; fails after `timeoutMs`. */
export async function waitFor(
  url: string,
  { timeoutMs = 30_000, intervalMs = 100 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** How a bench emulator starts. */
export interface BenchEmulatorOptions {
  port: number;
  seed: 'demo' | 'empty' | 'scale';
  /** Enforce the documented call frequencies (default off). */
  rateLimits?: boolean;
}

/** Starts `src/emulator/cli.ts` in memory in its own process and resolves once its health route answers. */
export async function startEmulatorProcess(
  options: BenchEmulatorOptions & {
    startTimeoutMs?: number;
    pollMs?: number;
    nodeFlags?: readonly string[];
    stdout?: boolean;
  },
): Promise<{ url: string; child: ChildProcess }> {
  const child = spawnTsx(
    [
      'src/emulator/cli.ts',
      ...['--port', String(options.port), '--sdkappid', String(BENCH_SDKAPPID)],
      ...['--secret-key', BENCH_SECRET_KEY, '--seed', options.seed, '--memory'],
      ...(options.rateLimits ? [] : ['--no-rate-limits']),
    ],
    { nodeFlags: options.nodeFlags, stdout: options.stdout },
  );
  const url = `http://127.0.0.1:${options.port}`;
  await waitFor(`${url}/__emulator/health`, {
    timeoutMs: options.startTimeoutMs,
    intervalMs: options.pollMs,
  });
  return { url, child };
}

/** Starts the emulator in this process, for a bench that also writes straight into its store. */
export async function startEmulatorHere(options: BenchEmulatorOptions): Promise<RunningEmulator> {
  const emulator = await startEmulator({
    sdkAppId: BENCH_SDKAPPID,
    secretKey: BENCH_SECRET_KEY,
    seed: options.seed,
    rateLimits: options.rateLimits ?? false,
    port: options.port,
    log: () => undefined,
  });
  closers.push(emulator.close);
  return emulator;
}

/** A running proxy and a signed-in session on it. */
export interface BenchProxy {
  origin: string;
  /** Headers of a signed-in console call (session cookie, Origin). */
  session: Record<string, string>;
  /** Calls one IM endpoint (`service/command`) through the proxy; fails on an HTTP error or a non-zero ErrorCode. */
  call: (path: string, body: unknown) => Promise<Record<string, unknown>>;
}

/**
 * Starts the proxy (`scripts/start.ts --no-build`, its own process, serving `dist/`) in front of
 * `upstream`, waits for it and signs in as its first admin.
 */
export async function startProxy(options: {
  port: number;
  upstream: string;
  startTimeoutMs?: number;
}): Promise<BenchProxy> {
  spawnTsx(['scripts/start.ts', '--no-build'], {
    env: {
      PORT: String(options.port),
      HOST: '127.0.0.1',
      IM_SDKAPPID: String(BENCH_SDKAPPID),
      IM_SECRET_KEY: BENCH_SECRET_KEY,
      IM_BASE_URL: options.upstream,
      ...benchProxyEnv(),
    },
  });
  const origin = `http://127.0.0.1:${options.port}`;
  await waitFor(`${origin}/api/health`, { timeoutMs: options.startTimeoutMs });
  const session = await signIn(origin);
  return {
    origin,
    session,
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
  };
}

/** Stops a browser bench early when the console has not been built. */
export function requireBuiltConsole(): void {
  if (!existsSync(join(root, 'dist/index.html')))
    throw new Error('dist/ is missing: run `npx vite build` first');
}

/** Launches the machine's headless Chromium (the one Playwright's e2e suite drives). */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found (set CHROMIUM_PATH)');
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  closers.push(() => browser.close());
  return browser;
}

/** A fresh browser context (cold cache, 1280×900) signed in with the proxy's session, the console in English. */
export async function signedInContext(browser: Browser, proxy: BenchProxy): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const cookies = (proxy.session.Cookie ?? '').split('; ').filter(Boolean);
  await context.addCookies(
    cookies.map((c) => ({
      name: c.slice(0, c.indexOf('=')),
      value: c.slice(c.indexOf('=') + 1),
      url: proxy.origin,
    })),
  );
  await context.addInitScript(() => localStorage.setItem('im-console.language', 'en'));
  return context;
}

/** Closes the browsers and in-process emulators and stops the processes started here, newest first. */
export async function stopAll(): Promise<void> {
  for (const close of closers.splice(0).reverse()) await close();
  for (const child of children) child.kill('SIGTERM');
}
