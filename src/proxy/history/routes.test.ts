import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { AUDIT_BODY_MAX_BYTES } from '../../api/console-api';
import { endpoints } from '../../api/endpoints';
import { modifiedListSchema } from '../../api/history-api';
import { proxyErrorSchema } from '../../api/proxy-error';
import { buildProxy } from '../app';
import { createAuditLog } from '../audit/audit-log';
import { addOperator, cookieFor, testScrypt } from '../auth/testing';
import { openDatabase } from '../db/database';
import type { ProxyEnv } from '../request-id';
import { testProxyConfig } from '../testing';
import { historyRoutes } from './routes';

const config = testProxyConfig({ access: { sessionIdleMinutes: 600, sessionMaxHours: 24 } });
const OK = '{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}';
const NOT_FOUND = '{"ActionStatus":"FAIL","ErrorCode":20026,"ErrorInfo":"message does not exist"}';
const enc = new TextEncoder();

/** A proxy over a fake IM service that refuses MsgKey `9_9_9` and accepts everything else. */
async function setup() {
  let now = Date.parse('2026-11-20T10:00:00Z');
  const parts = buildProxy({
    config,
    upstream: async (_url, init) =>
      new Response(String(init?.body ?? '').includes('"9_9_9"') ? NOT_FOUND : OK),
    nowMs: () => (now += 1000),
    logger: { info: () => {}, warn: () => {} },
    scrypt: testScrypt,
  });
  const admin = await addOperator(parts.access, 'root', 'admin');
  const support = await addOperator(parts.access, 'sam', 'support');
  const viewer = await addOperator(parts.access, 'vera', 'viewer');
  const cookies = {
    admin: cookieFor(parts.access, admin.id),
    support: cookieFor(parts.access, support.id),
    viewer: cookieFor(parts.access, viewer.id),
  };
  const modify = (body: object, cookie = cookies.admin) =>
    parts.app.request('http://127.0.0.1/api/im/openim/modify_c2c_msg', {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
    });
  const list = (query: string, cookie: string | null = cookies.support) =>
    parts.app.request(`http://127.0.0.1/api/history/modified?${query}`, {
      headers: cookie ? { Cookie: cookie } : {},
    });
  return { ...parts, cookies, modify, list };
}

const text = (t: string) => [{ MsgType: 'TIMTextElem', MsgContent: { Text: t } }];

describe('GET /api/history/modified', () => {
  it('lists successful modifications of the pair, both directions, newest first', async () => {
    const { modify, list } = await setup();
    expect(
      (await modify({ From_Account: 'alice', To_Account: 'bob', MsgKey: '1_2_3', MsgBody: text('x') }))
        .status,
    ).toBe(200);
    await modify({ From_Account: 'bob', To_Account: 'alice', MsgKey: '4_5_6', CloudCustomData: '{}' });
    await modify({
      From_Account: 'alice',
      To_Account: 'carol',
      MsgKey: '7_8_9',
      MsgBody: text('other pair'),
    });
    await modify({ From_Account: 'alice', To_Account: 'bob', MsgKey: '9_9_9', MsgBody: text('refused') });

    const res = await list('viewpoint=alice&peer=bob');
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const body = modifiedListSchema.parse(await res.json());
    expect(body.truncated).toBe(false);
    expect(body.entries.map((e) => [e.msgKey, e.from, e.to, e.fields, e.operator])).toEqual([
      ['4_5_6', 'bob', 'alice', ['CloudCustomData'], 'root'],
      ['1_2_3', 'alice', 'bob', ['MsgBody'], 'root'],
    ]);
    expect(Date.parse(body.entries[0]!.at)).toBeGreaterThan(Date.parse(body.entries[1]!.at));

    // The other side's view asks the same question the other way round.
    const swapped = modifiedListSchema.parse(await (await list('viewpoint=bob&peer=alice')).json());
    expect(swapped.entries.map((e) => e.msgKey)).toEqual(['4_5_6', '1_2_3']);
    const carol = modifiedListSchema.parse(await (await list('viewpoint=carol&peer=alice')).json());
    expect(carol.entries.map((e) => e.msgKey)).toEqual(['7_8_9']);
  });

  it('needs a session and messages.readPrivate', async () => {
    const { list, cookies } = await setup();
    expect((await list('viewpoint=alice&peer=bob', null)).status).toBe(401);
    const refused = await list('viewpoint=alice&peer=bob', cookies.viewer);
    expect(refused.status).toBe(403);
    expect(proxyErrorSchema.parse(await refused.json()).error.kind).toBe('forbidden');
    expect((await list('viewpoint=alice&peer=bob', cookies.admin)).status).toBe(200);
  });

  it('names the field and the rule of a bad query', async () => {
    const { list } = await setup();
    const res = await list('viewpoint=alice');
    expect(res.status).toBe(400);
    const err = proxyErrorSchema.parse(await res.json());
    expect(err.error.kind).toBe('invalid_request');
    expect(err.error.issues?.map((i) => i.path)).toEqual(['peer']);
    const empty = proxyErrorSchema.parse(await (await list('viewpoint=&peer=bob')).json());
    expect(empty.error.issues).toEqual([{ path: 'viewpoint', message: 'must not be empty' }]);
  });
});

describe('historyRoutes over the audit log', () => {
  const actor = { operatorId: 1, username: 'root', role: 'admin' as const, ip: '127.0.0.1' };

  function withEntries(bodies: string[]) {
    const db = openDatabase(':memory:');
    let now = 1_000;
    const log = createAuditLog(db, { nowMs: () => (now += 10) });
    for (const body of bodies) {
      const id = log.beginCall({
        actor,
        endpoint: endpoints['openim/modify_c2c_msg'],
        kind: 'im_call',
        requestId: 'r',
        body,
      });
      log.finishCall(id, { httpStatus: 200, answer: enc.encode(OK), durationMs: 1 });
    }
    return db;
  }

  function app(db: ReturnType<typeof openDatabase>, limit?: number) {
    const root = new Hono<ProxyEnv>();
    root.route('/api/history', historyRoutes({ db, limit }));
    return (q: string) => root.request(`/api/history/modified?${q}`);
  }

  it('still finds a modification whose request body the audit log had to cut', async () => {
    const huge = JSON.stringify({
      From_Account: 'alice',
      To_Account: 'bob',
      MsgKey: '1_2_3',
      CloudCustomData: 'x'.repeat(AUDIT_BODY_MAX_BYTES + 10),
    });
    const db = withEntries([huge]);
    const body = modifiedListSchema.parse(await (await app(db)('viewpoint=bob&peer=alice')).json());
    expect(body.entries).toMatchObject([
      { msgKey: '1_2_3', from: 'alice', to: 'bob', fields: ['CloudCustomData'] },
    ]);
    const other = modifiedListSchema.parse(await (await app(db)('viewpoint=bob&peer=carol')).json());
    expect(other.entries).toEqual([]);
  });

  it('says when it left older entries out', async () => {
    const db = withEntries(
      ['1_1_1', '2_2_2', '3_3_3'].map((k) =>
        JSON.stringify({ From_Account: 'alice', To_Account: 'bob', MsgKey: k, MsgBody: text(k) }),
      ),
    );
    const body = modifiedListSchema.parse(await (await app(db, 2)('viewpoint=alice&peer=bob')).json());
    expect(body.entries.map((e) => e.msgKey)).toEqual(['3_3_3', '2_2_2']);
    expect(body.truncated).toBe(true);
    const all = modifiedListSchema.parse(await (await app(db, 3)('viewpoint=alice&peer=bob')).json());
    expect(all.truncated).toBe(false);
  });
});
