import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appInfoSchema } from '../api/app-info';
import { proxyErrorSchema } from '../api/proxy-error';
import { decodeUserSig } from '../api/usersig';
import { buildProxy, type ProxyDeps } from './app';
import { cookieFor } from './auth/testing';
import { testProxyConfig } from './testing';
import type { Upstream } from './upstream';

const secretKey = `fake-secret-${Math.random().toString(36).slice(2)}-${Date.now()}`;
const config = testProxyConfig({
  secretKey,
  // Long sessions: the signing test moves the clock a whole day.
  access: { sessionIdleMinutes: 10_080, sessionMaxHours: 720 },
});
const OK = '{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}';
const t0 = 1_700_000_000;

let staticDir: string;
beforeAll(() => {
  staticDir = mkdtempSync(path.join(tmpdir(), 'proxy-app-'));
  mkdirSync(path.join(staticDir, 'assets'));
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>IM console</title>');
  writeFileSync(path.join(staticDir, 'assets', 'app-1a2b.css'), 'body{}');
});
afterAll(() => rmSync(staticDir, { recursive: true, force: true }));

function setup(extra: Partial<ProxyDeps> = {}) {
  const urls: string[] = [];
  const logs: string[] = [];
  let now = t0 * 1000;
  let answer: Upstream = async () => new Response(OK);
  const { app, access } = buildProxy({
    config,
    upstream: (url, init) => {
      urls.push(url);
      return answer(url, init);
    },
    nowMs: () => now,
    staticDir,
    logger: { info: (l) => logs.push(l), warn: (l) => logs.push(l) },
    appInfo: { emulator: true },
    db: ':memory:',
    ...extra,
  });
  // Every IM call needs a session: these tests make them as a signed-in admin.
  const admin = access.store.createOperator({
    username: 'root',
    role: 'admin',
    passwordHash: 'not-a-hash',
    mustChangePassword: false,
  });
  const cookie = cookieFor(access, admin.id);
  const post = (p: string, body: string) =>
    app.request(`http://127.0.0.1/api/im/${p}`, {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
    });
  return {
    app,
    urls,
    logs,
    post,
    setNow: (s: number) => (now = s * 1000),
    answerWith: (a: Upstream) => (answer = a),
  };
}

function sigOf(url: string): string {
  return new URL(url).searchParams.get('usersig') ?? '';
}

describe('createProxy', () => {
  it('answers health', async () => {
    const res = await setup().app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('describes the app without the key', async () => {
    const res = await setup().app.request('/api/app');
    const info = appInfoSchema.parse(await res.json());
    expect(info).toEqual({
      sdkAppId: 1400000001,
      admin: 'administrator',
      region: null,
      baseUrl: 'http://127.0.0.1:5999',
      emulator: true,
    });
    expect(res.headers.get('Cache-Control')).toBe('no-store');
  });

  it('forwards registry endpoints with request id and security headers', async () => {
    const { urls, post } = setup();
    const res = await post('im_open_login_svc/account_import', '{"UserID":"alice"}');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(OK);
    expect(res.headers.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(new URL(urls[0]!).pathname).toBe('/v4/im_open_login_svc/account_import');
  });

  it('answers 404 JSON for unknown endpoints and unknown API routes', async () => {
    const { app, post, urls } = setup();
    const unknown = await post('im_open_login_svc/no_such_command', '{}');
    expect(unknown.status).toBe(404);
    expect(proxyErrorSchema.parse(await unknown.json()).error.kind).toBe('unknown_endpoint');
    const route = await app.request('/api/nothing');
    expect(route.status).toBe(404);
    expect(proxyErrorSchema.parse(await route.json()).error.kind).toBe('unknown_endpoint');
    const wrongMethod = await app.request('/api/im/im_open_login_svc/account_import');
    expect(wrongMethod.status).toBe(404);
    expect(urls).toHaveLength(0);
  });

  it('signs once per validity window and renews near its end', async () => {
    const { urls, post, setNow } = setup();
    await post('im_open_login_svc/account_import', '{"UserID":"a"}');
    setNow(t0 + 3600);
    await post('im_open_login_svc/account_import', '{"UserID":"b"}');
    setNow(t0 + 86_400 - 301);
    await post('im_open_login_svc/account_import', '{"UserID":"c"}');
    setNow(t0 + 86_400 - 299);
    await post('im_open_login_svc/account_import', '{"UserID":"d"}');
    const sigs = urls.map(sigOf);
    expect(new Set(sigs.slice(0, 3)).size).toBe(1);
    expect(sigs[3]).not.toBe(sigs[0]);
    expect(decodeUserSig(sigs[0]!)).toMatchObject({
      identifier: 'administrator',
      sdkAppId: 1400000001,
      time: t0,
      expire: 86_400,
    });
    expect(decodeUserSig(sigs[3]!)?.time).toBe(t0 + 86_400 - 299);
  });

  it('serves the console with the SPA fallback', async () => {
    const { app } = setup();
    const deep = await app.request('/groups/abc');
    expect(await deep.text()).toContain('IM console');
    expect(deep.headers.get('Cache-Control')).toBe('no-cache');
    expect(deep.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    const asset = await app.request('/assets/app-1a2b.css');
    expect(asset.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
  });

  it('serves no files without a static dir', async () => {
    const { app } = setup({ staticDir: undefined });
    expect((await app.request('/')).status).toBe(404);
  });

  it('refuses requests addressed to a foreign host name', async () => {
    const res = await setup().app.request('http://rebound.example/api/app', {
      headers: { Host: 'rebound.example' },
    });
    expect(res.status).toBe(403);
  });

  it('answers 500 JSON when something unexpected breaks', async () => {
    const { post, logs } = setup({
      findEndpoint: () => {
        throw new Error(`boom ${secretKey}`);
      },
    });
    const res = await post('x/y', '{}');
    expect(res.status).toBe(500);
    expect(proxyErrorSchema.parse(await res.json()).error.kind).toBe('internal');
    expect(logs.join('\n')).not.toContain(secretKey);
  });

  it('never shows the secret key or the UserSig in answers, headers or logs', async () => {
    const { app, post, urls, logs, answerWith } = setup();
    const samples: Response[] = [];
    samples.push(await post('im_open_login_svc/account_import', '{"UserID":"alice"}'));
    const sig = sigOf(urls[0]!);
    expect(sig.length).toBeGreaterThan(50);
    samples.push(await post('im_open_login_svc/account_import', '{"UserID":""}'));
    samples.push(await post('im_open_login_svc/unknown', '{}'));
    samples.push(await post('im_open_login_svc/account_import', '{'));
    answerWith(async (url) => new Response(`<html>proxy error for ${url}</html>`, { status: 502 }));
    samples.push(await post('im_open_login_svc/account_import', '{"UserID":"alice"}'));
    answerWith(() => new Promise(() => {}));
    samples.push(await post('im_open_login_svc/account_import', '{"UserID":"alice"}'));
    answerWith(async () => {
      throw new TypeError(`fetch failed ${urls.at(-1)}`);
    });
    samples.push(await post('im_open_login_svc/account_import', '{"UserID":"alice"}'));
    samples.push(await app.request('/api/app'));
    samples.push(await app.request('/api/health'));
    samples.push(await app.request('/'));

    expect(samples.map((r) => r.status)).toEqual([200, 400, 404, 400, 502, 504, 502, 200, 200, 200]);
    for (const res of samples) {
      const text = `${JSON.stringify([...res.headers])}\n${await res.text()}`;
      expect(text).not.toContain(secretKey);
      expect(text).not.toContain(sig);
      expect(text).not.toContain(encodeURIComponent(sig));
    }
    expect(logs.length).toBeGreaterThanOrEqual(samples.length);
    expect(logs.join('\n')).not.toContain(secretKey);
    expect(logs.join('\n')).not.toContain(sig);
  });
});
