import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { isSaneRequestId, requestId, type ProxyEnv } from './request-id';

function app() {
  let n = 0;
  const a = new Hono<ProxyEnv>();
  a.use(requestId(() => `gen-${++n}`));
  a.get('/x', (c) => c.text(c.var.requestId));
  a.get('/boom', () => {
    throw new Error('boom');
  });
  a.onError((_err, c) => c.text('failed', 500));
  return a;
}

describe('requestId', () => {
  it('generates an id, exposes it to handlers and returns it in the header', async () => {
    const a = app();
    const first = await a.request('/x');
    const second = await a.request('/x');
    expect(first.headers.get('X-Request-Id')).toBe('gen-1');
    expect(await first.text()).toBe('gen-1');
    expect(second.headers.get('X-Request-Id')).toBe('gen-2');
  });

  it('echoes a sane incoming id', async () => {
    const res = await app().request('/x', { headers: { 'X-Request-Id': 'trace-42.a:b_c' } });
    expect(res.headers.get('X-Request-Id')).toBe('trace-42.a:b_c');
    expect(await res.text()).toBe('trace-42.a:b_c');
  });

  it('replaces an insane incoming id', async () => {
    const res = await app().request('/x', { headers: { 'X-Request-Id': 'a b<script>' } });
    expect(res.headers.get('X-Request-Id')).toBe('gen-1');
  });

  it('also marks error answers and 404s', async () => {
    const a = app();
    expect((await a.request('/boom')).headers.get('X-Request-Id')).toBe('gen-1');
    expect((await a.request('/missing')).headers.get('X-Request-Id')).toBe('gen-2');
  });

  it('uses random UUIDs by default', async () => {
    const a = new Hono<ProxyEnv>().use(requestId()).get('/x', (c) => c.text('ok'));
    const id = (await a.request('/x')).headers.get('X-Request-Id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('judges ids', () => {
    expect(isSaneRequestId('abc')).toBe(true);
    expect(isSaneRequestId('')).toBe(false);
    expect(isSaneRequestId('x'.repeat(129))).toBe(false);
    expect(isSaneRequestId(undefined)).toBe(false);
  });
});
