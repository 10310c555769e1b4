/**
 * Fuzzing the proxy in-process: 10,000 random and malformed requests — random JSON values, wrong
 * types, huge strings, deep nesting, invalid UTF-8, non-JSON, empty bodies, unknown endpoints,
 * random headers, missing or foreign Origin — across random endpoints, as random roles or with no
 * session. The upstream validates every forwarded body with its endpoint's request schema. Checked:
 * no 5xx from the proxy itself (the upstream always answers well), nothing invalid forwarded, every
 * forwarded call allowed for its caller's role and audited (and finished) when it must be, the health
 * route still answers, and memory stays bounded. A seeded PRNG makes every run the same.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { endpointList, findEndpoint } from '../api/endpoints';
import { roleCanCall, roles, type Role } from '../api/roles';
import { buildProxy } from './app';
import { bootstrapAdmin } from './auth/access';
import { testScrypt } from './auth/testing';
import { testProxyConfig } from './testing';
import type { Upstream } from './upstream';

const SEED = 0x5eed_2026;
const REQUESTS = 10_000;
const ADMIN_PASSWORD = 'fuzz-admin-password-1';
const ROLE_PASSWORD = 'fuzz-role-password-12';

const config = testProxyConfig({
  baseUrl: 'http://upstream.invalid',
  dataDir: './unused',
  upstreamTimeoutMs: 5_000,
  access: { adminPassword: ADMIN_PASSWORD },
});

/** mulberry32: small, fast, good enough to pick fuzz cases, and the same for the same seed. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
type Rng = ReturnType<typeof prng>;

const fixtureDir = join(import.meta.dirname, '../api/fixtures');
/** Documented example requests per endpoint path: the starting point of "almost valid" bodies. */
const examples = new Map<string, unknown[]>();
for (const service of readdirSync(fixtureDir)) {
  for (const file of readdirSync(join(fixtureDir, service))) {
    const f = JSON.parse(readFileSync(join(fixtureDir, service, file), 'utf8')) as { requests?: unknown[] };
    examples.set(`${service}/${file.replace(/\.json$/, '')}`, f.requests ?? []);
  }
}

const strings = [
  '',
  'a',
  'administrator',
  '@TGS#1',
  '💥',
  '\u0000',
  '\ud800',
  'x'.repeat(300),
  '<script>',
  '../..',
  '%00',
];
function randomString(r: Rng): string {
  if (r.chance(0.5)) return r.pick(strings);
  const len = r.int(r.chance(0.05) ? 5_000 : 40);
  let s = '';
  for (let i = 0; i < len; i++) s += String.fromCharCode(r.chance(0.9) ? 32 + r.int(95) : r.int(0x10000));
  return s;
}

function randomValue(r: Rng, depth = 0): unknown {
  const kind = r.int(depth > 4 ? 6 : 8);
  switch (kind) {
    case 0:
      return null;
    case 1:
      return r.chance(0.5);
    case 2:
      return r.pick([0, -1, 1, 2 ** 31, 2 ** 53, -(2 ** 63), 1.5, 1e308, Number.MAX_SAFE_INTEGER + 2]);
    case 3:
    case 4:
    case 5:
      return randomString(r);
    case 6:
      return Array.from({ length: r.int(5) }, () => randomValue(r, depth + 1));
    default: {
      const o: Record<string, unknown> = {};
      for (let i = r.int(5); i > 0; i--)
        o[r.chance(0.5) ? randomString(r) : r.pick(fieldNames)] = randomValue(r, depth + 1);
      return o;
    }
  }
}
const fieldNames = [
  'UserID',
  'To_Account',
  'From_Account',
  'GroupId',
  'MsgBody',
  'MemberList',
  'DeleteItem',
  'Tag',
  'Value',
  '__proto__',
  'constructor',
];

/** An example request with one or two things broken (a field dropped, retyped or added). */
function mutate(r: Rng, value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(value)) as unknown;
  if (typeof copy !== 'object' || copy === null) return randomValue(r);
  const target = copy as Record<string, unknown>;
  const keys = Object.keys(target);
  for (let n = 1 + r.int(2); n > 0; n--) {
    const op = r.int(3);
    if (op === 0 && keys.length) delete target[r.pick(keys)];
    else if (op === 1 && keys.length) target[r.pick(keys)] = randomValue(r);
    else target[r.pick(fieldNames)] = randomValue(r);
  }
  return copy;
}

function deepNest(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

/** A path segment from random text (surrogates dropped: `encodeURIComponent` refuses lone ones). */
function segment(r: Rng): string {
  return encodeURIComponent(randomString(r).replace(/[\ud800-\udfff]/g, '?'));
}

/** A request body: text or raw bytes. */
function randomBody(r: Rng, path: string | undefined): string | Uint8Array<ArrayBuffer> {
  const ex = path ? examples.get(path) : undefined;
  switch (r.int(14)) {
    case 0:
    case 1:
    case 2:
      return ex?.length ? JSON.stringify(r.pick(ex)) : '{}';
    case 3:
    case 4:
    case 5:
      return JSON.stringify(ex?.length ? mutate(r, r.pick(ex)) : randomValue(r));
    case 6:
    case 7:
      return JSON.stringify(randomValue(r));
    case 8:
      return r.pick(['', ' ', 'null', '[]', '"x"', '{', '{"a":}', 'undefined', '{}{}', '\u0000{}', 'NaN']);
    case 9:
      return r.chance(0.2) ? deepNest(100_000) : `{"a":${deepNest(2_000)}}`;
    case 10: {
      // Invalid UTF-8 inside an otherwise JSON-looking body.
      const head = new TextEncoder().encode('{"UserID":"');
      const bad = Uint8Array.from({ length: 1 + r.int(8) }, () =>
        r.pick([0xff, 0xfe, 0xc0, 0x80, 0xed, 0xa0]),
      );
      const tail = new TextEncoder().encode('"}');
      return new Uint8Array([...head, ...bad, ...tail]);
    }
    case 11:
      return r.chance(0.15)
        ? `{"UserID":"${'a'.repeat(1024 * 1024 + 10)}"}` // over the 1 MiB cap
        : `{"UserID":"a","Nick":"${'é'.repeat(40_000 + r.int(40_000))}"}`;
    case 12:
      return randomString(r);
    default:
      return JSON.stringify({ ...(ex?.length ? (r.pick(ex) as object) : {}), Extra: randomValue(r) });
  }
}

const otherRoutes: [string, string][] = [
  ['POST', '/api/session/login'],
  ['POST', '/api/session/logout'],
  ['GET', '/api/session'],
  ['POST', '/api/session/password'],
  ['GET', '/api/sessions'],
  ['DELETE', '/api/sessions/abc'],
  ['GET', '/api/operators'],
  ['POST', '/api/operators'],
  ['PATCH', '/api/operators/999'],
  ['POST', '/api/operators/999/password'],
  ['GET', '/api/audit'],
  ['GET', '/api/audit/1'],
  ['GET', '/api/audit/export.csv'],
  ['DELETE', '/api/audit/1'],
  ['GET', '/api/app'],
  ['GET', '/api/health'],
];
const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'];
const contentTypes = [
  undefined,
  'application/json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=latin1',
  'application/JSON ; x="y"',
];

describe('fuzzing the proxy', () => {
  it(`survives ${REQUESTS} random and malformed requests`, async () => {
    const forwarded: { path: string; body: string }[] = [];
    const invalid: string[] = [];
    const r = prng(SEED);
    const upstream: Upstream = async (url, init) => {
      const { pathname } = new URL(url);
      const [, , service, command] = pathname.split('/');
      const endpoint = findEndpoint(service ?? '', command ?? '');
      const body = String(init?.body ?? '');
      if (!endpoint) invalid.push(`unknown ${pathname}`);
      else {
        let json: unknown;
        try {
          json = JSON.parse(body);
        } catch {
          invalid.push(`${pathname}: not JSON`);
        }
        if (json !== undefined && !endpoint.request.safeParse(json).success)
          invalid.push(`${pathname}: ${body.slice(0, 200)}`);
        forwarded.push({ path: endpoint.path, body });
      }
      // Well-formed IM answers only, some with per-item failures or an IM error.
      const answer = r.pick([
        '{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}',
        '{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ResultItem":[{"UserID":"a","ResultCode":70107}]}',
        '{"ActionStatus":"FAIL","ErrorCode":70402,"ErrorInfo":"invalid"}',
      ]);
      return new Response(answer, { status: 200, headers: { 'content-type': 'application/json' } });
    };

    const parts = buildProxy({
      config,
      upstream,
      db: ':memory:',
      logger: { info: () => {}, warn: () => {} },
      scrypt: testScrypt,
      random: r.next,
    });
    const { app, access, db } = parts;
    await bootstrapAdmin(access);
    const base = 'http://127.0.0.1';
    const call = (
      method: string,
      path: string,
      body?: string | Uint8Array<ArrayBuffer>,
      headers: Record<string, string> = {},
    ) =>
      app.request(`${base}${path}`, {
        method,
        body: method === 'GET' || method === 'HEAD' ? undefined : body,
        headers,
      });

    // One session per role (admin from the bootstrap, the others created by it), through the login route.
    const cookies = new Map<Role, string>();
    const login = async (username: string, password: string) => {
      const res = await call('POST', '/api/session/login', JSON.stringify({ username, password }), {
        'content-type': 'application/json',
      });
      expect(res.status, `login ${username}`).toBe(200);
      return res.headers.getSetCookie()[0]!.split(';')[0]!;
    };
    const passwordOf = (role: Role) => (role === 'admin' ? ADMIN_PASSWORD : ROLE_PASSWORD);
    const usernameOf = (role: Role) => (role === 'admin' ? 'admin' : `fuzz-${role}`);
    for (const role of roles) {
      if (role !== 'admin') {
        access.store.createOperator({
          username: usernameOf(role),
          role,
          passwordHash: await access.hash(ROLE_PASSWORD),
          mustChangePassword: false,
        });
      }
      cookies.set(role, await login(usernameOf(role), passwordOf(role)));
    }

    const heapBefore = process.memoryUsage().heapUsed;
    const statuses = new Map<number, number>();
    const fiveHundreds: string[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const role = r.chance(0.15) ? null : r.pick(roles);
      const headers: Record<string, string> = {};
      if (role) headers.cookie = cookies.get(role)!;
      else if (r.chance(0.3))
        headers.cookie = `im_console_session=${randomString(r).replace(/[^\x21-\x7e]/g, '')}`;
      const ct = r.pick(contentTypes);
      if (ct) headers['content-type'] = ct;
      const origin = r.int(10);
      if (origin < 2) headers.origin = base;
      else if (origin === 2) headers.origin = 'https://evil.example';
      else if (origin === 3) headers.origin = 'null';
      if (r.chance(0.1))
        headers['sec-fetch-site'] = r.pick(['same-origin', 'cross-site', 'same-site', 'none', 'x']);
      if (r.chance(0.2))
        headers['x-request-id'] =
          randomString(r)
            .replace(/[^\x20-\x7e]/g, '')
            .slice(0, 300) || 'id';
      if (r.chance(0.05)) headers['x-forwarded-for'] = '1.2.3.4, 5.6.7.8';
      if (r.chance(0.05)) headers['content-length'] = String(r.int(10));

      let method = 'POST';
      let path: string;
      let endpointPath: string | undefined;
      const where = r.int(20);
      if (where < 14) {
        const endpoint = r.pick(endpointList);
        endpointPath = endpoint.path;
        path = `/api/im/${endpoint.path}`;
        if (r.chance(0.03)) method = r.pick(methods);
      } else if (where < 16) {
        path = `/api/im/${segment(r) || 'x'}/${segment(r) || 'y'}`;
      } else if (where < 19) {
        [method, path] = r.pick(otherRoutes);
        if (r.chance(0.3))
          path += `?${r.pick(['limit=', 'cursor=', 'kind=', 'from=', 'operator=', 'result='])}${segment(r)}`;
      } else {
        method = r.pick(methods);
        path = `/${segment(r)}`;
      }
      const body = randomBody(r, endpointPath);
      let status: number;
      let answer: string;
      try {
        const res = await call(method, path, body, headers);
        status = res.status;
        answer = await res.text();
      } catch (err) {
        throw new Error(`request ${i} ${method} ${path} threw: ${String(err)}`);
      }
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (status >= 500) {
        const sent = typeof body === 'string' ? body.slice(0, 300) : '(bytes)';
        fiveHundreds.push(
          `#${i} ${method} ${path.slice(0, 80)} → ${status} ${answer.slice(0, 200)} for ${sent}`,
        );
      }
      // A fuzzed logout that ended a role's session: sign that role in again.
      if (role && path.startsWith('/api/session')) {
        const still = await call('GET', '/api/session', undefined, { cookie: cookies.get(role)! });
        if (still.status === 401) cookies.set(role, await login(usernameOf(role), passwordOf(role)));
      }
    }
    const heapAfter = process.memoryUsage().heapUsed;

    expect(fiveHundreds).toEqual([]);
    expect(invalid).toEqual([]);
    // The fuzz reached the upstream, and was refused in every way too.
    expect(forwarded.length).toBeGreaterThan(500);
    for (const status of [200, 400, 401, 403, 404, 413])
      expect(statuses.get(status) ?? 0, `status ${status}`).toBeGreaterThan(0);

    // Every audited call is finished. Calls the role may not make are recorded as refused, without a
    // body; every other entry was allowed for its role and matches what went upstream.
    const all = db
      .prepare(
        "SELECT endpoint, role, result, request_body FROM audit_log WHERE kind IN ('im_call', 'content_read')",
      )
      .all() as { endpoint: string; role: Role; result: string; request_body: string | null }[];
    for (const e of all) expect(e.result).not.toBe('pending');
    const refusedByRole = all.filter((e) => !roleCanCall(e.role, e.endpoint));
    expect(refusedByRole.length).toBeGreaterThan(0);
    for (const e of refusedByRole) {
      expect(e.result, `${e.role} → ${e.endpoint}`).toBe('refused');
      expect(e.request_body ?? '').toBe('');
    }
    const entries = all.filter((e) => roleCanCall(e.role, e.endpoint));
    expect(entries.length).toBeGreaterThan(100);
    const audited = new Set(entries.map((e) => e.endpoint));
    const count = (list: { path?: string; endpoint?: string }[], p: string) =>
      list.filter((x) => (x.path ?? x.endpoint) === p).length;
    for (const p of audited) expect(count(forwarded, p), p).toBe(count(entries, p));
    for (const endpoint of endpointList) {
      if (endpoint.access !== 'read')
        expect(audited.has(endpoint.path) || count(forwarded, endpoint.path) === 0, endpoint.path).toBe(true);
    }

    // Still healthy, and memory did not run away.
    const health = await call('GET', '/api/health');
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true });
    expect(heapAfter - heapBefore).toBeLessThan(256 * 1024 * 1024);
    parts.close();
  }, 120_000);
});
