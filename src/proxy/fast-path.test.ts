import type { IncomingMessage } from 'node:http';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { isFinished, markFinished, requestHeader } from './fast-path';

describe('requestHeader', () => {
  const app = new Hono().get('/', (c) =>
    c.text(`${requestHeader(c, 'x-a') ?? '-'}|${requestHeader(c, 'x-b') ?? '-'}`),
  );

  it('reads from the Web request in tests', async () => {
    expect(await (await app.request('/', { headers: { 'X-A': '1' } })).text()).toBe('1|-');
  });

  it("reads Node's raw headers when served by @hono/node-server", async () => {
    const incoming = { headers: { 'x-a': 'raw', 'x-b': ['p', 'q'] } } as unknown as IncomingMessage;
    const res = await app.fetch(new Request('http://localhost/', { headers: { 'X-A': 'web' } }), {
      incoming,
    });
    expect(await res.text()).toBe('raw|p, q');
  });
});

describe('markFinished', () => {
  it('remembers marked responses only', () => {
    const marked = markFinished(new Response('a'));
    expect(isFinished(marked)).toBe(true);
    expect(isFinished(new Response('b'))).toBe(false);
  });
});
