/**
 * The IM REST emulator: a Hono app answering `POST /v4/<service>/<command>?sdkappid=&identifier=&usersig=&random=&contenttype=json`
 * the way the real service does (../shared/im-api/01-conventions.md), plus control routes under
 * `/__emulator/`. `createEmulator` builds it in-process (tests use `emulator.fetch`); `startEmulator`
 * also listens on a port.
 */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { Hono } from 'hono';
import { createAdjustableClock, systemClock } from './clock';
import type { AdjustableClock, Clock } from './clock';
import { createCallbackRoutes } from './callbacks/routes';
import { CallbackDispatcher } from './callbacks/dispatcher';
import type { CallbackSettings } from './callbacks/dispatcher';
import { createControlApp } from './control';
import { FaultTable } from './faults';
import { collectGarbage } from './heap';
import type { EmulatorConfig } from './handler';
import { handlerFor } from './handlers';
import { createArchiveDownload } from './handlers/open_msg_svc/archive-download';
import { ARCHIVE_ROUTE } from './handlers/open_msg_svc/get_history';
import { createPersister, loadState } from './persistence';
import type { Persister } from './persistence';
import { createImHandler } from './pipeline';
import { RateLimiter } from './rate-limit';
import { buildSeed } from './seed';
import type { SeedName } from './seed';
import { Store } from './store';

/** How to build an emulator. */
export interface EmulatorOptions {
  sdkAppId: number;
  /** The app's secret key, used to verify UserSigs. */
  secretKey: string;
  /** App administrator UserIDs (default `['administrator']`; 01-conventions.md §6). */
  admins?: string[];
  /** Starting data when there is no saved state (default `demo`). */
  seed?: SeedName;
  /** Seeds the demo data's generator (default 0, the classic demo data); same number, same data. */
  seedNumber?: number;
  /** Keep state in `<dataDir>/emulator-state.json` (and its part files); omit for memory only (not used with the `scale` seed). */
  dataDir?: string;
  /** Time source (default the system clock); the emulator wraps it so `/__emulator/clock` can shift it. */
  clock?: Clock;
  /** Enforce per-endpoint call frequencies (default true). */
  rateLimits?: boolean;
  /** Days of message history kept for roaming queries (default 7). */
  roamingDays?: number;
  /** False mimics a paid plan where account deletion is restricted: `account_delete` → 71000 (default true). */
  allowAccountDelete?: boolean;
  /** Days before a deleted UserID may be re-imported (default 0 = trial-like; 90 = paid plans → 70399). */
  reimportCooldownDays?: number;
  /** Optional cap on live accounts (→ 70398), off by default. */
  maxAccounts?: number;
  /** Debounce of state saves in milliseconds (default 200). */
  saveDelayMs?: number;
  /** Where handler crashes are reported (default `console.error`). */
  logError?: (message: string, error: unknown) => void;
  /** Webhooks to the app backend (14-webhooks.md); off when absent. */
  callbacks?: CallbackSettings;
  /** Where start-up and persistence notices go, one line each (default `console.warn`). */
  log?: (line: string) => void;
  /** REST `sendmsg`/`batchsendmsg` refuse a globally C2C-muted sender with 20012 (default false, as documented). */
  restC2cMute?: boolean;
  /** REST group sends refuse a globally group-muted sender with 10017 (default true, as documented). */
  restGroupMute?: boolean;
}

/** A built emulator. */
export interface Emulator {
  app: Hono;
  /** Answers one request in-process. */
  fetch: (req: Request) => Promise<Response>;
  store: Store;
  /** The emulator's clock (adjustable through `/__emulator/clock`). */
  clock: AdjustableClock;
  config: EmulatorConfig;
  /** The webhook dispatcher (inert when `callbacks` is not set). */
  callbacks: CallbackDispatcher;
  /** Saves pending state now (when persistent). */
  flush(): void;
  /** Saves pending state and stops timers. */
  close(): Promise<void>;
}

/** A store holding a freshly built seed (built by typed code: its slice parts are not re-validated). */
function seededStore(admins: string[], seed: SeedName, seedNumber: number, now: number): Store {
  return new Store(admins, buildSeed(seed, { admins, nowSeconds: now, seedNumber }), now, { trusted: true });
}

/** Replaces the store's state with a freshly built seed (its own frame: see `seededStore`). */
function reloadSeed(store: Store, admins: string[], seed: SeedName, seedNumber: number, now: number): void {
  store.load(buildSeed(seed, { admins, nowSeconds: now, seedNumber }), now, { trusted: true });
}

/** Builds an emulator: loads saved state from `dataDir` if any, else the seed. */
export function createEmulator(options: EmulatorOptions): Emulator {
  const admins = options.admins?.length ? [...options.admins] : ['administrator'];
  const clock = createAdjustableClock(options.clock ?? systemClock);
  const nowSeconds = () => Math.floor(clock.nowMs() / 1000);
  const config: EmulatorConfig = {
    sdkAppId: options.sdkAppId,
    admins,
    roamingDays: options.roamingDays ?? 7,
    allowAccountDelete: options.allowAccountDelete ?? true,
    reimportCooldownDays: options.reimportCooldownDays ?? 0,
    ...(options.maxAccounts !== undefined ? { maxAccounts: options.maxAccounts } : {}),
    restC2cMute: options.restC2cMute ?? false,
    restGroupMute: options.restGroupMute ?? true,
  };
  const log = options.log ?? ((line: string) => console.warn(line));

  // The scale seed is never saved or loaded: a million-message JSON snapshot would take longer
  // than rebuilding it (docs/emulator.md "Seeds"), so `dataDir` is not used with it.
  const dataDir = options.seed === 'scale' ? undefined : options.dataDir;
  // A saved state whose slices do not load counts as corrupt too (moved aside, start from the seed).
  // The store built to validate it is the one used: building a second would double the start-up time.
  let validated: Store | undefined;
  const saved = dataDir
    ? loadState(dataDir, {
        log,
        nowMs: clock.nowMs(),
        validate: (state) => {
          validated = new Store(admins, state.store, nowSeconds(), { checkOnly: true });
        },
      })
    : undefined;
  let seed: SeedName = saved?.seed ?? options.seed ?? 'demo';
  let seedNumber = saved ? (saved.seedNumber ?? 0) : (options.seedNumber ?? 0);
  const store = (saved && validated) ?? seededStore(admins, seed, seedNumber, nowSeconds());
  // The scale seed leaves about as much garbage as live data behind (heap.ts): collect it now (the
  // seed's saved form is referenced only from `seededStore`'s finished frame).
  if (!saved && seed === 'scale') collectGarbage();
  // A state loaded from its parts equals them: only later changes are written again.
  if (saved?.layout === 2) store.clearChanged();
  const faults = new FaultTable();
  const limiter = new RateLimiter();
  const callbacks = new CallbackDispatcher(options.callbacks, {
    sdkAppId: options.sdkAppId,
    clock,
    record: (metric, now) => store.stats.record(metric, now),
  });

  const persister: Persister | undefined = dataDir
    ? createPersister(
        dataDir,
        { header: () => ({ sdkAppId: options.sdkAppId, seed, seedNumber }), store },
        options.saveDelayMs ?? 200,
        log,
        saved?.layout === 2 ? saved : undefined,
      )
    : undefined;
  // An old single-file state is rewritten in parts at once (the next debounce).
  if (saved?.layout === 1) persister?.schedule();
  // While the scale seed is loaded (through `POST /__emulator/seed`), nothing is saved.
  const onWrite = () => {
    if (seed !== 'scale') persister?.schedule();
  };

  const app = new Hono();
  // Reaching a store slice marks it changed for the next save, except in read-only requests (GET
  // routes here, read endpoints in the pipeline): see `Store.track`.
  app.use('*', (c, next) =>
    store.track(c.req.method === 'GET' || c.req.method === 'HEAD' ? 'read' : 'write', next),
  );
  app.route('/__emulator', createCallbackRoutes({ store, clock, config, callbacks, onWrite }));
  app.route(
    '/__emulator',
    createControlApp({
      store,
      clock,
      faults,
      sdkAppId: options.sdkAppId,
      admins,
      currentSeed: () => seed,
      currentSeedNumber: () => seedNumber,
      reseed: (next, number = seedNumber) => {
        seed = next;
        seedNumber = number;
        if (next === 'scale') persister?.cancel();
        reloadSeed(store, admins, next, seedNumber, nowSeconds());
        if (next === 'scale') collectGarbage();
        faults.clear();
        limiter.clear();
        onWrite();
      },
      onWrite,
      startedAtMs: Date.now(),
      persistent: persister !== undefined,
      callbacks,
    }),
  );
  app.all(
    '/v4/:service/:command',
    createImHandler({
      store,
      clock,
      config,
      secretKey: options.secretKey,
      limiter: options.rateLimits === false ? null : limiter,
      faults,
      handlerFor,
      onWrite,
      logError: options.logError ?? ((message, error) => console.error(message, error)),
      callbacks,
    }),
  );
  // The hourly message archives open_msg_svc/get_history links to (13-operations.md).
  app.get(`${ARCHIVE_ROUTE}/:file`, createArchiveDownload(store, clock));
  // Anything else under /v4 is a bad resource URL (01-conventions.md §5); elsewhere a plain 404.
  app.all('/v4/*', (c) =>
    c.json({ ActionStatus: 'FAIL', ErrorCode: 60009, ErrorInfo: `bad resource URL: ${c.req.path}` }, 200),
  );
  app.notFound((c) =>
    c.json(
      { error: { message: 'not found: the IM API is under /v4/, control routes under /__emulator/' } },
      404,
    ),
  );

  return {
    app,
    fetch: async (req) => app.fetch(req),
    store,
    clock,
    config,
    callbacks,
    flush: () => persister?.flush(),
    close: async () => {
      callbacks.close();
      persister?.flush();
      persister?.cancel();
    },
  };
}

/** A running emulator. */
export interface RunningEmulator {
  /** The real base URL, e.g. `http://127.0.0.1:9100`. */
  url: string;
  emulator: Emulator;
  /** Stops listening and saves state. */
  close(): Promise<void>;
}

/** Builds an emulator and listens on `host:port` (port 0 = any free port). */
export async function startEmulator(
  options: EmulatorOptions & { port?: number; host?: string },
): Promise<RunningEmulator> {
  const emulator = createEmulator(options);
  const host = options.host ?? '127.0.0.1';
  const { server, address } = await new Promise<{ server: ReturnType<typeof serve>; address: AddressInfo }>(
    (resolve, reject) => {
      const s = serve({ fetch: emulator.app.fetch, port: options.port ?? 9100, hostname: host }, (info) =>
        resolve({ server: s, address: info }),
      );
      s.once('error', reject);
    },
  );
  // A wildcard bind is reachable on loopback; print that rather than an address nobody can dial.
  const wildcard = address.address === '0.0.0.0' || address.address === '::';
  const urlHost = wildcard
    ? '127.0.0.1'
    : address.family === 'IPv6'
      ? `[${address.address}]`
      : address.address;
  let closed = false;
  return {
    url: `http://${urlHost}:${address.port}`,
    emulator,
    close: async () => {
      if (closed) return;
      closed = true;
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await emulator.close();
    },
  };
}
