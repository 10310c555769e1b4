import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { hostnameOf, localOnly } from './local-only';
import { requestId, type ProxyEnv } from './request-id';

const app = new Hono<ProxyEnv>()
  .use(requestId(() => 'rid'))
  .use(localOnly())
  .post('/api/x', (c) => c.text('done'))
  .get('/', (c) => c.text('page'));
const guarded = new Hono<ProxyEnv>()
  .use(requestId(() => 'rid'))
  .use(localOnly())
  .get('/api/y', (c) => c.text('read'));

describe('localOnly', () => {
  it('lets local requests through', async () => {
    expect(await (await app.request('/')).text()).toBe('page');
    const res = await app.request('http://127.0.0.1:8080/api/x', {
      method: 'POST',
      headers: { Origin: 'http://127.0.0.1:8080', 'Sec-Fetch-Site': 'same-origin' },
    });
    expect(await res.text()).toBe('done');
  });

  it('refuses a request addressed to another host name (DNS rebinding)', async () => {
    const res = await app.request('http://evil.example:8080/', { headers: { Host: 'evil.example:8080' } });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: { kind: 'forbidden' }, requestId: 'rid' });
  });

  it('refuses a call from a page of another origin (CSRF)', async () => {
    const byOrigin = await app.request('http://localhost:8080/api/x', {
      method: 'POST',
      headers: { Origin: 'https://evil.example', 'Content-Type': 'text/plain' },
    });
    expect(byOrigin.status).toBe(403);
    const byFetchSite = await app.request('http://localhost:8080/api/x', {
      method: 'POST',
      headers: { 'Sec-Fetch-Site': 'cross-site' },
    });
    expect(byFetchSite.status).toBe(403);
    const opaque = await app.request('http://localhost:8080/api/x', {
      method: 'POST',
      headers: { Origin: 'null' },
    });
    expect(opaque.status).toBe(403);
  });

  it('lets a cross-site navigation to a page through, but no cross-site /api call', async () => {
    const page = await app.request('http://localhost:8080/', { headers: { 'Sec-Fetch-Site': 'cross-site' } });
    expect(page.status).toBe(200);
    const api = await guarded.request('http://localhost:8080/api/y', {
      headers: { 'Sec-Fetch-Site': 'cross-site' },
    });
    expect(api.status).toBe(403);
    const sameOrigin = await guarded.request('http://localhost:8080/api/y', {
      headers: { 'Sec-Fetch-Site': 'same-origin' },
    });
    expect(sameOrigin.status).toBe(200);
  });

  it('answers allowed public names and the public origin, and nothing else', async () => {
    const pub = new Hono<ProxyEnv>()
      .use(requestId(() => 'rid'))
      .use(localOnly({ publicOrigin: 'https://console.example.com', allowedHosts: ['10.0.0.5:8080'] }))
      .post('/api/x', (c) => c.text('done'));
    const post = (host: string, origin?: string) =>
      pub.request(`http://${host}/api/x`, {
        method: 'POST',
        headers: origin ? { Host: host, Origin: origin } : { Host: host },
      });
    // Behind a TLS reverse proxy the Host is the public name and the Origin the https one.
    expect((await post('console.example.com', 'https://console.example.com')).status).toBe(200);
    expect((await post('10.0.0.5:8080', 'http://10.0.0.5:8080')).status).toBe(200);
    expect((await post('10.0.0.5:9999')).status).toBe(403);
    expect((await post('evil.example')).status).toBe(403);
    expect((await post('console.example.com', 'https://evil.example')).status).toBe(403);
    const refusal = await (await post('evil.example')).json();
    expect(refusal.error.message).toMatch(/console\.example\.com/);
  });

  it('reads host names from Host headers', () => {
    expect(hostnameOf('127.0.0.1:8080')).toBe('127.0.0.1');
    expect(hostnameOf('[::1]:8080')).toBe('::1');
    expect(hostnameOf('localhost')).toBe('localhost');
    expect(hostnameOf('::1')).toBe('::1');
  });
});
