import { describe, expect, it } from 'vitest';
import { AUDIT_BODY_MAX_BYTES, AUDIT_TRUNCATION_MARKER } from '../../api/console-api';
import { endpoints } from '../../api/endpoints';
import { openDatabase } from '../db/database';
import { createAuditLog } from './audit-log';
import type { AuditActor } from './types';

const actor: AuditActor = { operatorId: 7, username: 'mia', role: 'marketing', ip: '10.0.0.5' };
const enc = new TextEncoder();

function setup(start = 1_700_000_000_000) {
  const db = openDatabase(':memory:');
  let now = start;
  const warnings: string[] = [];
  const log = createAuditLog(db, {
    nowMs: () => now,
    logger: { info: () => {}, warn: (l) => warnings.push(l) },
  });
  const row = (id: number) =>
    db.prepare('SELECT * FROM audit_log WHERE id = ?').get(id) as Record<string, unknown>;
  return { db, log, row, warnings, setNow: (ms: number) => (now = ms) };
}

describe('audit log', () => {
  it('records a call pending before it goes upstream, then its outcome once', () => {
    const { log, row } = setup();
    const body = JSON.stringify({ DeleteItem: [{ UserID: 'a' }, { UserID: 'b' }, { UserID: 'c' }] });
    const id = log.beginCall({
      actor,
      endpoint: endpoints['im_open_login_svc/account_delete'],
      kind: 'im_call',
      requestId: 'req-1',
      body,
    });
    expect(row(id)).toMatchObject({
      kind: 'im_call',
      result: 'pending',
      operator_id: 7,
      username: 'mia',
      role: 'marketing',
      endpoint: 'im_open_login_svc/account_delete',
      access: 'dangerous',
      request_id: 'req-1',
      ip: '10.0.0.5',
      request_body: body,
      request_truncated: 0,
      at_ms: 1_700_000_000_000,
      summary: 'account_delete of 3 accounts',
      summary_data: '{"type":"call","command":"account_delete","batch":{"noun":"account","count":3}}',
      http_status: null,
    });
    const answer = {
      ActionStatus: 'OK',
      ErrorCode: 0,
      ResultItem: [
        { UserID: 'a', ResultCode: 0 },
        { UserID: 'b', ResultCode: 70107 },
        { UserID: 'c', ResultCode: 0 },
      ],
    };
    log.finishCall(id, { httpStatus: 200, answer: enc.encode(JSON.stringify(answer)), durationMs: 12.345 });
    expect(row(id)).toMatchObject({
      result: 'partial',
      http_status: 200,
      action_status: 'OK',
      error_code: 0,
      failed_items: 1,
      duration_ms: 12.35,
      response_body: JSON.stringify(answer),
    });
  });

  it('says ok, im_error, failed and refused', () => {
    const { log, row } = setup();
    const start = () =>
      log.beginCall({
        actor,
        endpoint: endpoints['openim/sendmsg'],
        kind: 'im_call',
        requestId: 'r',
        body: '{"To_Account":"bob"}',
      });
    const ok = start();
    log.finishCall(ok, {
      httpStatus: 200,
      answer: enc.encode('{"ActionStatus":"OK","ErrorCode":0}'),
      durationMs: 1,
    });
    const imErr = start();
    log.finishCall(imErr, {
      httpStatus: 200,
      answer: enc.encode('{"ActionStatus":"FAIL","ErrorCode":90012,"ErrorInfo":"x"}'),
      durationMs: 1,
    });
    const timeout = start();
    log.finishCall(timeout, { httpStatus: 504, proxyErrorKind: 'upstream_timeout', durationMs: 1 });
    const refused = start();
    log.finishCall(refused, { httpStatus: 400, proxyErrorKind: 'invalid_request', durationMs: 1 });
    expect([ok, imErr, timeout, refused].map((id) => row(id).result)).toEqual([
      'ok',
      'im_error',
      'failed',
      'refused',
    ]);
    expect(row(imErr)).toMatchObject({ error_code: 90012, action_status: 'FAIL' });
    expect(row(ok).summary).toBe('sendmsg to bob');
  });

  it('keeps bodies whole up to 64 KiB, then cuts on a character boundary with the marker', () => {
    const { log, row } = setup();
    const exact = `{"s":"${'a'.repeat(AUDIT_BODY_MAX_BYTES - 8)}"}`;
    expect(Buffer.byteLength(exact)).toBe(AUDIT_BODY_MAX_BYTES);
    const whole = log.beginCall({
      actor,
      endpoint: endpoints['openim/sendmsg'],
      kind: 'im_call',
      requestId: 'r',
      body: exact,
    });
    expect(row(whole)).toMatchObject({ request_body: exact, request_truncated: 0 });

    // 3-byte characters put the 64 KiB cut in the middle of one.
    const big = `{"s":"${'€'.repeat(30_000)}"}`;
    const cut = log.beginCall({
      actor,
      endpoint: endpoints['openim/sendmsg'],
      kind: 'im_call',
      requestId: 'r',
      body: big,
    });
    const stored = row(cut);
    expect(stored.request_truncated).toBe(1);
    const text = stored.request_body as string;
    expect(text.endsWith(AUDIT_TRUNCATION_MARKER)).toBe(true);
    const kept = text.slice(0, -AUDIT_TRUNCATION_MARKER.length);
    expect(kept).not.toContain('\uFFFD');
    expect(big.startsWith(kept)).toBe(true);
    expect(Buffer.byteLength(kept)).toBeLessThanOrEqual(AUDIT_BODY_MAX_BYTES);
    expect(Buffer.byteLength(kept)).toBeGreaterThan(AUDIT_BODY_MAX_BYTES - 3);

    const answer = enc.encode(`{"ActionStatus":"OK","ErrorCode":0,"pad":"${'é'.repeat(40_000)}"}`);
    log.finishCall(cut, { httpStatus: 200, answer, durationMs: 3 });
    const done = row(cut);
    expect(done).toMatchObject({ result: 'ok', response_truncated: 1, action_status: 'OK' });
    expect((done.response_body as string).endsWith(AUDIT_TRUNCATION_MARKER)).toBe(true);
  });

  it('records console events finished, never with a password', () => {
    const { log, db } = setup();
    log.record({ kind: 'login', actor, ip: actor.ip, summary: { type: 'login', ip: actor.ip } });
    log.record({
      kind: 'login_failed',
      actor: null,
      ip: '10.0.0.9',
      summary: { type: 'loginFailed', username: 'ghost', ip: '10.0.0.9', locked: false },
      details: { username: 'ghost' },
    });
    const rows = db
      .prepare('SELECT kind, result, ip, username, details, summary, summary_data FROM audit_log ORDER BY id')
      .all();
    expect(rows).toEqual([
      {
        kind: 'login',
        result: 'ok',
        ip: '10.0.0.5',
        username: 'mia',
        details: null,
        summary: 'login from 10.0.0.5',
        summary_data: '{"type":"login","ip":"10.0.0.5"}',
      },
      {
        kind: 'login_failed',
        result: 'refused',
        ip: '10.0.0.9',
        username: null,
        details: '{"username":"ghost"}',
        summary: 'failed login as "ghost" from 10.0.0.9',
        summary_data: '{"type":"loginFailed","username":"ghost","ip":"10.0.0.9","locked":false}',
      },
    ]);
  });

  it('never stamps an entry earlier than the one before it', () => {
    const { log, row, setNow } = setup(2_000);
    const a = log.beginCall({
      actor,
      endpoint: endpoints['openim/sendmsg'],
      kind: 'im_call',
      requestId: 'r',
      body: '{}',
    });
    setNow(1_000);
    const b = log.beginCall({
      actor,
      endpoint: endpoints['openim/sendmsg'],
      kind: 'im_call',
      requestId: 'r',
      body: '{}',
    });
    expect(b).toBeGreaterThan(a);
    expect(row(b).at_ms).toBe(2_000);
  });

  it('does not finish an entry twice and does not throw from finishCall', () => {
    const { log, row, warnings } = setup();
    const id = log.beginCall({
      actor,
      endpoint: endpoints['openim/sendmsg'],
      kind: 'im_call',
      requestId: 'r',
      body: '{}',
    });
    log.finishCall(id, {
      httpStatus: 200,
      answer: enc.encode('{"ActionStatus":"OK","ErrorCode":0}'),
      durationMs: 1,
    });
    log.finishCall(id, { httpStatus: 504, proxyErrorKind: 'upstream_timeout', durationMs: 9 });
    expect(row(id)).toMatchObject({ result: 'ok', http_status: 200 });
    expect(warnings).toHaveLength(1);
    log.finishCall(999, { httpStatus: 200, durationMs: 1 });
    expect(warnings).toHaveLength(2);
  });
});

describe('audit_log triggers (append-only)', () => {
  function withEntry() {
    const { db, log } = setup();
    const pending = log.beginCall({
      actor,
      endpoint: endpoints['openim/sendmsg'],
      kind: 'im_call',
      requestId: 'r',
      body: '{}',
    });
    const done = log.beginCall({
      actor,
      endpoint: endpoints['openim/sendmsg'],
      kind: 'im_call',
      requestId: 'r',
      body: '{}',
    });
    log.finishCall(done, {
      httpStatus: 200,
      answer: enc.encode('{"ActionStatus":"OK","ErrorCode":0}'),
      durationMs: 1,
    });
    return { db, pending, done };
  }

  it('refuses DELETE', () => {
    const { db, done } = withEntry();
    expect(() => db.prepare('DELETE FROM audit_log WHERE id = ?').run(done)).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 2 });
  });

  it('refuses changing a finished entry, or the identity of a pending one', () => {
    const { db, pending, done } = withEntry();
    const attempts: [string, number][] = [
      ["UPDATE audit_log SET result = 'failed' WHERE id = ?", done],
      ['UPDATE audit_log SET http_status = 500 WHERE id = ?', done],
      ["UPDATE audit_log SET summary = 'nothing' WHERE id = ?", done],
      ["UPDATE audit_log SET summary_data = '{}', result = 'ok' WHERE id = ?", pending],
      ["UPDATE audit_log SET username = 'someone' WHERE id = ?", pending],
      ["UPDATE audit_log SET request_body = '{}x' , result = 'ok' WHERE id = ?", pending],
      ["UPDATE audit_log SET at_ms = 0, result = 'ok' WHERE id = ?", pending],
      ["UPDATE audit_log SET id = 99, result = 'ok' WHERE id = ?", pending],
      ['UPDATE audit_log SET http_status = 200 WHERE id = ?', pending],
    ];
    for (const [sql, id] of attempts) {
      expect(() => db.prepare(sql).run(id), sql).toThrow(/append-only/);
    }
    expect(db.prepare('SELECT result FROM audit_log WHERE id = ?').get(pending)).toEqual({
      result: 'pending',
    });
  });

  it('allows the one pending → finished transition of the outcome', () => {
    const { db, pending } = withEntry();
    db.prepare("UPDATE audit_log SET result = 'failed', http_status = 502 WHERE id = ?").run(pending);
    expect(() => db.prepare("UPDATE audit_log SET result = 'ok' WHERE id = ?").run(pending)).toThrow(
      /append-only/,
    );
  });

  it('refuses an entry dated before the newest one', () => {
    const { db } = withEntry();
    expect(() =>
      db.prepare("INSERT INTO audit_log (at_ms, kind, result, summary) VALUES (0, 'login', 'ok', 'x')").run(),
    ).toThrow(/backwards/);
  });
});
