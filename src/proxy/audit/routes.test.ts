import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { auditEntryDetailSchema, auditPageSchema } from '../../api/console-api';
import { csvCell, parseCsv } from '../../api/csv';
import { endpoints } from '../../api/endpoints';
import { proxyErrorSchema } from '../../api/proxy-error';
import type { Role } from '../../api/roles';
import { buildProxy } from '../app';
import { addOperator, cookieFor, testScrypt } from '../auth/testing';
import { openDatabase, type Db } from '../db/database';
import type { ProxyEnv } from '../request-id';
import { createAuditLog } from './audit-log';
import { listSql } from './query';
import { auditRoutes } from './routes';
import type { AuditActor } from './types';

const T0 = Date.parse('2026-11-01T00:00:00Z');
const enc = new TextEncoder();
const mia: AuditActor = { operatorId: 2, username: 'mia', role: 'marketing', ip: '10.0.0.2' };
const admin: AuditActor = { operatorId: 1, username: 'admin', role: 'admin', ip: '127.0.0.1' };

function app(db: Db): Hono<ProxyEnv> {
  const root = new Hono<ProxyEnv>();
  root.use(async (c, next) => {
    c.set('requestId', 'test');
    await next();
  });
  root.route('/api/audit', auditRoutes({ db }));
  return root;
}

/** Six entries, one a minute from T0: pushes by mia, a delete by admin, logins. */
function seeded() {
  const db = openDatabase(':memory:');
  let now = T0;
  const log = createAuditLog(db, { nowMs: () => now });
  const tick = () => (now += 60_000);
  const push = () =>
    log.beginCall({
      actor: mia,
      endpoint: endpoints['all_member_push/im_push'],
      kind: 'im_call',
      requestId: `r${now}`,
      body: '{"MsgRandom":1,"MsgBody":[]}',
    });
  const a = push();
  log.finishCall(a, {
    httpStatus: 200,
    answer: enc.encode('{"ActionStatus":"OK","ErrorCode":0}'),
    durationMs: 5,
  });
  tick();
  log.record({ kind: 'login', actor: admin, ip: admin.ip, summary: { type: 'login', ip: admin.ip } });
  tick();
  const del = log.beginCall({
    actor: admin,
    endpoint: endpoints['im_open_login_svc/account_delete'],
    kind: 'im_call',
    requestId: 'del',
    body: '{"DeleteItem":[{"UserID":"x"},{"UserID":"=cmd()"}]}',
  });
  log.finishCall(del, {
    httpStatus: 200,
    answer: enc.encode(
      '{"ActionStatus":"OK","ErrorCode":0,"ResultItem":[{"UserID":"x","ResultCode":70107}]}',
    ),
    durationMs: 8,
  });
  tick();
  push(); // left pending
  tick();
  log.record({
    kind: 'login_failed',
    actor: null,
    ip: '10.9.9.9',
    summary: { type: 'loginFailed', username: 'ghost', ip: '10.9.9.9', locked: false },
  });
  tick();
  const b = push();
  log.finishCall(b, {
    httpStatus: 200,
    answer: enc.encode('{"ActionStatus":"FAIL","ErrorCode":90001}'),
    durationMs: 2,
  });
  return { db, del, http: app(db) };
}

async function page(http: Hono<ProxyEnv>, qs: string) {
  const res = await http.request(`/api/audit${qs}`);
  expect(res.status).toBe(200);
  return auditPageSchema.parse(await res.json());
}

describe('GET /api/audit', () => {
  it('lists newest first and pages with nextCursor until null', async () => {
    const { http } = seeded();
    const first = await page(http, '?limit=4');
    expect(first.entries.map((e) => e.id)).toEqual([6, 5, 4, 3]);
    expect(first.nextCursor).toBe('3');
    const second = await page(http, `?limit=4&cursor=${first.nextCursor}`);
    expect(second.entries.map((e) => e.id)).toEqual([2, 1]);
    expect(second.nextCursor).toBeNull();
    expect(first.entries[3]).toMatchObject({
      endpoint: 'im_open_login_svc/account_delete',
      access: 'dangerous',
      result: 'partial',
      failedItems: 1,
      username: 'admin',
      summary: 'account_delete of 2 accounts',
      summaryData: { type: 'call', command: 'account_delete', batch: { noun: 'account', count: 2 } },
      at: '2026-11-01T00:02:00.000Z',
    });
    expect(second.entries.map((e) => e.summaryData)).toEqual([
      { type: 'login', ip: '127.0.0.1' },
      { type: 'call', command: 'im_push', target: { type: 'allUsers' } },
    ]);
  });

  it('filters by operator, endpoint, kind, result and time range', async () => {
    const { http } = seeded();
    const ids = async (qs: string) => (await page(http, qs)).entries.map((e) => e.id);
    expect(await ids('?operator=mia')).toEqual([6, 4, 1]);
    expect(await ids('?endpoint=all_member_push/im_push&result=pending')).toEqual([4]);
    expect(await ids('?result=im_error')).toEqual([6]);
    expect(await ids('?kind=login_failed')).toEqual([5]);
    expect(await ids('?from=2026-11-01T00:01:00Z&to=2026-11-01T00:04:00Z')).toEqual([4, 3, 2]);
    expect(await ids('?from=2026-11-01T08:01:00%2B08:00')).toEqual([6, 5, 4, 3, 2]);
    expect(await ids('?from=2027-01-01T00:00:00Z')).toEqual([]);
    expect(await ids('?to=2026-11-01T00:00:00Z')).toEqual([]);
    expect(await ids('?operator=nobody')).toEqual([]);
  });

  it('answers 400 naming the field for bad filters', async () => {
    const { http } = seeded();
    for (const [qs, field] of [
      ['?kind=explode', 'kind'],
      ['?result=maybe', 'result'],
      ['?from=yesterday', 'from'],
      ['?limit=0', 'limit'],
      ['?limit=501', 'limit'],
      ['?cursor=abc', 'cursor'],
      ['?cursor=-1', 'cursor'],
    ] as const) {
      const res = await http.request(`/api/audit${qs}`);
      expect(res.status, qs).toBe(400);
      const body = proxyErrorSchema.parse(await res.json());
      expect(body.error.kind).toBe('invalid_request');
      expect(
        body.error.issues?.map((i) => i.path),
        qs,
      ).toEqual([field]);
    }
  });
});

describe('GET /api/audit/:id', () => {
  it('answers the entry with its bodies', async () => {
    const { http, del } = seeded();
    const res = await http.request(`/api/audit/${del}`);
    expect(res.status).toBe(200);
    const entry = auditEntryDetailSchema.parse(await res.json());
    expect(entry).toMatchObject({
      id: del,
      requestBody: '{"DeleteItem":[{"UserID":"x"},{"UserID":"=cmd()"}]}',
      requestTruncated: false,
      responseTruncated: false,
      requestId: 'del',
      summary: 'account_delete of 2 accounts',
      summaryData: { type: 'call', command: 'account_delete', batch: { noun: 'account', count: 2 } },
    });
    expect(JSON.parse(entry.responseBody!)).toMatchObject({ ActionStatus: 'OK' });
  });

  it('answers 404 not_found for an unknown or malformed id', async () => {
    const { http } = seeded();
    for (const id of ['999', 'abc', '0', '1.5']) {
      const res = await http.request(`/api/audit/${id}`);
      expect(res.status, id).toBe(404);
      expect(proxyErrorSchema.parse(await res.json()).error.kind).toBe('not_found');
    }
  });

  it('has no route that edits or deletes an entry', async () => {
    const { http, db } = seeded();
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      for (const path of ['/api/audit', '/api/audit/1']) {
        const res = await http.request(path, { method, body: '{"result":"ok"}' });
        expect(res.status, `${method} ${path}`).toBe(404);
      }
    }
    expect(db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 6 });
  });
});

/** The rows of a CSV answer, which must parse cleanly and end with CRLF. */
function parseCsvRows(text: string): string[][] {
  const { records, errors } = parseCsv(text);
  expect(errors).toEqual([]);
  expect(text.endsWith('\r\n')).toBe(true);
  return records.map((r) => r.cells);
}

describe('GET /api/audit/export.csv', () => {
  it('streams every matching entry with a header row, quoted and defused', async () => {
    const { http } = seeded();
    const res = await http.request('/api/audit/export.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="audit-.*\.csv"$/);
    const rows = parseCsvRows(await res.text());
    expect(rows[0]).toContain('summary');
    expect(rows.slice(1).map((r) => r[0])).toEqual(['6', '5', '4', '3', '2', '1']);
    const failed = rows.find((r) => r[2] === 'login_failed')!;
    expect(failed[rows[0]!.indexOf('summary')]).toBe('failed login as "ghost" from 10.9.9.9');
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
  });

  it('applies the filters and pages through more than one batch', async () => {
    const db = openDatabase(':memory:');
    let now = T0;
    const log = createAuditLog(db, { nowMs: () => now++ });
    for (let i = 0; i < 2_345; i++) {
      const kind = i % 2 ? 'login' : 'logout';
      log.record({ kind, actor: admin, ip: admin.ip, summary: { type: kind, ip: `n${i}` } });
    }
    const res = await app(db).request('/api/audit/export.csv?kind=login');
    const rows = parseCsvRows(await res.text());
    expect(rows).toHaveLength(1 + 1_172);
    expect(new Set(rows.slice(1).map((r) => r[0])).size).toBe(1_172);
    expect(rows.slice(1).every((r) => r[2] === 'login')).toBe(true);
  });

  it('answers 400 for bad filters', async () => {
    const { http } = seeded();
    expect((await http.request('/api/audit/export.csv?result=nope')).status).toBe(400);
  });

  it('defuses formula cells and quotes per RFC 4180', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+x')).toBe("'+x");
    expect(csvCell('-x')).toBe("'-x");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('a,"b"\r\nc')).toBe('"a,""b""\r\nc"');
    expect(csvCell('=a,b')).toBe('"\'=a,b"');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
    expect(csvCell('plain')).toBe('plain');
  });
});

describe('paging over 200,000 entries', () => {
  it('every page query is an index search, never a scan or a sort', async () => {
    const db = openDatabase(':memory:');
    // One INSERT … SELECT over a counter: i-th entry one second after the previous one, spread
    // over 50 operators, 100 endpoints, 4 kinds and 5 results.
    db.exec(`WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 199999)
      INSERT INTO audit_log (at_ms, kind, username, endpoint, result, summary)
      SELECT ${T0} + i * 1000,
        CASE i % 4 WHEN 0 THEN 'im_call' WHEN 1 THEN 'content_read' WHEN 2 THEN 'login' ELSE 'logout' END,
        'op' || (i % 50), 'svc/cmd' || (i % 100),
        CASE i % 5 WHEN 0 THEN 'ok' WHEN 1 THEN 'partial' WHEN 2 THEN 'im_error' WHEN 3 THEN 'refused' ELSE 'failed' END,
        's' FROM n`);
    expect(db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 200_000 });

    const plan = (sql: { sql: string; params: Record<string, string | number> } | null) => {
      expect(sql).not.toBeNull();
      return (db.prepare(`EXPLAIN QUERY PLAN ${sql!.sql}`).all(sql!.params) as { detail: string }[])
        .map((r) => r.detail)
        .join(' | ');
    };
    const shapes = [
      { operator: 'op7' },
      { endpoint: 'svc/cmd3' },
      { kind: 'login' as const },
      { result: 'failed' as const },
      { from: '2026-11-02T00:00:00Z', to: '2026-11-02T01:00:00Z' },
      { operator: 'op7', result: 'ok' as const, from: '2026-11-01T10:00:00Z' },
      {},
    ];
    for (const shape of shapes) {
      for (const beforeId of [undefined, 150_000]) {
        const p = plan(listSql(db, { ...shape, beforeId }, 101));
        const label = `${JSON.stringify(shape)} before ${beforeId}: ${p}`;
        expect(p, label).not.toMatch(/TEMP B-TREE/);
        if (Object.keys(shape).length > 0 || beforeId !== undefined) {
          expect(p, label).toMatch(/^SEARCH audit_log USING (INDEX audit_log_\w+|INTEGER PRIMARY KEY)/);
        } else {
          // No filter at all: the newest rows, read backwards along the primary key and stopped at the limit.
          expect(p, label).toBe('SCAN audit_log');
        }
      }
    }

    // And the answers are right: a deep page of one operator, and the time range's edges.
    const http = app(db);
    const deep = await page(http, '?operator=op7&cursor=150000&limit=3');
    expect(deep.entries.map((e) => e.id)).toEqual([149958, 149908, 149858]);
    const range = await page(http, '?from=2026-11-02T00:00:00Z&to=2026-11-02T00:00:03Z');
    expect(range.entries.map((e) => e.at)).toEqual([
      '2026-11-02T00:00:02.000Z',
      '2026-11-02T00:00:01.000Z',
      '2026-11-02T00:00:00.000Z',
    ]);
  }, 120_000);
});

describe('the audit log in the proxy', () => {
  it("shows an admin the marketer's push, refuses other roles, and never forwards a write unrecorded", async () => {
    const upstreamBodies: string[] = [];
    const parts = buildProxy({
      config: {
        sdkAppId: 1400000001,
        secretKey: 'audit-test-key',
        admin: 'administrator',
        region: null,
        baseUrl: 'http://upstream.invalid',
        port: 0,
        host: '127.0.0.1',
        dataDir: './unused',
        upstreamTimeoutMs: 1_000,
        userSigTtlSeconds: 86_400,
      },
      upstream: async (_url, init) => {
        upstreamBodies.push(String(init?.body));
        return new Response('{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}');
      },
      logger: { info: () => {}, warn: () => {} },
      scrypt: testScrypt,
    });
    const { app: http, access } = parts;
    const cookie = async (username: string, role: Role) =>
      cookieFor(access, (await addOperator(access, username, role)).id);
    const [admin, mia, vic] = [
      await cookie('root', 'admin'),
      await cookie('mia', 'marketing'),
      await cookie('vic', 'viewer'),
    ];
    const push = fixture('all_member_push/im_push');
    const res = await http.request('http://127.0.0.1/api/im/all_member_push/im_push', {
      method: 'POST',
      headers: { cookie: mia, 'content-type': 'application/json' },
      body: push,
    });
    expect(res.status).toBe(200);
    expect(upstreamBodies).toEqual([push]);

    const list = await http.request('http://127.0.0.1/api/audit?operator=mia', {
      headers: { cookie: admin },
    });
    expect(list.status).toBe(200);
    const { entries } = auditPageSchema.parse(await list.json());
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      kind: 'im_call',
      username: 'mia',
      role: 'marketing',
      endpoint: 'all_member_push/im_push',
      result: 'ok',
      httpStatus: 200,
      summary: 'im_push to users tagged any of [stock A, stock B]',
      summaryData: {
        type: 'call',
        command: 'im_push',
        target: { type: 'segment', condition: { tagsOr: ['stock A', 'stock B'] } },
      },
    });
    const detail = await http.request(`http://127.0.0.1/api/audit/${entries[0]!.id}`, {
      headers: { cookie: admin },
    });
    expect(auditEntryDetailSchema.parse(await detail.json()).requestBody).toBe(push);

    for (const [who, status] of [
      [mia, 403],
      [vic, 403],
      ['', 401],
    ] as const) {
      for (const path of ['/api/audit', '/api/audit/1', '/api/audit/export.csv']) {
        const refused = await http.request(`http://127.0.0.1${path}`, {
          headers: who ? { cookie: who } : {},
        });
        expect(refused.status, `${path} ${who}`).toBe(status);
      }
    }
    const del = await http.request(`http://127.0.0.1/api/audit/${entries[0]!.id}`, {
      method: 'DELETE',
      headers: { cookie: admin },
    });
    expect(del.status).toBe(404);
    parts.close();
  });
});

function fixture(path: string): string {
  const f = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../api/fixtures', `${path}.json`), 'utf8'),
  ) as {
    requests: unknown[];
  };
  return JSON.stringify(f.requests[0]);
}
