import { describe, expect, it } from 'vitest';
import { pushLogEntrySchema, pushLogPageSchema } from '../../api/push-log';
import { proxyErrorSchema } from '../../api/proxy-error';
import type { Role } from '../../api/roles';
import { buildProxy, type ProxyDeps } from '../app';
import { addOperator, cookieFor, testScrypt } from '../auth/testing';
import type { AuditActor } from '../audit/types';
import { openDatabase } from '../db/database';
import { createPushLog, pushFinishOf, type PushLog } from './push-log';

const T0 = Date.parse('2026-11-01T00:00:00Z');
const enc = new TextEncoder();
const mia: AuditActor = { operatorId: 2, username: 'mia', role: 'marketing', ip: '10.0.0.2' };
const root: AuditActor = { operatorId: 1, username: 'root', role: 'admin', ip: '127.0.0.1' };

const text = (t: string) => [{ MsgType: 'TIMTextElem', MsgContent: { Text: t } }];
const toTags = {
  MsgRandom: 1,
  MsgBody: text('Spring sale'),
  Condition: { TagsAnd: ['vip', 'beijing'] },
};
const toAll = { MsgRandom: 2, MsgBody: text('你好 everyone') };
const toAttrs = { MsgRandom: 3, MsgBody: text('Gold only'), Condition: { AttrsOr: { level: 'gold' } } };

type Upstream = NonNullable<ProxyDeps['upstream']>;

async function proxy(upstream: Upstream, extra: Partial<ProxyDeps> = {}) {
  const parts = buildProxy({
    config: {
      sdkAppId: 1400000001,
      secretKey: 'push-log-test-key',
      admin: 'administrator',
      region: null,
      baseUrl: 'http://upstream.invalid',
      port: 0,
      host: '127.0.0.1',
      dataDir: './unused',
      upstreamTimeoutMs: 200,
      userSigTtlSeconds: 86_400,
    },
    upstream,
    logger: { info: () => {}, warn: () => {} },
    scrypt: testScrypt,
    ...extra,
  });
  const cookie = async (username: string, role: Role) =>
    cookieFor(parts.access, (await addOperator(parts.access, username, role)).id);
  const call = (path: string, cookieHeader: string, body?: unknown) =>
    parts.app.request(`http://127.0.0.1${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        cookie: cookieHeader,
        'content-type': 'application/json',
        origin: 'http://127.0.0.1',
        'sec-fetch-site': 'same-origin',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  return { ...parts, cookie, call };
}

const answer = (json: unknown) => async () => new Response(JSON.stringify(json));

describe('push log through the proxy', () => {
  it('records a push sent by an operator with its TaskId, readable by a viewer', async () => {
    const p = await proxy(answer({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '', TaskId: 'task-1' }));
    const mkt = await p.cookie('mia', 'marketing');
    const viewer = await p.cookie('vic', 'viewer');
    const res = await p.call('/api/im/all_member_push/im_push', mkt, toTags);
    expect(res.status).toBe(200);
    const requestId = res.headers.get('x-request-id');

    const list = await p.call('/api/console/push-log', viewer);
    expect(list.status).toBe(200);
    const page = pushLogPageSchema.parse(await list.json());
    expect(page.nextCursor).toBeNull();
    expect(page.entries).toHaveLength(1);
    const e = page.entries[0]!;
    expect(e).toMatchObject({
      operator: 'mia',
      role: 'marketing',
      audience: 'tags',
      taskId: 'task-1',
      outcome: 'ok',
      actionStatus: 'OK',
      errorCode: 0,
      requestId,
      request: toTags,
    });
    expect(e.finishedAt).not.toBeNull();

    const one = await p.call(`/api/console/push-log/${e.id}`, viewer);
    expect(pushLogEntrySchema.parse(await one.json())).toEqual(e);
    expect((await p.call('/api/console/push-log/999', viewer)).status).toBe(404);
    expect((await p.call('/api/console/push-log/abc', viewer)).status).toBe(404);
    // Other endpoints are not push-logged.
    await p.call('/api/im/all_member_push/im_add_tag', mkt, {
      UserTags: [{ To_Account: 'u1', Tags: ['vip'] }],
    });
    expect(
      pushLogPageSchema.parse(await (await p.call('/api/console/push-log', viewer)).json()).entries,
    ).toHaveLength(1);
  });

  it('refuses the log to anyone not signed in', async () => {
    const p = await proxy(answer({ ActionStatus: 'OK', ErrorCode: 0 }));
    const res = await p.call('/api/console/push-log', '');
    expect(res.status).toBe(401);
  });

  it('keeps no entry for a push the role may not send, or a body the contract refuses', async () => {
    let upstreamCalls = 0;
    const p = await proxy(async () => (upstreamCalls++, new Response('{"ActionStatus":"OK","ErrorCode":0}')));
    const viewer = await p.cookie('vic', 'viewer');
    const mkt = await p.cookie('mia', 'marketing');
    expect((await p.call('/api/im/all_member_push/im_push', viewer, toAll)).status).toBe(403);
    expect((await p.call('/api/im/all_member_push/im_push', mkt, { MsgBody: [] })).status).toBe(400);
    const page = pushLogPageSchema.parse(await (await p.call('/api/console/push-log', viewer)).json());
    expect(page.entries).toEqual([]);
    expect(upstreamCalls).toBe(0);
  });

  it('lists a push as pending before it goes upstream, and keeps it pending when the answer is lost', async () => {
    let seenWhileSending: unknown;
    const p = await proxy(async () => {
      seenWhileSending = p.db.prepare('SELECT outcome, finished_ms FROM push_log').all();
      return new Promise<Response>(() => {}); // never answers: the proxy times out
    });
    const mkt = await p.cookie('mia', 'marketing');
    const res = await p.call('/api/im/all_member_push/im_push', mkt, toAll);
    expect(res.status).toBe(504);
    expect(seenWhileSending).toEqual([{ outcome: 'pending', finished_ms: null }]);
    const page = pushLogPageSchema.parse(await (await p.call('/api/console/push-log', mkt)).json());
    expect(page.entries[0]).toMatchObject({ outcome: 'pending', taskId: null, audience: 'all' });
    expect(page.entries[0]!.errorInfo).toMatch(/did not answer/);
    expect(page.entries[0]!.finishedAt).not.toBeNull();
  });

  it('records an IM error as failed with its code and info', async () => {
    const p = await proxy(
      answer({ ActionStatus: 'FAIL', ErrorCode: 90024, ErrorInfo: 'push too frequently' }),
    );
    const mkt = await p.cookie('mia', 'marketing');
    expect((await p.call('/api/im/all_member_push/im_push', mkt, toAttrs)).status).toBe(200);
    const page = pushLogPageSchema.parse(await (await p.call('/api/console/push-log', mkt)).json());
    expect(page.entries[0]).toMatchObject({
      outcome: 'failed',
      errorCode: 90024,
      errorInfo: 'push too frequently',
      audience: 'attrs',
      taskId: null,
    });
  });

  it('does not send a push it could not record', async () => {
    let upstreamCalls = 0;
    const broken: PushLog = {
      begin: () => {
        throw new Error('disk full');
      },
      finish: () => {},
    };
    const p = await proxy(
      async () => (upstreamCalls++, new Response('{"ActionStatus":"OK","ErrorCode":0}')),
      {
        pushLog: broken,
      },
    );
    const mkt = await p.cookie('mia', 'marketing');
    const res = await p.call('/api/im/all_member_push/im_push', mkt, toAll);
    expect(res.status).toBe(503);
    expect(proxyErrorSchema.parse(await res.json()).error.message).toMatch(/push log could not record/);
    expect(upstreamCalls).toBe(0);
  });
});

/** Five pushes one minute apart from T0: mia (tags ok, all failed, attrs pending), root (all ok, tags ok). */
function seeded() {
  const db = openDatabase(':memory:');
  let now = T0;
  const log = createPushLog(db, { nowMs: () => now, logger: { info: () => {}, warn: () => {} } });
  const add = (actor: AuditActor, body: unknown, end: Parameters<PushLog['finish']>[1] | null) => {
    const id = log.begin({ actor, requestId: `r${now}`, body: JSON.stringify(body) });
    if (end) log.finish(id, end);
    now += 60_000;
    return id;
  };
  const ok = (task: string) => ({
    answer: enc.encode(JSON.stringify({ ActionStatus: 'OK', ErrorCode: 0, TaskId: task })),
  });
  add(mia, toTags, ok('T-1'));
  add(mia, toAll, {
    answer: enc.encode('{"ActionStatus":"FAIL","ErrorCode":90047,"ErrorInfo":"daily limit"}'),
  });
  add(mia, toAttrs, null);
  add(root, toAll, ok('T-4'));
  add(root, { ...toTags, MsgBody: text('100%_off') }, ok('T-5'));
  return { db, log };
}

describe('push log queries', () => {
  async function list(qs: string) {
    const { db } = seeded();
    const { pushLogRoutes } = await import('./routes');
    const { Hono } = await import('hono');
    const app = new Hono();
    app.route('/pl', pushLogRoutes({ db }) as never);
    return app.request(`http://x/pl?${qs}`);
  }
  const ids = async (qs: string) =>
    pushLogPageSchema.parse(await (await list(qs)).json()).entries.map((e) => e.taskId ?? e.id);

  it('filters by operator, outcome, audience, time and text, newest first', async () => {
    expect(await ids('')).toEqual(['T-5', 'T-4', 3, 2, 'T-1']);
    expect(await ids('operator=root')).toEqual(['T-5', 'T-4']);
    expect(await ids('outcome=pending')).toEqual([3]);
    expect(await ids('outcome=failed')).toEqual([2]);
    expect(await ids('audience=all')).toEqual(['T-4', 2]);
    expect(await ids('audience=tags&operator=mia')).toEqual(['T-1']);
    expect(
      await ids(`from=${new Date(T0 + 60_000).toISOString()}&to=${new Date(T0 + 180_000).toISOString()}`),
    ).toEqual([3, 2]);
    expect(await ids(`from=${new Date(T0 + 3_600_000).toISOString()}`)).toEqual([]);
    expect(await ids('q=beijing')).toEqual(['T-5', 'T-1']);
    expect(await ids('q=BEIJING')).toEqual(['T-5', 'T-1']);
    expect(await ids('q=t-4')).toEqual(['T-4']);
    expect(await ids(`q=${encodeURIComponent('你好')}`)).toEqual(['T-4', 2]);
    // LIKE wildcards are taken literally.
    expect(await ids(`q=${encodeURIComponent('%_')}`)).toEqual(['T-5']);
    expect(await ids(`q=${encodeURIComponent('"Text":"Gold')}`)).toEqual([3]);
  });

  it('pages with a cursor', async () => {
    const first = pushLogPageSchema.parse(await (await list('limit=2')).json());
    expect(first.entries.map((e) => e.taskId)).toEqual(['T-5', 'T-4']);
    expect(first.nextCursor).toBe('4');
    const second = pushLogPageSchema.parse(await (await list('limit=2&cursor=4')).json());
    expect(second.entries.map((e) => e.id)).toEqual([3, 2]);
    const last = pushLogPageSchema.parse(await (await list('limit=2&cursor=2')).json());
    expect(last.entries.map((e) => e.id)).toEqual([1]);
    expect(last.nextCursor).toBeNull();
  });

  it('refuses a bad filter naming the field and the rule', async () => {
    const bad = async (qs: string) => proxyErrorSchema.parse(await (await list(qs)).json()).error.issues;
    expect(await bad('outcome=maybe')).toEqual([expect.objectContaining({ path: 'outcome' })]);
    expect(await bad('limit=0')).toEqual([{ path: 'limit', message: 'must be 1 to 500' }]);
    expect(await bad('cursor=x')).toEqual([
      { path: 'cursor', message: 'must be the nextCursor of a previous page' },
    ]);
    expect(await bad(`from=${new Date(T0).toISOString()}&to=${new Date(T0).toISOString()}`)).toEqual([
      { path: 'to', message: 'must be later than from' },
    ]);
  });
});

describe('push log storage', () => {
  it('is append-only: no delete, no second finish, no edit of what was sent', () => {
    const { db, log } = seeded();
    expect(() => db.prepare('DELETE FROM push_log WHERE id = 1').run()).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE push_log SET request_body = '{}' WHERE id = 3").run()).toThrow(
      /append-only/,
    );
    expect(() => db.prepare("UPDATE push_log SET outcome = 'failed' WHERE id = 1").run()).toThrow(
      /append-only/,
    );
    // Finishing twice is ignored by the log (the trigger and the WHERE guard).
    log.finish(1, { answer: enc.encode('{"ActionStatus":"FAIL","ErrorCode":1}') });
    expect(db.prepare('SELECT outcome, task_id FROM push_log WHERE id = 1').get()).toEqual({
      outcome: 'ok',
      task_id: 'T-1',
    });
    // The pending one can still be finished, once.
    log.finish(3, { answer: enc.encode('{"ActionStatus":"OK","ErrorCode":0,"TaskId":"late"}') });
    expect(db.prepare('SELECT outcome, task_id FROM push_log WHERE id = 3').get()).toEqual({
      outcome: 'ok',
      task_id: 'late',
    });
  });

  it('reads outcomes from answers and proxy errors', () => {
    expect(pushFinishOf({ proxyErrorKind: 'upstream_unreachable', message: 'refused' }).outcome).toBe(
      'failed',
    );
    expect(pushFinishOf({ proxyErrorKind: 'upstream_bad_answer', message: 'HTTP 502' })).toMatchObject({
      outcome: 'pending',
      errorInfo: 'HTTP 502',
    });
    expect(pushFinishOf({ answer: enc.encode('not json') }).outcome).toBe('pending');
    expect(pushFinishOf({ answer: enc.encode('{"ActionStatus":"OK","ErrorCode":0,"TaskId":"x"}') })).toEqual({
      outcome: 'ok',
      taskId: 'x',
      actionStatus: 'OK',
      errorCode: 0,
      errorInfo: null,
    });
  });
});
