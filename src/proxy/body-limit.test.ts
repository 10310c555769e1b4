import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, readBodyWithin } from './body-limit';

function streamOf(chunks: Uint8Array[], pulled: { count: number }): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream(
    {
      pull(controller) {
        const chunk = chunks[i++];
        pulled.count = i;
        if (chunk) controller.enqueue(chunk);
        else controller.close();
      },
    },
    { highWaterMark: 0 },
  );
}

function streamed(chunks: Uint8Array[], pulled = { count: 0 }): Request {
  return new Request('http://proxy.test/api', {
    method: 'POST',
    body: streamOf(chunks, pulled),
    duplex: 'half',
  } as RequestInit);
}

describe('readBodyWithin', () => {
  it('is 1 MiB by default', () => {
    expect(MAX_BODY_BYTES).toBe(1048576);
  });

  it('reads a body with a declared length', async () => {
    const req = new Request('http://proxy.test/api', {
      method: 'POST',
      body: '{"UserID":"测试"}',
      headers: { 'content-length': String(new TextEncoder().encode('{"UserID":"测试"}').length) },
    });
    expect(await readBodyWithin(req, 100)).toBe('{"UserID":"测试"}');
  });

  it('refuses a declared length over the cap without reading', async () => {
    const pulled = { count: 0 };
    const req = new Request('http://proxy.test/api', {
      method: 'POST',
      body: streamOf([new Uint8Array(10)], pulled),
      headers: { 'content-length': '11' },
      duplex: 'half',
    } as RequestInit);
    expect(await readBodyWithin(req, 10)).toBeNull();
    expect(pulled.count).toBe(0);
  });

  it('reads a chunked body within the cap', async () => {
    const enc = new TextEncoder();
    expect(await readBodyWithin(streamed([enc.encode('{"a":'), enc.encode('1}')]), 7)).toBe('{"a":1}');
  });

  it('stops reading a chunked body as soon as it passes the cap', async () => {
    const pulled = { count: 0 };
    const chunks = [new Uint8Array(6), new Uint8Array(6), new Uint8Array(6), new Uint8Array(6)];
    expect(await readBodyWithin(streamed(chunks, pulled), 10)).toBeNull();
    expect(pulled.count).toBeLessThan(4);
  });

  it('checks the real size when the declared length lies', async () => {
    const req = new Request('http://proxy.test/api', {
      method: 'POST',
      body: 'x'.repeat(20),
      headers: { 'content-length': '5' },
    });
    expect(await readBodyWithin(req, 10)).toBeNull();
  });

  it('reads an absent body as empty', async () => {
    expect(await readBodyWithin(new Request('http://proxy.test/api', { method: 'POST' }), 10)).toBe('');
  });
});
