/**
 * Login, sessions, operators and the access rules around them, against the in-process proxy with an
 * injected clock, a fake upstream and an in-memory database (the real audit log on it).
 */
import { describe, expect, it } from 'vitest';
import { auditSummarySchema, renderAuditSummary } from '../../api/audit-summary';
import {
  operatorListSchema,
  sessionInfoSchema,
  sessionListSchema,
  createdOperatorSchema,
  operatorSchema,
} from '../../api/console-api';
import { proxyErrorSchema } from '../../api/proxy-error';
import { buildProxy } from '../app';
import type { AccessConfig } from '../config';
import { silentLogger } from '../request-log';
import { testProxyConfig } from '../testing';
import { bootstrapAdmin } from './access';
import { SECURE_SESSION_COOKIE, SESSION_COOKIE } from './http';
import { addOperator, TEST_PASSWORD, testScrypt } from './testing';

const ORIGIN = 'http://127.0.0.1:8080';
const T0 = Date.UTC(2026, 10, 26, 16, 0, 0);
const READ = 'profile/portrait_get';
const READ_BODY = '{"To_Account":["alice"],"TagList":["Tag_Profile_IM_Nick"]}';

function setup(access: Partial<AccessConfig> = {}) {
  let now = T0;
  const upstream: string[] = [];
  const config = testProxyConfig({
    baseUrl: 'http://im.test',
    dataDir: './unused',
    upstreamTimeoutMs: 1000,
    access: { sessionIdleMinutes: 30, sessionMaxHours: 8, ...access },
  });
  const parts = buildProxy({
    config,
    logger: silentLogger,
    db: ':memory:',
    scrypt: testScrypt,
    nowMs: () => now,
    upstream: async (url) => {
      upstream.push(new URL(url).pathname);
      return new Response('{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}');
    },
  });
  const db = parts.db;
  const send = (
    method: string,
    path: string,
    opts: { body?: unknown; cookie?: string; headers?: Record<string, string> } = {},
  ) =>
    parts.app.request(`${ORIGIN}${path}`, {
      method,
      headers: {
        Origin: ORIGIN,
        'Sec-Fetch-Site': 'same-origin',
        'Content-Type': 'application/json',
        ...(opts.cookie ? { Cookie: opts.cookie } : {}),
        ...opts.headers,
      },
      body:
        opts.body === undefined
          ? undefined
          : typeof opts.body === 'string'
            ? opts.body
            : JSON.stringify(opts.body),
    });
  async function login(username: string, password = TEST_PASSWORD, headers: Record<string, string> = {}) {
    const res = await send('POST', '/api/session/login', { body: { username, password }, headers });
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    return { res, cookie };
  }
  const auditRows = () =>
    db.prepare('SELECT kind, username, summary, details, result FROM audit_log ORDER BY id').all() as {
      kind: string;
      username: string | null;
      summary: string;
      details: string | null;
      result: string;
    }[];
  return {
    ...parts,
    send,
    login,
    upstream,
    auditRows,
    advance: (ms: number) => (now += ms),
    now: () => now,
    im: (cookie?: string, path = READ, body = READ_BODY) => send('POST', `/api/im/${path}`, { body, cookie }),
  };
}

async function errorOf(res: Response) {
  return proxyErrorSchema.parse(await res.json()).error;
}

describe('login', () => {
  it('starts a session in an httpOnly, SameSite=Strict cookie and answers the session', async () => {
    const t = setup();
    await addOperator(t.access, 'mia', 'marketing');
    const { res, cookie } = await t.login('mia');
    expect(res.status).toBe(200);
    const info = sessionInfoSchema.parse(await res.json());
    expect(info.operator).toMatchObject({ username: 'mia', role: 'marketing', mustChangePassword: false });
    expect(info.session.expiresAt).toBe(new Date(T0 + 8 * 3_600_000).toISOString());
    expect(info.session.idleExpiresAt).toBe(new Date(T0 + 30 * 60_000).toISOString());
    const setCookie = res.headers.get('set-cookie')!;
    expect(setCookie).toMatch(new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]{43}; `));
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).toContain('Path=/');
    expect(setCookie).toContain(`Max-Age=${8 * 3600}`);
    expect(setCookie).not.toContain('Secure');
    // The database keeps only the token's hash.
    const token = cookie.split('=')[1]!;
    const stored = t.db.prepare('SELECT token_hash FROM sessions').all() as { token_hash: string }[];
    expect(stored).toHaveLength(1);
    expect(stored[0]!.token_hash).not.toContain(token);
    const me = await t.send('GET', '/api/session', { cookie });
    expect(sessionInfoSchema.parse(await me.json()).operator.username).toBe('mia');
    expect(t.auditRows().map((r) => [r.kind, r.username])).toEqual([['login', 'mia']]);
  });

  it('marks the cookie Secure with the __Host- prefix over HTTPS', async () => {
    const secure = setup({ cookieSecure: true });
    await addOperator(secure.access, 'ann', 'viewer');
    const a = await secure.login('ann');
    expect(a.res.headers.get('set-cookie')).toMatch(new RegExp(`^${SECURE_SESSION_COOKIE}=.*; Secure$`));
    expect((await secure.send('GET', '/api/session', { cookie: a.cookie })).status).toBe(200);

    const proxied = setup({ trustProxy: 1 });
    await addOperator(proxied.access, 'ann', 'viewer');
    const b = await proxied.login('ann', TEST_PASSWORD, { 'X-Forwarded-Proto': 'https' });
    expect(b.res.headers.get('set-cookie')).toContain('Secure');
    // Without TRUST_PROXY the header is not believed.
    const plain = setup();
    await addOperator(plain.access, 'ann', 'viewer');
    const c = await plain.login('ann', TEST_PASSWORD, { 'X-Forwarded-Proto': 'https' });
    expect(c.res.headers.get('set-cookie')).not.toContain('Secure');
  });

  it('answers the same for an unknown account and a wrong password, and never logs a password', async () => {
    const t = setup();
    await addOperator(t.access, 'sam', 'support');
    const wrong = await t.login('sam', 'not the password at all');
    const unknown = await t.login('nobody', 'not the password at all');
    expect(wrong.res.status).toBe(401);
    expect(unknown.res.status).toBe(401);
    const [a, b] = [await errorOf(wrong.res), await errorOf(unknown.res)];
    expect(a).toEqual(b);
    expect(a).toMatchObject({ kind: 'unauthenticated', message: 'Wrong username or password.' });
    expect(wrong.res.headers.get('set-cookie')).toBeNull();
    const rows = t.auditRows();
    expect(rows.map((r) => [r.kind, r.result])).toEqual([
      ['login_failed', 'refused'],
      ['login_failed', 'refused'],
    ]);
    expect(JSON.stringify(rows)).not.toContain('not the password');
    expect(rows.map((r) => r.summary)).toEqual([
      'failed login as "sam" from unknown',
      'failed login as an unknown account from unknown',
    ]);
    // A password typed into the username field is kept nowhere in clear.
    await t.login('my secret password', 'x');
    const stored = JSON.stringify([t.auditRows(), t.db.prepare('SELECT * FROM login_failures').all()]);
    expect(stored).not.toContain('my secret password');
  });

  it('validates the body like the IM route, naming the field', async () => {
    const t = setup();
    const res = await t.send('POST', '/api/session/login', { body: { username: 'a' } });
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.kind).toBe('invalid_request');
    expect(error.issues?.map((i) => i.path)).toEqual(['password']);
    const notJson = await t.send('POST', '/api/session/login', { body: '{"username":' });
    expect((await errorOf(notJson)).kind).toBe('invalid_json');
  });

  it('refuses a login posted from another origin (CSRF) before looking at it', async () => {
    const t = setup();
    await addOperator(t.access, 'sam', 'support');
    const res = await t.login('sam', TEST_PASSWORD, {
      Origin: 'https://evil.example',
      'Sec-Fetch-Site': 'cross-site',
    });
    expect(res.res.status).toBe(403);
    expect((await errorOf(res.res)).message).toMatch(/another origin/);
    expect(t.auditRows()).toEqual([]);
    const im = await t.send('POST', `/api/im/${READ}`, {
      body: READ_BODY,
      headers: { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' },
    });
    expect(im.status).toBe(403);
  });

  it('refuses a disabled operator even with the right password', async () => {
    const t = setup();
    await addOperator(t.access, 'dan', 'viewer', { disabled: true });
    const { res } = await t.login('dan');
    expect(res.status).toBe(403);
    expect((await errorOf(res)).message).toMatch(/disabled/);
  });
});

describe('throttling', () => {
  it('locks an account after 5 failures in 15 minutes, says until when, and survives a restart of the store', async () => {
    const t = setup();
    await addOperator(t.access, 'sam', 'support');
    for (let i = 0; i < 4; i++) {
      expect((await t.login('sam', 'wrong password')).res.status).toBe(401);
      t.advance(60_000);
    }
    const fifth = await t.login('Sam', 'wrong password');
    expect(fifth.res.status).toBe(429);
    const lockedAt = t.now();
    expect(fifth.res.headers.get('retry-after')).toBe('900');
    const error = await errorOf(fifth.res);
    expect(error.kind).toBe('locked');
    expect(error.retryAfterSeconds).toBe(900);
    const until = new Date(lockedAt + 900_000).toISOString();
    expect(error.message).toContain(`${until.slice(11, 16)} UTC`);
    expect(error.message).toContain('in 15 minutes');

    // Even the right password is refused (unchecked, uncounted) while locked.
    t.advance(10 * 60_000);
    const right = await t.login('sam');
    expect(right.res.status).toBe(429);
    const stillLocked = await errorOf(right.res);
    expect(stillLocked.retryAfterSeconds).toBe(300);
    expect(stillLocked.message).toContain('in 5 minutes');

    // The lock lives in SQLite: a new access object over the same database still sees it.
    const { createLoginThrottle } = await import('./throttle');
    expect(createLoginThrottle(t.db, { nowMs: t.now }).check('sam', 'unknown')?.untilMs).toBe(
      lockedAt + 900_000,
    );

    t.advance(5 * 60_000);
    expect((await t.login('sam')).res.status).toBe(200);
  });

  it('does not lock for failures spread over more than the window', async () => {
    const t = setup();
    await addOperator(t.access, 'sam', 'support');
    for (let i = 0; i < 8; i++) {
      expect((await t.login('sam', 'wrong password')).res.status).toBe(401);
      t.advance(4 * 60_000);
    }
    expect((await t.login('sam')).res.status).toBe(200);
  });

  it('locks unknown accounts the same way (no enumeration) and per client IP behind a trusted proxy', async () => {
    const t = setup({ trustProxy: 1 });
    for (let i = 0; i < 4; i++) await t.login('ghost', 'wrong password');
    expect((await t.login('ghost', 'wrong password')).res.status).toBe(429);

    const { createLoginThrottle } = await import('./throttle');
    const ipThrottle = createLoginThrottle(t.db, { nowMs: t.now, maxIpFailures: 3 });
    for (const name of ['a1', 'a2']) expect(ipThrottle.recordFailure(name, '10.1.1.1')).toBeNull();
    expect(ipThrottle.recordFailure('a3', '10.1.1.1')).toMatchObject({ scope: 'ip' });
    expect(ipThrottle.check('someone-else', '10.1.1.1')?.scope).toBe('ip');
    expect(ipThrottle.check('someone-else', '10.2.2.2')).toBeNull();
  });
});

describe('sessions', () => {
  it('ends after the idle timeout, touched at most once a minute', async () => {
    const t = setup();
    await addOperator(t.access, 'vic', 'viewer');
    const { cookie } = await t.login('vic');
    t.advance(29 * 60_000);
    expect((await t.im(cookie)).status).toBe(200);
    const seen = () => (t.db.prepare('SELECT last_seen_at_ms AS s FROM sessions').get() as { s: number }).s;
    expect(seen()).toBe(t.now());
    t.advance(30_000);
    await t.im(cookie);
    expect(seen()).toBe(t.now() - 30_000);
    t.advance(29 * 60_000);
    expect((await t.im(cookie)).status).toBe(200);
    t.advance(30 * 60_000);
    const expired = await t.im(cookie);
    expect(expired.status).toBe(401);
    expect((await errorOf(expired)).kind).toBe('unauthenticated');
  });

  it('ends at the absolute lifetime however active', async () => {
    const t = setup();
    await addOperator(t.access, 'vic', 'viewer');
    const { cookie } = await t.login('vic');
    for (let h = 0; h < 16; h++) {
      t.advance(29 * 60_000);
      expect((await t.im(cookie)).status).toBe(200);
    }
    t.advance(29 * 60_000);
    expect((await t.im(cookie)).status).toBe(401);
  });

  it('logs out, lists own sessions, and revokes one', async () => {
    const t = setup();
    await addOperator(t.access, 'vic', 'viewer');
    await addOperator(t.access, 'sam', 'support');
    const a = await t.login('vic', TEST_PASSWORD, { 'User-Agent': 'laptop' });
    const b = await t.login('vic', TEST_PASSWORD, { 'User-Agent': 'phone' });
    const other = await t.login('sam');
    const list = sessionListSchema.parse(
      await (await t.send('GET', '/api/sessions', { cookie: a.cookie })).json(),
    );
    expect(list.sessions.map((s) => [s.username, s.userAgent, s.current]).sort()).toEqual([
      ['vic', 'laptop', true],
      ['vic', 'phone', false],
    ]);
    const phone = list.sessions.find((s) => !s.current)!;
    // Someone else's session is not found for a non-admin.
    const samList = sessionListSchema.parse(
      await (await t.send('GET', '/api/sessions', { cookie: other.cookie })).json(),
    );
    expect(
      (await t.send('DELETE', `/api/sessions/${samList.sessions[0]!.id}`, { cookie: a.cookie })).status,
    ).toBe(404);
    expect((await t.send('DELETE', `/api/sessions/${phone.id}`, { cookie: a.cookie })).status).toBe(204);
    expect((await t.im(b.cookie)).status).toBe(401);
    expect((await t.im(a.cookie)).status).toBe(200);

    const out = await t.send('POST', '/api/session/logout', { cookie: a.cookie });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(new RegExp(`^${SESSION_COOKIE}=; .*Max-Age=0`));
    expect((await t.im(a.cookie)).status).toBe(401);
    expect((await t.send('GET', '/api/session', { cookie: a.cookie })).status).toBe(401);
    expect(t.auditRows().map((r) => r.kind)).toEqual([
      'login',
      'login',
      'login',
      'session_revoked',
      'logout',
    ]);
  });

  it('lets an admin see and revoke everyone’s sessions', async () => {
    const t = setup();
    await addOperator(t.access, 'root', 'admin');
    await addOperator(t.access, 'sam', 'support');
    const admin = await t.login('root');
    const sam = await t.login('sam');
    const list = sessionListSchema.parse(
      await (await t.send('GET', '/api/sessions', { cookie: admin.cookie })).json(),
    );
    expect(list.sessions.map((s) => s.username).sort()).toEqual(['root', 'sam']);
    const samSession = list.sessions.find((s) => s.username === 'sam')!;
    expect((await t.send('DELETE', `/api/sessions/${samSession.id}`, { cookie: admin.cookie })).status).toBe(
      204,
    );
    expect((await t.im(sam.cookie)).status).toBe(401);
  });
});

describe('passwords', () => {
  it('changes one’s own password, ending the other sessions but not this one', async () => {
    const t = setup();
    await addOperator(t.access, 'vic', 'viewer');
    const a = await t.login('vic');
    const b = await t.login('vic');
    const wrong = await t.send('POST', '/api/session/password', {
      cookie: a.cookie,
      body: { currentPassword: 'nope', newPassword: 'a brand new password' },
    });
    expect(wrong.status).toBe(400);
    expect((await errorOf(wrong)).issues).toEqual([
      { path: 'currentPassword', message: 'is not your current password' },
    ]);
    const short = await t.send('POST', '/api/session/password', {
      cookie: a.cookie,
      body: { currentPassword: TEST_PASSWORD, newPassword: 'short' },
    });
    expect((await errorOf(short)).issues?.[0]).toMatchObject({
      path: 'newPassword',
      message: 'must be at least 12 characters',
    });
    const ok = await t.send('POST', '/api/session/password', {
      cookie: a.cookie,
      body: { currentPassword: TEST_PASSWORD, newPassword: 'a brand new password' },
    });
    expect(ok.status).toBe(204);
    expect((await t.im(a.cookie)).status).toBe(200);
    expect((await t.im(b.cookie)).status).toBe(401);
    expect((await t.login('vic')).res.status).toBe(401);
    expect((await t.login('vic', 'a brand new password')).res.status).toBe(200);
    const rows = t.auditRows();
    expect(rows.some((r) => r.kind === 'password_change')).toBe(true);
    expect(JSON.stringify(rows)).not.toContain('a brand new password');
  });

  it('blocks IM calls after a reset until the operator chooses a new password', async () => {
    const t = setup();
    const root = await addOperator(t.access, 'root', 'admin');
    const vic = await addOperator(t.access, 'vic', 'viewer');
    const admin = await t.login('root');
    const reset = await t.send('POST', `/api/operators/${vic.id}/password`, {
      cookie: admin.cookie,
      body: '',
    });
    expect(reset.status).toBe(200);
    const created = createdOperatorSchema.parse(await reset.json());
    expect(created.operator.mustChangePassword).toBe(true);
    const temp = created.generatedPassword!;
    expect(temp.length).toBeGreaterThanOrEqual(12);
    const session = await t.login('vic', temp);
    expect(sessionInfoSchema.parse(await session.res.json()).operator.mustChangePassword).toBe(true);
    const blocked = await t.im(session.cookie);
    expect(blocked.status).toBe(403);
    expect((await errorOf(blocked)).message).toMatch(/password was reset.*choose a new one/);
    expect(t.upstream).toEqual([]);
    await t.send('POST', '/api/session/password', {
      cookie: session.cookie,
      body: { currentPassword: temp, newPassword: 'vic chose this one' },
    });
    expect((await t.im(session.cookie)).status).toBe(200);
    expect(root.role).toBe('admin');
  });
});

describe('operators (admin)', () => {
  it('creates, lists, changes roles (at the next request) and disables (ending sessions)', async () => {
    const t = setup();
    await addOperator(t.access, 'root', 'admin');
    const admin = await t.login('root');
    const created = await t.send('POST', '/api/operators', {
      cookie: admin.cookie,
      body: { username: 'mia', role: 'marketing', displayName: 'Mia', password: 'mia password 1' },
    });
    expect(created.status).toBe(201);
    const mia = createdOperatorSchema.parse(await created.json());
    expect(mia.generatedPassword).toBeUndefined();
    expect(mia.operator).toMatchObject({ username: 'mia', role: 'marketing', mustChangePassword: false });
    expect(
      (
        await t.send('POST', '/api/operators', {
          cookie: admin.cookie,
          body: { username: 'mia', role: 'viewer' },
        })
      ).status,
    ).toBe(409);
    const bad = await t.send('POST', '/api/operators', {
      cookie: admin.cookie,
      body: { username: 'Bad Name', role: 'boss' },
    });
    expect((await errorOf(bad)).issues?.map((i) => i.path).sort()).toEqual(['role', 'username']);
    const generated = createdOperatorSchema.parse(
      await (
        await t.send('POST', '/api/operators', {
          cookie: admin.cookie,
          body: { username: 'gus', role: 'viewer' },
        })
      ).json(),
    );
    expect(generated.generatedPassword).toMatch(/^[A-Za-z0-9_-]{20}$/);
    expect(generated.operator.mustChangePassword).toBe(true);

    const list = operatorListSchema.parse(
      await (await t.send('GET', '/api/operators', { cookie: admin.cookie })).json(),
    );
    expect(list.operators.map((o) => o.username)).toEqual(['gus', 'mia', 'root']);
    expect(JSON.stringify(list)).not.toMatch(/scrypt|hash/i);

    const session = await t.login('mia', 'mia password 1');
    expect(
      (
        await t.im(
          session.cookie,
          'all_member_push/im_add_tag',
          '{"UserTags":[{"To_Account":["a"],"Tags":["t"]}]}',
        )
      ).status,
    ).not.toBe(403);
    const toViewer = await t.send('PATCH', `/api/operators/${mia.operator.id}`, {
      cookie: admin.cookie,
      body: { role: 'viewer' },
    });
    expect(operatorSchema.parse(await toViewer.json()).role).toBe('viewer');
    const refused = await t.im(
      session.cookie,
      'all_member_push/im_add_tag',
      '{"UserTags":[{"To_Account":["a"],"Tags":["t"]}]}',
    );
    expect(refused.status).toBe(403);
    expect((await errorOf(refused)).message).toContain('Viewer role');

    const disabled = await t.send('PATCH', `/api/operators/${mia.operator.id}`, {
      cookie: admin.cookie,
      body: { disabled: true },
    });
    expect(disabled.status).toBe(200);
    expect((await t.im(session.cookie)).status).toBe(401);
    expect((await t.login('mia', 'mia password 1')).res.status).toBe(403);
    const kinds = t.auditRows().map((r) => r.kind);
    expect(kinds.filter((k) => k === 'operator_change')).toHaveLength(4);
    expect(JSON.stringify(t.auditRows())).not.toContain('mia password 1');
  });

  it('never leaves the console without an enabled admin', async () => {
    const t = setup();
    const root = await addOperator(t.access, 'root', 'admin');
    const admin = await t.login('root');
    for (const body of [{ role: 'viewer' }, { disabled: true }]) {
      const res = await t.send('PATCH', `/api/operators/${root.id}`, { cookie: admin.cookie, body });
      expect(res.status).toBe(409);
      const error = await errorOf(res);
      expect(error.kind).toBe('conflict');
      expect(error.message).toMatch(/only enabled admin/);
    }
    const second = await addOperator(t.access, 'ada', 'admin');
    expect(
      (await t.send('PATCH', `/api/operators/${root.id}`, { cookie: admin.cookie, body: { role: 'viewer' } }))
        .status,
    ).toBe(200);
    // root is a viewer now, at once: no more operator management.
    const after = await t.send('PATCH', `/api/operators/${second.id}`, {
      cookie: admin.cookie,
      body: { disabled: true },
    });
    expect(after.status).toBe(403);
    expect((await errorOf(after)).message).toContain('(admin)');
  });

  it('answers 401 logged out, 403 to other roles, 404 for unknown ids', async () => {
    const t = setup();
    await addOperator(t.access, 'root', 'admin');
    await addOperator(t.access, 'mod', 'moderator');
    expect((await t.send('GET', '/api/operators')).status).toBe(401);
    const mod = await t.login('mod');
    const res = await t.send('GET', '/api/operators', { cookie: mod.cookie });
    expect(res.status).toBe(403);
    expect((await errorOf(res)).message).toMatch(/operators\.manage.*Admin \(admin\)/);
    const admin = await t.login('root');
    expect(
      (await t.send('PATCH', '/api/operators/999', { cookie: admin.cookie, body: { role: 'viewer' } }))
        .status,
    ).toBe(404);
    expect(
      (await t.send('POST', '/api/operators/abc/password', { cookie: admin.cookie, body: {} })).status,
    ).toBe(404);
    expect((await t.send('GET', '/api/audit', { cookie: mod.cookie })).status).toBe(403);
    expect((await t.send('GET', '/api/audit')).status).toBe(401);
    expect((await t.send('GET', '/api/audit', { cookie: admin.cookie })).status).toBe(200);
  });
});

describe('audit of IM calls', () => {
  it('records writes and content reads before forwarding, plain reads not at all', async () => {
    const t = setup();
    await addOperator(t.access, 'root', 'admin');
    const { cookie } = await t.login('root');
    await t.im(cookie);
    await t.im(cookie, 'im_open_login_svc/account_import', '{"UserID":"alice"}');
    await t.im(
      cookie,
      'openim/admin_getroammsg',
      '{"Operator_Account":"a","Peer_Account":"b","MaxCnt":10,"MinTime":1,"MaxTime":2}',
    );
    const rows = t.db
      .prepare(
        "SELECT kind, endpoint, result, http_status FROM audit_log WHERE kind IN ('im_call','content_read') ORDER BY id",
      )
      .all();
    expect(rows).toEqual([
      { kind: 'im_call', endpoint: 'im_open_login_svc/account_import', result: 'ok', http_status: 200 },
      { kind: 'content_read', endpoint: 'openim/admin_getroammsg', result: 'ok', http_status: 200 },
    ]);
  });
});

describe('audit summaries of console events', () => {
  it('records every event with a structured summary whose English line is the stored text', async () => {
    const t = setup({ adminPassword: 'first admin password' });
    await bootstrapAdmin(t.access);
    await addOperator(t.access, 'root', 'admin');
    await addOperator(t.access, 'dan', 'viewer', { disabled: true });
    await t.login('nobody', 'not the password at all');
    await t.login('root', 'not the password at all');
    await t.login('dan');
    const root = await t.login('root');
    const other = await t.login('root');
    const created = await t.send('POST', '/api/operators', {
      cookie: root.cookie,
      body: { username: 'mia', role: 'marketing', password: 'mia password 1' },
    });
    const mia = createdOperatorSchema.parse(await created.json()).operator;
    const patch = (body: object) =>
      t.send('PATCH', `/api/operators/${mia.id}`, { cookie: root.cookie, body });
    await patch({ role: 'viewer', displayName: 'Mia' });
    await patch({ disabled: true });
    await patch({ disabled: false });
    await patch({ displayName: 'Mia' });
    await t.send('POST', `/api/operators/${mia.id}/password`, { cookie: root.cookie, body: '' });
    await t.send('POST', '/api/session/password', {
      cookie: root.cookie,
      body: { currentPassword: TEST_PASSWORD, newPassword: 'root chose this one' },
    });
    await addOperator(t.access, 'sam', 'support');
    await t.login('sam');
    const sessions = sessionListSchema.parse(
      await (await t.send('GET', '/api/sessions', { cookie: root.cookie })).json(),
    ).sessions;
    await t.send('DELETE', `/api/sessions/${sessions.find((s) => s.username === 'sam')!.id}`, {
      cookie: root.cookie,
    });
    const rootAgain = await t.login('root', 'root chose this one');
    await t.send('DELETE', `/api/sessions/${sessions.find((s) => s.current)!.id}`, {
      cookie: rootAgain.cookie,
    });
    await t.send('POST', '/api/session/logout', { cookie: rootAgain.cookie });
    expect(other.res.status).toBe(200);

    const rows = t.db.prepare('SELECT summary, summary_data FROM audit_log ORDER BY id').all() as {
      summary: string;
      summary_data: string;
    }[];
    const data = rows.map((r) => auditSummarySchema.parse(JSON.parse(r.summary_data)));
    expect(rows.map((r) => r.summary)).toEqual(data.map((d) => renderAuditSummary(d, 'en')));
    expect(rows.map((r) => r.summary)).toEqual([
      'created the first operator admin (admin) at first start',
      'failed login as an unknown account from unknown',
      'failed login as "root" from unknown',
      'refused login of disabled operator dan from unknown',
      'login from unknown',
      'login from unknown',
      'created operator mia (marketing)',
      'changed operator mia: role marketing → viewer, display name',
      'changed operator mia: disabled (sessions ended)',
      'changed operator mia: enabled',
      'changed operator mia: nothing',
      'reset the password of mia (sessions ended; must choose a new one)',
      'root changed their own password (their other sessions were ended)',
      'login from unknown',
      'revoked a session of sam (from unknown)',
      'login from unknown',
      'revoked own session from unknown',
      'logout from unknown',
    ]);
    expect(data.map((d) => renderAuditSummary(d, 'zh')).slice(0, 8)).toEqual([
      '首次启动时创建了第一个操作员 admin（管理员）',
      '从 unknown 以未知账号登录失败',
      '从 unknown 以“root”登录失败',
      '拒绝了已停用的操作员 dan 从 unknown 登录',
      '从 unknown 登录',
      '从 unknown 登录',
      '创建了操作员 mia（运营）',
      '修改了操作员 mia：角色 运营 → 只读、显示名称',
    ]);
  });
});
