import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { logRoutes } from './log-routes';
import type { ProxyEnv } from './request-id';

/** A log of ids 1..7 with one filter (`even`), in memory. */
const ids = [1, 2, 3, 4, 5, 6, 7];
const schema = z.object({
  even: z.enum(['yes']).optional(),
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(5).default(3),
});

function app() {
  const calls: unknown[] = [];
  const root = new Hono<ProxyEnv>();
  root.use(async (c, next) => {
    c.set('requestId', 'req-1');
    await next();
  });
  root.route(
    '/log',
    logRoutes({
      schema,
      noun: 'test log',
      list: (filters, limit) => {
        calls.push({ filters, limit });
        return ids
          .filter((id) => (filters.even ? id % 2 === 0 : true))
          .filter((id) => filters.beforeId === undefined || id < filters.beforeId)
          .reverse()
          .slice(0, limit)
          .map((id) => ({ id }));
      },
      get: (id) => (ids.includes(id) ? { id, detail: true } : undefined),
    }),
  );
  return { root, calls };
}

describe('logRoutes', () => {
  it('pages newest first, asking for one row more to know whether another page follows', async () => {
    const { root, calls } = app();
    const first = await (await root.request('/log')).json();
    expect(first).toEqual({ entries: [{ id: 7 }, { id: 6 }, { id: 5 }], nextCursor: '5' });
    expect(calls[0]).toEqual({ filters: { beforeId: undefined }, limit: 4 });
    const last = await (await root.request('/log?limit=3&cursor=2')).json();
    expect(last).toEqual({ entries: [{ id: 1 }], nextCursor: null });
    const even = await (await root.request('/log?even=yes&limit=3')).json();
    expect(even).toEqual({ entries: [{ id: 6 }, { id: 4 }, { id: 2 }], nextCursor: null });
  });

  it('answers 400 naming each broken rule, and a cursor that is no entry id', async () => {
    const { root, calls } = app();
    const bad = await root.request('/log?even=no&limit=9');
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { error: { message: string; issues: { path: string }[] } };
    expect(body.error.message).toBe('The test log filters break 2 rules.');
    expect(body.error.issues.map((i) => i.path).sort()).toEqual(['even', 'limit']);
    const cursor = await root.request('/log?cursor=-1');
    expect(cursor.status).toBe(400);
    expect(await cursor.json()).toEqual({
      error: {
        kind: 'invalid_request',
        message: 'The test log filters break a rule.',
        issues: [{ path: 'cursor', message: 'must be the nextCursor of a previous page' }],
      },
      requestId: 'req-1',
    });
    expect(calls).toEqual([]);
  });

  it('reads one entry, and 404 for an unknown or malformed id', async () => {
    const { root } = app();
    expect(await (await root.request('/log/3')).json()).toEqual({ id: 3, detail: true });
    const missing = await root.request('/log/99');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { message: string } }).error.message).toBe(
      'There is no test log entry 99.',
    );
    expect((await root.request('/log/0')).status).toBe(404);
    expect((await root.request('/log/1e3')).status).toBe(404);
  });
});
