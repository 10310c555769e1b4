import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { defineEndpoint, DEFAULT_RATE } from '../../api/endpoint';
import { imResponse } from '../../api/envelope';
import {
  callConsoleApi,
  callIm,
  ContractError,
  ImApiError,
  onUnauthenticated,
  ProxyRequestError,
} from './api-client';

const endpoint = defineEndpoint({
  service: 'test_svc',
  command: 'get_thing',
  summary: 'test',
  doc: '02-accounts.md',
  access: 'read',
  request: z.object({ Id: z.string() }),
  response: imResponse({ Count: z.number() }),
  rate: DEFAULT_RATE,
});

function answer(
  status: number,
  body: unknown,
  headers: Record<string, string> = { 'X-Request-Id': 'req-1' },
) {
  const fetchMock = vi.fn(
    async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

describe('callIm', () => {
  it('posts the body to the proxy route of the endpoint and returns the parsed answer', async () => {
    const fetchMock = answer(200, {
      ActionStatus: 'OK',
      ErrorCode: 0,
      ErrorInfo: '',
      Count: 3,
      NewField: true,
    });
    const res = await callIm(endpoint, { Id: 'a' });
    expect(res.Count).toBe(3);
    expect(res).toHaveProperty('NewField', true);
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/im/test_svc/get_thing',
      expect.objectContaining({ method: 'POST', body: '{"Id":"a"}' }),
    );
  });

  it('raises ImApiError with the code, the service text and the request id on FAIL', async () => {
    answer(200, { ActionStatus: 'FAIL', ErrorCode: 70107, ErrorInfo: 'account not exist' });
    const error = await callIm(endpoint, { Id: 'a' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImApiError);
    expect(error).toMatchObject({
      code: 70107,
      errorInfo: 'account not exist',
      requestId: 'req-1',
      path: 'test_svc/get_thing',
    });
  });

  it('raises ProxyRequestError with each field issue when the proxy refuses the body', async () => {
    answer(400, {
      error: {
        kind: 'invalid_request',
        message: 'The request body breaks the contract',
        issues: [{ path: 'Id', message: 'must not be empty' }],
      },
      requestId: 'req-2',
    });
    const error = await callIm(endpoint, { Id: '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProxyRequestError);
    expect(error).toMatchObject({
      status: 400,
      kind: 'invalid_request',
      issues: [{ path: 'Id', message: 'must not be empty' }],
      requestId: 'req-2',
    });
  });

  it('raises ContractError when a successful answer does not match the schema', async () => {
    answer(200, { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '', Count: 'three' });
    const error = await callIm(endpoint, { Id: 'a' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractError);
    expect((error as ContractError).issues[0]?.path).toBe('Count');
  });

  it('raises a network ProxyRequestError when the proxy cannot be reached', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('fetch failed'))),
    );
    const error = await callIm(endpoint, { Id: 'a' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProxyRequestError);
    expect((error as ProxyRequestError).kind).toBe('network');
  });

  it('reports a non-JSON answer instead of crashing on it', async () => {
    answer(502, '<html>bad gateway</html>');
    const error = await callIm(endpoint, { Id: 'a' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProxyRequestError);
    expect((error as ProxyRequestError).status).toBe(502);
  });
});

describe('401: the session ended', () => {
  it('callIm reports a 401 to the listeners, once per call, and still throws', async () => {
    const listener = vi.fn();
    const stop = onUnauthenticated(listener);
    answer(401, { error: { kind: 'unauthenticated', message: 'Sign in first.' } });
    await expect(callIm(endpoint, { Id: 'x' })).rejects.toMatchObject({
      status: 401,
      kind: 'unauthenticated',
    });
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    await expect(callIm(endpoint, { Id: 'x' })).rejects.toBeInstanceOf(ProxyRequestError);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('does not report other refusals', async () => {
    const listener = vi.fn();
    const stop = onUnauthenticated(listener);
    answer(403, { error: { kind: 'forbidden', message: 'Needs the Support role.' } });
    await expect(callIm(endpoint, { Id: 'x' })).rejects.toMatchObject({ status: 403, kind: 'forbidden' });
    expect(listener).not.toHaveBeenCalled();
    stop();
  });
});

describe('callConsoleApi', () => {
  const schema = z.object({ ok: z.boolean() });

  it('GETs without a body and parses the answer with the schema', async () => {
    const fetchMock = answer(200, { ok: true, extra: 1 });
    await expect(callConsoleApi('/api/thing', schema)).resolves.toEqual({ ok: true });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/thing');
    expect(init.method).toBe('GET');
    expect(init.body).toBeUndefined();
  });

  it('sends JSON with the method asked for and accepts an empty 204', async () => {
    const fetchMock = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);
    await expect(
      callConsoleApi('/api/x/1', undefined, { method: 'PATCH', body: { a: 1 } }),
    ).resolves.toBeUndefined();
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.method).toBe('PATCH');
    expect(init.body).toBe('{"a":1}');
  });

  it("carries a lock's retryAfterSeconds and field issues", async () => {
    answer(429, {
      error: { kind: 'locked', message: 'Locked until 14:15.', retryAfterSeconds: 900 },
      requestId: 'r-9',
    });
    const error = await callConsoleApi('/api/session/login', schema, {
      body: {},
      reportUnauthenticated: false,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProxyRequestError);
    expect(error).toMatchObject({ kind: 'locked', status: 429, retryAfterSeconds: 900, requestId: 'r-9' });

    answer(400, {
      error: {
        kind: 'invalid_request',
        message: 'Bad.',
        issues: [{ path: 'username', message: 'is required' }],
      },
    });
    await expect(callConsoleApi('/api/operators', schema, { body: {} })).rejects.toMatchObject({
      issues: [{ path: 'username', message: 'is required' }],
    });
  });

  it('reports a 401 unless told the 401 means a wrong password', async () => {
    const listener = vi.fn();
    const stop = onUnauthenticated(listener);
    answer(401, { error: { kind: 'unauthenticated', message: 'Wrong username or password.' } });
    await expect(
      callConsoleApi('/api/session/login', schema, { body: {}, reportUnauthenticated: false }),
    ).rejects.toMatchObject({ status: 401 });
    expect(listener).not.toHaveBeenCalled();
    await expect(callConsoleApi('/api/sessions', schema)).rejects.toMatchObject({ status: 401 });
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
  });

  it('raises a ContractError when the answer does not match the schema', async () => {
    answer(200, { ok: 'yes' });
    await expect(callConsoleApi('/api/thing', schema)).rejects.toBeInstanceOf(ContractError);
  });
});
