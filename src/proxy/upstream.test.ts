import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createPooledUpstream, splitUrl } from './upstream';

interface Seen {
  method?: string;
  url?: string;
  headers: IncomingHttpHeaders;
  body: string;
  socketPort?: number;
}

let server: Server | undefined;

async function listen(): Promise<{ base: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seen.push({
        method: req.method,
        url: req.url,
        headers: req.headers,
        body,
        socketPort: req.socket.remotePort,
      });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}');
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

describe('createPooledUpstream', () => {
  it('POSTs the body with only the given headers and reuses pooled connections', async () => {
    const { base, seen } = await listen();
    const upstream = createPooledUpstream({ timeoutMs: 2000 });
    try {
      for (let i = 0; i < 10; i++) {
        const res = await upstream.call(`${base}/v4/a/b?x=${i}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: `{"n":${i}}`,
          signal: new AbortController().signal,
        });
        expect(res.status).toBe(200);
        expect(new TextDecoder().decode(await res.arrayBuffer())).toContain('"ActionStatus":"OK"');
      }
    } finally {
      await upstream.close();
    }
    expect(seen.slice(0, 2).map((s) => [s.method, s.url, s.body])).toEqual([
      ['POST', '/v4/a/b?x=0', '{"n":0}'],
      ['POST', '/v4/a/b?x=1', '{"n":1}'],
    ]);
    expect(seen).toHaveLength(10);
    // undici frees a connection one tick after the body ends, so back-to-back calls alternate between two.
    expect(new Set(seen.map((s) => s.socketPort)).size).toBeLessThanOrEqual(2);
    expect(seen[0]?.headers.cookie).toBeUndefined();
    expect(seen[0]?.headers.authorization).toBeUndefined();
  });

  it('rejects when nothing listens', async () => {
    const { base } = await listen();
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;
    const upstream = createPooledUpstream({ timeoutMs: 2000 });
    try {
      await expect(
        upstream.call(`${base}/v4/a/b`, {
          method: 'POST',
          headers: {},
          body: '{}',
          signal: new AbortController().signal,
        }),
      ).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    } finally {
      await upstream.close();
    }
  });
});

describe('createPooledUpstream: aborts and status', () => {
  it('passes the status through and stops a call when its signal aborts', async () => {
    server = createServer((req, res) => {
      if (req.url === '/slow') return; // never answers
      res.writeHead(503);
      res.end('busy');
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const upstream = createPooledUpstream({ timeoutMs: 5000 });
    try {
      const busy = await upstream.call(`${base}/busy`, {
        method: 'POST',
        headers: {},
        body: '{}',
        signal: new AbortController().signal,
      });
      expect(busy.status).toBe(503);
      expect(new TextDecoder().decode(await busy.arrayBuffer())).toBe('busy');
      const controller = new AbortController();
      const pending = upstream.call(`${base}/slow`, {
        method: 'POST',
        headers: {},
        body: '{}',
        signal: controller.signal,
      });
      setTimeout(() => controller.abort(new Error('deadline')), 20);
      await expect(pending).rejects.toThrow('deadline');
    } finally {
      await upstream.close();
    }
  });
});

describe('splitUrl', () => {
  it('splits origin and path', () => {
    expect(splitUrl('http://127.0.0.1:5000/v4/a/b?x=1')).toEqual({
      origin: 'http://127.0.0.1:5000',
      path: '/v4/a/b?x=1',
    });
    expect(splitUrl('https://h.test/prefix/v4/a')).toEqual({
      origin: 'https://h.test',
      path: '/prefix/v4/a',
    });
    expect(splitUrl('https://h.test')).toEqual({ origin: 'https://h.test', path: '/' });
  });
});
