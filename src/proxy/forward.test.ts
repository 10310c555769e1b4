import { Hono, type MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { describe, expect, it, vi } from 'vitest';
import { defineEndpoint, DEFAULT_RATE, type AnyEndpoint } from '../api/endpoint';
import { imResponse } from '../api/envelope';
import { endpoint as accountImport } from '../api/endpoints/im_open_login_svc/account_import';
import { proxyErrorSchema } from '../api/proxy-error';
import { permissionFor } from '../api/roles';
import type { AdminSigner } from './admin-signer';
import { recordingAudit, testCaller } from './auth/testing';
import { forwardToIm } from './forward';
import { requestId, type ProxyEnv } from './request-id';
import { silentLogger } from './request-log';
import type { Upstream, UpstreamInit } from './upstream';

/** A read endpoint with an alias, defined here so the tests do not depend on other contract files. */
const listThings = defineEndpoint({
  service: 'test_svc',
  command: 'list_things',
  summary: 'List things',
  doc: 'test',
  access: 'read',
  request: z.object({ Limit: z.number().int().max(100) }),
  response: imResponse({}),
  rate: DEFAULT_RATE,
  aliases: ['get_things'],
});

const registry: AnyEndpoint[] = [accountImport, listThings];
function findEndpoint(service: string, command: string) {
  return registry.find(
    (e) => e.service === service && (e.command === command || e.aliases?.includes(command)),
  );
}

const SIG = 'fake*usersig-abc_';
const signer: AdminSigner = {
  query: () => `sdkappid=1400000001&identifier=administrator&usersig=${encodeURIComponent(SIG)}`,
  userSig: () => SIG,
};
const OK = '{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}';

/** Every call here is an admin's; role and audit behaviour have their own tests (auth.test.ts, forward-access.test.ts). */
const asAdmin: MiddlewareHandler<ProxyEnv> = async (c, next) => {
  c.set('caller', testCaller('admin'));
  await next();
};
const authDeps = {
  audit: recordingAudit(),
  permissionOf: (path: string) => permissionFor(path) ?? 'directory.read',
} as const;

interface Call {
  url: string;
  init: UpstreamInit;
}

function setup(
  answer: (call: Call, n: number) => Promise<Response> | Response = () => new Response(OK),
  timeoutMs = 200,
  retryDelayMs = 1,
) {
  const calls: Call[] = [];
  const upstream: Upstream = async (url, init) => {
    calls.push({ url, init });
    return answer({ url, init }, calls.length);
  };
  const app = new Hono<ProxyEnv>().use(requestId(() => 'rid-7')).use(asAdmin);
  app.post(
    '/api/im/:service/:command',
    forwardToIm({
      ...authDeps,
      baseUrl: 'http://im.test',
      findEndpoint,
      signer,
      upstream,
      timeoutMs,
      logger: silentLogger,
      random: () => 0.5,
      retryDelayMs,
    }),
  );
  const post = (path: string, body: BodyInit | null, headers: Record<string, string> = {}) =>
    app.request(`/api/im/${path}`, {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/json', ...headers },
    });
  return { calls, post };
}

async function errorOf(res: Response) {
  return proxyErrorSchema.parse(await res.json());
}

function refused(): never {
  throw new TypeError('fetch failed', {
    cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
  });
}

describe('forwardToIm: forwarding', () => {
  it('POSTs to <base>/v4/<service>/<command> with the signed query and returns the IM answer unchanged', async () => {
    const answer = '{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","Extra":[1, 2]}';
    const { calls, post } = setup(() => new Response(answer));
    const body = '{"UserID":"alice","Nick":"Alice"}';
    const res = await post('im_open_login_svc/account_import', body);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(await res.text()).toBe(answer);
    expect(calls).toHaveLength(1);
    const url = new URL(calls[0]!.url);
    expect(url.origin + url.pathname).toBe('http://im.test/v4/im_open_login_svc/account_import');
    expect([...url.searchParams.keys()]).toEqual([
      'sdkappid',
      'identifier',
      'usersig',
      'random',
      'contenttype',
    ]);
    expect(url.searchParams.get('sdkappid')).toBe('1400000001');
    expect(url.searchParams.get('identifier')).toBe('administrator');
    expect(url.searchParams.get('usersig')).toBe(SIG);
    expect(url.searchParams.get('random')).toBe(String(2 ** 31));
    expect(url.searchParams.get('contenttype')).toBe('json');
    expect(calls[0]!.init.method).toBe('POST');
    expect(calls[0]!.init.body).toBe(body);
  });

  it('draws random as a uint32 from the random source', async () => {
    const seen: string[] = [];
    for (const r of [0, 0.999999999999]) {
      const calls: string[] = [];
      const app = new Hono<ProxyEnv>().use(requestId()).use(asAdmin);
      app.post(
        '/api/im/:service/:command',
        forwardToIm({
          ...authDeps,
          baseUrl: 'http://im.test',
          findEndpoint,
          signer,
          upstream: async (url) => (calls.push(url), new Response(OK)),
          timeoutMs: 100,
          logger: silentLogger,
          random: () => r,
        }),
      );
      await app.request('/api/im/test_svc/list_things', { method: 'POST', body: '{"Limit":1}' });
      seen.push(new URL(calls[0]!).searchParams.get('random')!);
    }
    expect(seen).toEqual(['0', '4294967295']);
  });

  it('forwards an alias under the name the caller used', async () => {
    const { calls, post } = setup();
    await post('test_svc/get_things', '{"Limit":5}');
    expect(new URL(calls[0]!.url).pathname).toBe('/v4/test_svc/get_things');
  });

  it('builds a fresh upstream request: no cookies, authorization or other browser headers', async () => {
    const { calls, post } = setup();
    await post('test_svc/list_things', '{"Limit":1}', {
      Cookie: 'session=abc',
      Authorization: 'Bearer browser-token',
      'X-Forwarded-For': '10.0.0.1',
      Connection: 'keep-alive, X-Secret',
    });
    expect(calls[0]!.init.headers).toEqual({ 'content-type': 'application/json' });
  });

  it('passes IM failures through with status 200', async () => {
    const fail = '{"ActionStatus":"FAIL","ErrorCode":70107,"ErrorInfo":"account not found"}';
    const { post } = setup(() => new Response(fail));
    const res = await post('test_svc/list_things', '{"Limit":1}');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(fail);
  });
});

describe('forwardToIm: refusals (nothing is forwarded)', () => {
  it('answers 404 for an endpoint outside the registry', async () => {
    const { calls, post } = setup();
    const res = await post('im_open_login_svc/drop_database', '{}');
    expect(res.status).toBe(404);
    const err = await errorOf(res);
    expect(err.error.kind).toBe('unknown_endpoint');
    expect(err.error.message).toContain('im_open_login_svc/drop_database');
    expect(err.requestId).toBe('rid-7');
    expect(calls).toHaveLength(0);
  });

  it('answers 400 listing each field path and rule', async () => {
    const { calls, post } = setup();
    const res = await post(
      'im_open_login_svc/account_import',
      JSON.stringify({ UserID: 'x'.repeat(33), Nick: 'n'.repeat(501) }),
    );
    expect(res.status).toBe(400);
    const err = await errorOf(res);
    expect(err.error.kind).toBe('invalid_request');
    expect(err.error.issues).toEqual([
      { path: 'UserID', message: 'must be at most 32 bytes (UTF-8)' },
      { path: 'Nick', message: 'must be at most 500 bytes (UTF-8)' },
    ]);
    expect(err.error.message).toMatch(/2 rules of im_open_login_svc\/account_import; nothing was sent/);
    expect(calls).toHaveLength(0);
  });

  it('answers 400 for a body that is not JSON, or empty', async () => {
    const { calls, post } = setup();
    const bad = await post('test_svc/list_things', '{"Limit":');
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).error.kind).toBe('invalid_json');
    const empty = await post('test_svc/list_things', '');
    expect(empty.status).toBe(400);
    expect((await errorOf(empty)).error.message).toMatch(/empty/);
    expect(calls).toHaveLength(0);
  });

  it('answers 413 for a body over 1 MiB', async () => {
    const { calls, post } = setup();
    const big = JSON.stringify({ UserID: 'alice', Nick: 'x'.repeat(1024 * 1024) });
    const res = await post('im_open_login_svc/account_import', big);
    expect(res.status).toBe(413);
    expect((await errorOf(res)).error.kind).toBe('body_too_large');
    const declared = await post('im_open_login_svc/account_import', '{}', {
      'Content-Length': String(2 * 1024 * 1024),
    });
    expect(declared.status).toBe(413);
    expect(calls).toHaveLength(0);
  });
});

describe('forwardToIm: upstream faults', () => {
  it('answers 504 when the upstream is too slow, and aborts it', async () => {
    let aborted = false;
    const { post } = setup(
      ({ init }) =>
        new Promise<Response>(() => {
          init.signal.addEventListener('abort', () => (aborted = true));
        }),
      30,
    );
    const res = await post('test_svc/list_things', '{"Limit":1}');
    expect(res.status).toBe(504);
    const err = await errorOf(res);
    expect(err.error.kind).toBe('upstream_timeout');
    expect(err.error.message).toContain('30 ms');
    expect(aborted).toBe(true);
  });

  it('answers 504 when the answer body stalls', async () => {
    const { post } = setup(() => new Response(new ReadableStream({ start: () => {} })), 30);
    expect((await post('test_svc/list_things', '{"Limit":1}')).status).toBe(504);
  });

  it('answers 502 when the upstream refuses the connection', async () => {
    const { calls, post } = setup(refused);
    const res = await post('im_open_login_svc/account_import', '{"UserID":"a"}');
    expect(res.status).toBe(502);
    const err = await errorOf(res);
    expect(err.error.kind).toBe('upstream_unreachable');
    expect(err.error.message).toBe('The IM service at http://im.test could not be reached (ECONNREFUSED).');
    expect(calls).toHaveLength(1);
  });

  it('answers 502 quoting the first bytes of a non-JSON answer, never the URL or the UserSig', async () => {
    const html = `<html><body>Bad Gateway for /v4/x?usersig=${SIG}</body></html>${'.'.repeat(300)}`;
    const { post } = setup(() => new Response(html, { status: 200 }));
    const res = await post('test_svc/list_things', '{"Limit":1}');
    expect(res.status).toBe(502);
    const err = await errorOf(res);
    expect(err.error.kind).toBe('upstream_bad_answer');
    expect(err.error.message).toContain('"<html><body>Bad Gateway for /v4/x?usersig=[redacted]');
    expect(err.error.message).toContain('…"');
    expect(err.error.message).not.toContain(SIG);
    expect(err.error.message).not.toContain('http://im.test/v4');
  });

  it('answers 502 for a non-200 status even with a JSON body, and for a truncated JSON answer', async () => {
    const gateway = setup(() => new Response('{"message":"upstream error"}', { status: 503 }));
    const res = await gateway.post('test_svc/list_things', '{"Limit":1}');
    expect(res.status).toBe(502);
    expect((await errorOf(res)).error.message).toContain('HTTP 503');
    const truncated = setup(() => new Response('{"ActionStatus":"OK","Err'));
    expect((await truncated.post('test_svc/list_things', '{"Limit":1}')).status).toBe(502);
  });
});

describe('forwardToIm: retries', () => {
  it('retries a read once after a connection failure', async () => {
    const { calls, post } = setup((_c, n) => (n === 1 ? refused() : new Response(OK)));
    const res = await post('test_svc/list_things', '{"Limit":1}');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(OK);
    expect(calls).toHaveLength(2);
  });

  it('retries a read only once', async () => {
    const { calls, post } = setup(refused);
    expect((await post('test_svc/list_things', '{"Limit":1}')).status).toBe(502);
    expect(calls).toHaveLength(2);
  });

  it('never retries a write', async () => {
    const { calls, post } = setup((_c, n) => (n === 1 ? refused() : new Response(OK)));
    expect((await post('im_open_login_svc/account_import', '{"UserID":"a"}')).status).toBe(502);
    expect(calls).toHaveLength(1);
  });

  it('does not retry a read that timed out', async () => {
    const { calls, post } = setup(() => new Promise<Response>(() => {}), 20);
    expect((await post('test_svc/list_things', '{"Limit":1}')).status).toBe(504);
    expect(calls).toHaveLength(1);
  });

  it('waits a jittered delay before the retry', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      // random() is 0.5, so the delay is 40 ms × (0.5 + 0.5) = 40 ms.
      const { calls, post } = setup((_c, n) => (n === 1 ? refused() : new Response(OK)), 1000, 40);
      const pending = post('test_svc/list_things', '{"Limit":1}');
      await vi.advanceTimersByTimeAsync(39);
      expect(calls).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(2);
      expect(calls).toHaveLength(2);
      expect((await pending).status).toBe(200);
    } finally {
      vi.useRealTimers();
    }
  });
});
