/**
 * The endpoint × role matrix, against the in-process proxy with a fake upstream: for every registry
 * endpoint and every role, an allowed call is forwarded (with the documented example body) and a
 * refused one answers 403 naming the endpoint and the roles that may call it, with nothing sent
 * upstream; logged out, every endpoint answers 401.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { endpointList } from '../../api/endpoints';
import { proxyErrorSchema } from '../../api/proxy-error';
import { endpointPermissions, roleCanCall, roles, rolesWith, type Role } from '../../api/roles';
import { buildProxy } from '../app';
import { silentLogger } from '../request-log';
import { testProxyConfig } from '../testing';
import { addOperator, cookieFor, testScrypt } from './testing';

const config = testProxyConfig({ baseUrl: 'http://im.test', dataDir: './unused', upstreamTimeoutMs: 1000 });

const fixtureDir = join(import.meta.dirname, '../../api/fixtures');
function exampleBody(path: string): string {
  const fixture = JSON.parse(readFileSync(join(fixtureDir, `${path}.json`), 'utf8')) as {
    requests: unknown[];
  };
  return JSON.stringify(fixture.requests[0]);
}

const upstreamPaths: string[] = [];
const { app, access } = buildProxy({
  config,
  logger: silentLogger,
  db: ':memory:',
  scrypt: testScrypt,
  upstream: async (url) => {
    upstreamPaths.push(new URL(url).pathname);
    return new Response('{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}');
  },
});
const cookies = {} as Record<Role, string>;
beforeAll(async () => {
  for (const role of roles)
    cookies[role] = cookieFor(access, (await addOperator(access, `op-${role}`, role)).id);
});

function call(path: string, cookie?: string, body = exampleBody(path)) {
  return app.request(`http://127.0.0.1:8080/api/im/${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Origin: 'http://127.0.0.1:8080',
      'Sec-Fetch-Site': 'same-origin',
      ...(cookie ? { Cookie: cookie } : {}),
    },
    body,
  });
}

describe('the endpoint × role matrix', () => {
  it('covers every registry endpoint', () => {
    expect(endpointList.length).toBeGreaterThan(80);
    expect(endpointList.map((e) => e.path).sort()).toEqual(Object.keys(endpointPermissions).sort());
  });

  it.each(roles)(
    '%s: allowed endpoints are forwarded, the others refused with 403 naming who may',
    async (role) => {
      let allowed = 0;
      for (const endpoint of endpointList) {
        upstreamPaths.length = 0;
        const res = await call(endpoint.path, cookies[role]);
        if (roleCanCall(role, endpoint.path)) {
          allowed++;
          expect([endpoint.path, res.status]).toEqual([endpoint.path, 200]);
          expect(upstreamPaths).toEqual([`/v4/${endpoint.path}`]);
        } else {
          expect([endpoint.path, res.status]).toEqual([endpoint.path, 403]);
          const { error } = proxyErrorSchema.parse(await res.json());
          expect(error.kind).toBe('forbidden');
          expect(error.message).toContain(endpoint.path);
          for (const r of rolesWith(endpointPermissions[endpoint.path as keyof typeof endpointPermissions])) {
            expect(error.message).toContain(`(${r})`);
          }
          expect(upstreamPaths).toEqual([]);
        }
      }
      // Every role may do something, and only admin everything.
      expect(allowed).toBeGreaterThan(0);
      if (role === 'admin') expect(allowed).toBe(endpointList.length);
      else expect(allowed).toBeLessThan(endpointList.length);
    },
  );

  it('answers 401 for every endpoint when logged out, sending nothing', async () => {
    upstreamPaths.length = 0;
    for (const endpoint of endpointList) {
      const res = await call(endpoint.path);
      expect([endpoint.path, res.status]).toEqual([endpoint.path, 401]);
      expect(proxyErrorSchema.parse(await res.json()).error.kind).toBe('unauthenticated');
    }
    const unknown = await call('im_open_login_svc/nope', undefined, '{}');
    expect(unknown.status).toBe(401);
    expect(upstreamPaths).toEqual([]);
  });
});
