import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE, NO_CACHE, serveConsole } from './static-console';

let dir: string;
let app: Hono;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'proxy-static-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(path.join(dir, 'favicon.svg'), '<svg/>');
  writeFileSync(path.join(path.dirname(dir), 'outside-secret.txt'), 'secret');
  app = new Hono();
  app.use(serveConsole(dir));
  app.get('/api/health', (c) => c.json({ ok: true }));
  app.notFound((c) => c.text('not found', 404));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(path.join(path.dirname(dir), 'outside-secret.txt'), { force: true });
});

describe('serveConsole', () => {
  it('serves index.html for / without caching', async () => {
    const res = await app.request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('Cache-Control')).toBe(NO_CACHE);
    expect(await res.text()).toContain('id="root"');
  });

  it('falls back to index.html for deep links', async () => {
    const res = await app.request('/groups/@TGS%232J4SZEAEL/members?tab=muted');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('id="root"');
    expect(res.headers.get('Cache-Control')).toBe(NO_CACHE);
  });

  it('serves hashed assets as long-cached and immutable with their type', async () => {
    const res = await app.request('/assets/index-abc123.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe(IMMUTABLE);
    expect(res.headers.get('Content-Type')).toMatch(/javascript/);
    expect(await res.text()).toBe('console.log(1)');
  });

  it('answers 404 for a missing asset instead of HTML', async () => {
    expect((await app.request('/assets/gone-123.js')).status).toBe(404);
  });

  it('serves other files revalidated', async () => {
    const res = await app.request('/favicon.svg');
    expect(res.headers.get('Content-Type')).toMatch(/image\/svg\+xml/);
    expect(res.headers.get('Cache-Control')).toBe(NO_CACHE);
  });

  it('never shadows /api', async () => {
    expect(await (await app.request('/api/health')).json()).toEqual({ ok: true });
    expect((await app.request('/api/unknown')).status).toBe(404);
  });

  it('does not serve files outside its root', async () => {
    for (const p of [
      '/../outside-secret.txt',
      '/%2e%2e/outside-secret.txt',
      '/assets/..%2f..%2foutside-secret.txt',
    ]) {
      const res = await app.request(p);
      expect(await res.text()).not.toBe('secret');
    }
  });

  it('leaves non-GET requests alone', async () => {
    expect((await app.request('/', { method: 'POST' })).status).toBe(404);
  });
});
