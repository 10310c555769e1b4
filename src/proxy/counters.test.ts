/** The proxy's counters: per endpoint, per error code, limits left, bounded, and the byte scan of ErrorCode. */
import { cookieFor, testCaller } from './auth/testing';
import { describe, expect, it } from 'vitest';
import { defineEndpoint, type AnyEndpoint } from '../api/endpoint';
import { z } from 'zod';
import {
  countingForwarder,
  createCounters,
  MAX_ERROR_KEYS,
  topLevelErrorCode,
  UNKNOWN_ENDPOINT,
} from './counters';
import type { ImOutcome } from './forward';

const enc = new TextEncoder();
const answer = (json: string): ImOutcome => ({
  ok: true,
  bytes: enc.encode(json) as Uint8Array<ArrayBuffer>,
});

const push = defineEndpoint({
  service: 'all_member_push',
  command: 'im_push',
  summary: 'push',
  doc: 'x.md',
  access: 'write',
  request: z.object({}),
  response: z.object({}),
  rate: { perSecond: 1, perDay: 100, minIntervalMs: 1000 },
});
const check = defineEndpoint({
  service: 'im_open_login_svc',
  command: 'account_check',
  summary: 'check',
  doc: 'x.md',
  access: 'read',
  request: z.object({}),
  response: z.object({}),
  rate: { perSecond: 3 },
  aliases: ['accountcheck'],
});
const registry: AnyEndpoint[] = [push, check];
const findEndpoint = (s: string, c: string) =>
  registry.find((e) => e.service === s && (e.command === c || e.aliases?.includes(c)));

function setup(start = Date.UTC(2026, 10, 25, 10, 0, 0)) {
  let now = start;
  const counters = createCounters({ findEndpoint, nowMs: () => now });
  return { counters, advance: (ms: number) => (now += ms), at: (ms: number) => (now = ms) };
}

describe('topLevelErrorCode', () => {
  it('reads the envelope code wherever it sits, skipping nested ones and strings', () => {
    expect(topLevelErrorCode(enc.encode('{"ActionStatus":"OK","ErrorCode":0}'))).toBe(0);
    expect(
      topLevelErrorCode(
        enc.encode('{"ResultItem":[{"ErrorCode":70107}],"Note":"\\"ErrorCode\\":5","ErrorCode" : 93000}'),
      ),
    ).toBe(93000);
    expect(topLevelErrorCode(enc.encode('{"ErrorCode":-1}'))).toBe(-1);
    expect(topLevelErrorCode(enc.encode('{"IPList":[]}'))).toBeUndefined();
    expect(topLevelErrorCode(enc.encode('{"ErrorCode":"x"}'))).toBeUndefined();
  });
});

describe('createCounters', () => {
  it('counts calls per endpoint (aliases folded), successes, IM errors and proxy refusals', () => {
    const { counters } = setup();
    counters.record('im_open_login_svc', 'account_check', answer('{"ErrorCode":0}'));
    counters.record('im_open_login_svc', 'accountcheck', answer('{"ErrorCode":70107,"ErrorInfo":"x"}'));
    counters.record('im_open_login_svc', 'account_check', {
      ok: false,
      status: 400,
      kind: 'invalid_request',
      message: 'bad',
    });
    counters.record('nope', 'nothing', { ok: false, status: 404, kind: 'unknown_endpoint', message: 'no' });
    const s = counters.snapshot();
    expect(s.totals).toEqual({ calls: 4, ok: 1, imErrors: 1, proxyErrors: 2 });
    const row = s.endpoints.find((e) => e.path === 'im_open_login_svc/account_check')!;
    expect(row).toMatchObject({
      calls: 3,
      ok: 1,
      imErrors: 1,
      proxyErrors: 1,
      lastSecond: 3,
      leftThisSecond: 0,
    });
    expect(s.endpoints.find((e) => e.path === UNKNOWN_ENDPOINT)).toMatchObject({ calls: 1, proxyErrors: 1 });
    expect(s.errors).toContainEqual(
      expect.objectContaining({
        source: 'im',
        code: 70107,
        count: 1,
        endpoints: [{ path: 'im_open_login_svc/account_check', count: 1 }],
      }),
    );
    expect(s.errors).toContainEqual(
      expect.objectContaining({ source: 'proxy', code: 400, kind: 'invalid_request' }),
    );
  });

  it('frees the per-second allowance as calls age out of the last second', () => {
    const { counters, advance } = setup();
    counters.record('im_open_login_svc', 'account_check', answer('{"ErrorCode":0}'));
    advance(600);
    counters.record('im_open_login_svc', 'account_check', answer('{"ErrorCode":0}'));
    let row = counters.snapshot().endpoints[0]!;
    expect([row.lastSecond, row.leftThisSecond]).toEqual([2, 1]);
    advance(500);
    row = counters.snapshot().endpoints[0]!;
    expect([row.lastSecond, row.leftThisSecond]).toEqual([1, 2]);
    advance(1000);
    expect(counters.snapshot().endpoints[0]!.leftThisSecond).toBe(3);
  });

  it('tracks im_push’s daily allowance by Beijing day and its minimum spacing', () => {
    // 15:59:30 UTC is 23:59:30 in Beijing: the day turns 30 s later.
    const { counters, advance } = setup(Date.UTC(2026, 10, 25, 15, 59, 30));
    counters.record('all_member_push', 'im_push', answer('{"ErrorCode":0}'));
    advance(400);
    let row = counters.snapshot().endpoints[0]!;
    expect(row).toMatchObject({ today: 1, leftToday: 99, leftThisSecond: 0 });
    expect(row.nextAllowedAt).toBe(new Date(Date.UTC(2026, 10, 25, 15, 59, 31)).toISOString());
    advance(1000);
    row = counters.snapshot().endpoints[0]!;
    expect(row.nextAllowedAt).toBeUndefined();
    advance(30_000);
    expect(counters.snapshot().endpoints[0]).toMatchObject({ today: 0, leftToday: 100, calls: 1 });
  });

  it('keeps at most MAX_ERROR_KEYS error codes and folds the rest into code -1', () => {
    const { counters } = setup();
    for (let code = 1; code <= MAX_ERROR_KEYS + 5; code++) {
      counters.record('im_open_login_svc', 'account_check', answer(`{"ErrorCode":${code}}`));
    }
    const s = counters.snapshot();
    expect(s.errors).toHaveLength(MAX_ERROR_KEYS + 1);
    expect(s.errors.find((e) => e.code === -1)?.count).toBe(5);
  });

  it('countingForwarder records the outcome the wrapped forwarder returns, unchanged', async () => {
    const { counters } = setup();
    const outcome = answer('{"ErrorCode":0}');
    const forward = countingForwarder(async () => outcome, counters);
    const got = await forward({
      service: 'all_member_push',
      command: 'im_push',
      requestId: 'r',
      caller: testCaller('marketing'),
      readBody: async () => '{}',
    });
    expect(got).toBe(outcome);
    expect(counters.snapshot().totals.calls).toBe(1);
  });
});

describe('GET /api/proxy/stats', () => {
  it('answers the counters of calls forwarded through the app, in the shared shape', async () => {
    const { buildProxy } = await import('./app');
    const { testProxyConfig } = await import('./testing');
    const { proxyStatsSchema } = await import('../api/proxy-stats');
    const { app, access } = buildProxy({
      config: testProxyConfig(),
      upstream: async () => new Response('{"ActionStatus":"FAIL","ErrorCode":70107,"ErrorInfo":"x"}'),
      logger: { info: () => {}, warn: () => {} },
      db: ':memory:',
    });
    const viewer = access.store.createOperator({
      username: 'vera',
      role: 'viewer',
      passwordHash: 'not-a-hash',
      mustChangePassword: false,
    });
    const cookie = cookieFor(access, viewer.id);
    // Signed out, the counters are not shown.
    expect((await app.request('/api/proxy/stats', { headers: { Host: '127.0.0.1' } })).status).toBe(401);
    const headers = { 'Content-Type': 'application/json', Host: '127.0.0.1', Cookie: cookie };
    await app.request('/api/im/im_open_login_svc/account_check', {
      method: 'POST',
      headers,
      body: '{"CheckItem":[{"UserID":"a"}]}',
    });
    await app.request('/api/im/im_open_login_svc/account_check', { method: 'POST', headers, body: '{' });
    const res = await app.request('/api/proxy/stats', { headers: { Host: '127.0.0.1', Cookie: cookie } });
    expect(res.status).toBe(200);
    const stats = proxyStatsSchema.parse(await res.json());
    expect(stats.totals).toEqual({ calls: 2, ok: 0, imErrors: 1, proxyErrors: 1 });
    expect(stats.endpoints[0]).toMatchObject({ path: 'im_open_login_svc/account_check', leftThisSecond: 98 });
    expect(stats.errors.map((e) => `${e.source}:${e.code}`).sort()).toEqual(['im:70107', 'proxy:400']);
  });
});
