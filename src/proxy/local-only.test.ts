import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { hostnameOf, localOnly } from './local-only';
import { requestId, type ProxyEnv } from './request-id';

const app = new Hono<ProxyEnv>()
  .use(requestId(() => 'rid'))
  .use(localOnly())
  .post('/api/x', (c) => c.text('done'))
  .get('/', (c) => c.text('page'));

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

  it('reads host names from Host headers', () => {
    expect(hostnameOf('127.0.0.1:8080')).toBe('127.0.0.1');
    expect(hostnameOf('[::1]:8080')).toBe('::1');
    expect(hostnameOf('localhost')).toBe('localhost');
    expect(hostnameOf('::1')).toBe('::1');
  });
});
