import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from './config';
import { silentLogger } from './request-log';
import type { Upstream } from './upstream';
import { startProxy } from './server';
import { testProxyConfig } from './testing';

const config = testProxyConfig({
  baseUrl: 'http://127.0.0.1:9',
  upstreamTimeoutMs: 1000,
  access: { adminPassword: 'server-test-admin-password' },
});

/** Logs in as the bootstrap admin through the API; returns the `Cookie` header value. */
async function login(url: string): Promise<string> {
  const res = await fetch(`${url}/api/session/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: url },
    body: JSON.stringify({ username: 'admin', password: 'server-test-admin-password' }),
  });
  expect(res.status).toBe(200);
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

describe('startProxy', () => {
  it('listens on loopback, creates the first admin, forwards through the injected upstream and closes', async () => {
    const urls: string[] = [];
    const proxy = await startProxy({
      config,
      db: ':memory:',
      logger: silentLogger,
      appInfo: { emulator: false },
      upstream: async (url) => (
        urls.push(url),
        new Response('{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}')
      ),
    });
    try {
      expect(proxy.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(proxy.bootstrap).toEqual({ username: 'admin', generatedPassword: null });
      expect(await (await fetch(`${proxy.url}/api/health`)).json()).toEqual({ ok: true });
      const loggedOut = await fetch(`${proxy.url}/api/im/im_open_login_svc/account_import`, {
        method: 'POST',
        body: '{"UserID":"ab"}',
      });
      expect(loggedOut.status).toBe(401);
      expect(urls).toHaveLength(0);
      const cookie = await login(proxy.url);
      const res = await fetch(`${proxy.url}/api/im/im_open_login_svc/account_import`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': '15', Cookie: cookie },
        body: '{"UserID":"ab"}',
      });
      expect(res.status).toBe(200);
      expect((await res.json()).ActionStatus).toBe('OK');
      expect(urls).toHaveLength(1);
      const big = await fetch(`${proxy.url}/api/im/im_open_login_svc/account_import`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: cookie },
        body: JSON.stringify({ UserID: 'a', Nick: 'x'.repeat(1_100_000) }),
      });
      expect(big.status).toBe(413);
    } finally {
      await proxy.close();
    }
    await expect(fetch(`${proxy.url}/api/health`)).rejects.toThrow();
  });

  it('generates a random first password once, and keeps operators in the database file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'proxy-server-'));
    try {
      const db = join(dir, 'console.db');
      const noPassword = { ...config, access: {} };
      const first = await startProxy({ config: noPassword, db, logger: silentLogger });
      await first.close();
      expect(first.bootstrap?.username).toBe('admin');
      expect(first.bootstrap?.generatedPassword).toMatch(/^[A-Za-z0-9_-]{20}$/);
      const again = await startProxy({ config: noPassword, db, logger: silentLogger });
      await again.close();
      expect(again.bootstrap).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers 502 when the real pool finds nothing listening', async () => {
    const proxy = await startProxy({ config, db: ':memory:', logger: silentLogger });
    try {
      const res = await fetch(`${proxy.url}/api/im/im_open_login_svc/account_import`, {
        method: 'POST',
        headers: { Cookie: await login(proxy.url) },
        body: '{"UserID":"ab"}',
      });
      expect(res.status).toBe(502);
      expect((await res.json()).error.kind).toBe('upstream_unreachable');
    } finally {
      await proxy.close();
    }
  });

  it('refuses a non-loopback host without the names it is reached by, and checks Host with them', async () => {
    await expect(
      startProxy({ config: { ...config, host: '0.0.0.0' }, db: ':memory:', logger: silentLogger }),
    ).rejects.toThrow(ConfigError);
    const proxy = await startProxy({
      config: { ...config, host: '0.0.0.0', access: { ...config.access, allowedHosts: ['console.test'] } },
      db: ':memory:',
      logger: silentLogger,
    });
    try {
      const port = new URL(proxy.url).port;
      const at = (host: string) =>
        new Promise<number>((resolve, reject) => {
          httpRequest({ host: '127.0.0.1', port, path: '/api/health', headers: { Host: host } }, (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          })
            .on('error', reject)
            .end();
        });
      expect(await at('console.test')).toBe(200);
      expect(await at(`localhost:${port}`)).toBe(200);
      expect(await at('rebound.example')).toBe(403);
    } finally {
      await proxy.close();
    }
  });

  it('says which port is taken', async () => {
    const first = await startProxy({ config, db: ':memory:', logger: silentLogger });
    try {
      const port = Number(new URL(first.url).port);
      await expect(
        startProxy({ config: { ...config, port }, db: ':memory:', logger: silentLogger }),
      ).rejects.toThrow(`PORT ${port} is already in use`);
    } finally {
      await first.close();
    }
  });
});

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** One raw HTTP/1.1 request, so tests control `Host` and chunked bodies. */
function rawPost(
  url: string,
  path: string,
  headers: Record<string, string>,
  body: string,
  chunked = false,
): Promise<Answer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: hostname,
        port,
        path,
        method: 'POST',
        headers: chunked ? headers : { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (text += d));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: Object.fromEntries(
              Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]),
            ),
            body: text,
          }),
        );
      },
    );
    req.on('error', reject);
    if (chunked) for (let i = 0; i < body.length; i += 4096) req.write(body.slice(i, i + 4096));
    else req.write(body);
    req.end();
  });
}

/** The headers both paths must agree on (transport headers such as Date and Connection aside). */
const comparedHeaders = [
  'content-type',
  'cache-control',
  'content-security-policy',
  'x-content-type-options',
  'referrer-policy',
  'x-frame-options',
  'cross-origin-opener-policy',
  'cross-origin-resource-policy',
  'permissions-policy',
];

describe('the native IM route', () => {
  const answers: Record<string, string> = {
    'profile/portrait_get': '{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","UserProfileItem":[]}',
    'im_open_login_svc/account_check': '<html>Bad Gateway</html>',
  };
  const upstream: Upstream = async (url) => {
    const key = Object.keys(answers).find((k) => url.includes(`/v4/${k}?`));
    return new Response(key ? answers[key] : '{}', { status: key?.startsWith('im_open') ? 502 : 200 });
  };
  const cases: {
    name: string;
    path: string;
    headers?: Record<string, string>;
    body: string;
    chunked?: boolean;
    /** Sent with a viewer's session instead of the admin's. */
    viewer?: boolean;
    /** The status both paths must answer, where the case is about access. */
    status?: number;
  }[] = [
    {
      name: 'answer',
      path: '/api/im/profile/portrait_get',
      body: '{"To_Account":["alice"],"TagList":["Tag_Profile_IM_Nick"]}',
    },
    {
      name: 'caller id',
      path: '/api/im/profile/portrait_get',
      headers: { 'X-Request-Id': 'abc-123' },
      body: '{"To_Account":["a"],"TagList":["Tag_Profile_IM_Nick"]}',
    },
    { name: 'unknown', path: '/api/im/nope/nothing', body: '{}' },
    {
      name: 'logged out',
      path: '/api/im/profile/portrait_get',
      headers: { Cookie: '' },
      body: '{}',
      status: 401,
    },
    {
      name: 'logged out, unknown',
      path: '/api/im/nope/nothing',
      headers: { Cookie: '' },
      body: '{}',
      status: 401,
    },
    {
      name: 'bad cookie',
      path: '/api/im/profile/portrait_get',
      headers: { Cookie: 'im_console_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
      body: '{}',
      status: 401,
    },
    {
      name: 'role may not',
      path: '/api/im/im_open_login_svc/account_delete',
      viewer: true,
      body: '{}',
      status: 403,
    },
    {
      name: 'role may',
      path: '/api/im/profile/portrait_get',
      viewer: true,
      body: '{"To_Account":["alice"],"TagList":["Tag_Profile_IM_Nick"]}',
      status: 200,
    },
    {
      name: 'cross origin login',
      path: '/api/session/login',
      headers: { Origin: 'https://evil.example' },
      body: '{"username":"admin","password":"x"}',
      status: 403,
    },
    { name: 'empty', path: '/api/im/profile/portrait_get', body: ' ' },
    { name: 'not json', path: '/api/im/profile/portrait_get', body: '{"To_Account":' },
    { name: 'bad field', path: '/api/im/profile/portrait_get', body: '{"To_Account":[""],"TagList":[]}' },
    { name: 'declared too large', path: '/api/im/profile/portrait_get', body: 'x'.repeat(1_100_000) },
    {
      name: 'chunked too large',
      path: '/api/im/profile/portrait_get',
      body: 'x'.repeat(1_100_000),
      chunked: true,
    },
    {
      name: 'chunked ok',
      path: '/api/im/profile/portrait_get',
      body: '{"To_Account":["b"],"TagList":["Tag_Profile_IM_Nick"]}',
      chunked: true,
    },
    {
      name: 'cross origin',
      path: '/api/im/profile/portrait_get',
      headers: { Origin: 'https://evil.example' },
      body: '{}',
    },
    {
      name: 'cross site',
      path: '/api/im/profile/portrait_get',
      headers: { 'Sec-Fetch-Site': 'cross-site' },
      body: '{}',
    },
    {
      name: 'foreign host',
      path: '/api/im/profile/portrait_get',
      headers: { Host: 'evil.example' },
      body: '{}',
    },
    {
      name: 'bad answer',
      path: '/api/im/im_open_login_svc/account_check',
      body: '{"CheckItem":[{"UserID":"a"}]}',
    },
  ];

  it('answers exactly as the Hono app does', async () => {
    const nativeLogs: string[] = [];
    // Imported here: importing the app before the server at the top changes which fetch the first test gets.
    const { buildProxy } = await import('./app');
    const { openDatabase } = await import('./db/database');
    const { addOperator, cookieFor } = await import('./auth/testing');
    // One database for both paths, so the same cookies name the same sessions.
    const db = openDatabase(':memory:');
    const { app, access } = buildProxy({ config, upstream, logger: silentLogger, db });
    const adminCookie = cookieFor(access, (await addOperator(access, 'root', 'admin')).id);
    const viewerCookie = cookieFor(access, (await addOperator(access, 'vic', 'viewer')).id);
    const proxy = await startProxy({
      config,
      upstream,
      db,
      logger: { info: (l) => nativeLogs.push(l), warn: (l) => nativeLogs.push(l) },
    });
    try {
      for (const t of cases) {
        const headers = {
          'Content-Type': 'application/json',
          Cookie: t.viewer ? viewerCookie : adminCookie,
          ...t.headers,
        };
        const native = await rawPost(proxy.url, t.path, headers, t.body, t.chunked);
        const host = t.headers?.Host ?? new URL(proxy.url).host;
        const viaHono = await app.request(`http://${host}${t.path}`, {
          method: 'POST',
          headers: { ...headers, Host: host },
          body: t.body,
        });
        const honoBody = await viaHono.text();
        expect([t.name, native.status], t.name).toEqual([t.name, viaHono.status]);
        if (t.status !== undefined) expect([t.name, native.status]).toEqual([t.name, t.status]);
        for (const h of comparedHeaders) {
          expect([t.name, h, native.headers[h]]).toEqual([t.name, h, viaHono.headers.get(h) ?? undefined]);
        }
        const nativeId = native.headers['x-request-id'] ?? '';
        expect(nativeId, t.name).toMatch(/^[A-Za-z0-9._:-]+$/);
        if (t.headers?.['X-Request-Id']) expect(nativeId).toBe(t.headers['X-Request-Id']);
        const honoId = viaHono.headers.get('x-request-id') ?? '';
        expect(native.body.split(nativeId).join('ID'), t.name).toBe(honoBody.split(honoId).join('ID'));
      }
      expect(
        nativeLogs.filter((l) => /^POST \/api\/im\/\S+ \d{3} \d+\.\d{2}ms id=\S+$/.test(l)),
      ).toHaveLength(cases.filter((t) => t.path.startsWith('/api/im/')).length);
    } finally {
      await proxy.close();
      db.close();
    }
  });

  it('leaves other spellings of the route to Hono', async () => {
    const proxy = await startProxy({ config, upstream, db: ':memory:', logger: silentLogger });
    try {
      const Cookie = await login(proxy.url);
      const body = '{"To_Account":["alice"],"TagList":["Tag_Profile_IM_Nick"]}';
      const escaped = await rawPost(proxy.url, '/api/im/profile/portrait%5Fget', { Cookie }, body);
      expect(escaped.status).toBe(200);
      const query = await rawPost(proxy.url, '/api/im/profile/portrait_get?x=1', { Cookie }, body);
      expect(query.status).toBe(200);
      const loggedOut = await rawPost(proxy.url, '/api/im/profile/portrait%5Fget', {}, body);
      expect(loggedOut.status).toBe(401);
      const extra = await rawPost(proxy.url, '/api/im/profile/portrait_get/more', { Cookie }, body);
      expect(extra.status).toBe(404);
      expect(JSON.parse(extra.body).error.kind).toBe('unknown_endpoint');
    } finally {
      await proxy.close();
    }
  });
});
