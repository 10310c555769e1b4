import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { defineEndpoint, DEFAULT_RATE } from '../../api/endpoint';
import { imResponse } from '../../api/envelope';
import { callIm, ContractError, ImApiError, ProxyRequestError } from './api-client';

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
