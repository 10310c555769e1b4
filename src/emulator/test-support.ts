/**
 * Helpers for the emulator's tests: an in-memory emulator on a frozen clock with a generated fake
 * key, and a caller that signs like a real server SDK (`genUserSig`) and posts to `/v4/...`.
 */
import { genUserSig } from '../api/usersig';
import { createEmulator } from './app';
import type { Emulator, EmulatorOptions } from './app';
import { createManualClock } from './clock';
import type { ManualClock } from './clock';

/** The SDKAppID the tests use. */
export const TEST_APP_ID = 1400000001;

/** An obviously fake secret key, built here so it never looks like a real one. */
export const TEST_KEY = `fake-emulator-test-key-${'0f'.repeat(20)}`;

/** The frozen start time of test clocks: 2025-03-01T00:00:00Z. */
export const TEST_START_MS = Date.UTC(2025, 2, 1);

/** An emulator for tests (empty seed, memory only, frozen clock unless overridden). */
export function testEmulator(options: Partial<EmulatorOptions> = {}): { emu: Emulator; clock: ManualClock } {
  const clock = createManualClock(TEST_START_MS);
  const emu = createEmulator({
    sdkAppId: TEST_APP_ID,
    secretKey: TEST_KEY,
    seed: 'empty',
    clock,
    logError: () => {},
    ...options,
  });
  return { emu, clock };
}

/** Options of one test call. */
export interface CallOptions {
  identifier?: string;
  /** A ready UserSig; default: a fresh one for `identifier`, issued now, valid 1 day. */
  userSig?: string;
  /** Overrides or removals (`undefined`) of query parameters. */
  query?: Record<string, string | undefined>;
  /** A raw body instead of `JSON.stringify(body)`. */
  rawBody?: string;
  method?: string;
}

/** Signs a UserSig for `identifier` at the emulator's current time. */
export function signFor(
  emu: Emulator,
  identifier: string,
  secretKey = TEST_KEY,
  expireSeconds = 86_400,
): string {
  return genUserSig({
    sdkAppId: TEST_APP_ID,
    secretKey,
    identifier,
    expireSeconds,
    nowSeconds: Math.floor(emu.clock.nowMs() / 1000),
  });
}

/** Calls `POST /v4/<path>` like a server SDK and returns the HTTP response and its JSON. */
export async function callIm(
  emu: Emulator,
  path: string,
  body: unknown,
  opts: CallOptions = {},
): Promise<{ res: Response; json: Record<string, unknown> }> {
  const identifier = opts.identifier ?? 'administrator';
  const params: Record<string, string | undefined> = {
    sdkappid: String(TEST_APP_ID),
    identifier,
    usersig: opts.userSig ?? signFor(emu, identifier),
    random: '12345',
    contenttype: 'json',
    ...opts.query,
  };
  const qs = new URLSearchParams(
    Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined),
  ).toString();
  const method = opts.method ?? 'POST';
  const res = await emu.fetch(
    new Request(`http://emulator.test/v4/${path}?${qs}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      ...(method === 'GET' || method === 'HEAD' ? {} : { body: opts.rawBody ?? JSON.stringify(body) }),
    }),
  );
  return { res, json: (await res.json()) as Record<string, unknown> };
}

/** Calls a control route and returns the status and JSON. */
export async function callControl(
  emu: Emulator,
  method: string,
  route: string,
  body?: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await emu.fetch(
    new Request(`http://emulator.test/__emulator/${route}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  );
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}
