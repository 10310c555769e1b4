import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { endpoints } from '../../../api/endpoints';
import { createAuditLog } from '../../audit/audit-log';
import { getEntry, listEntries } from '../../audit/query';
import { migrate, openDatabase } from '../database';
import { migrations } from '../migrations';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A console.db as the proxy left it before migration 004: one pending call, one finished call, one login. */
function oldDatabase(): string {
  const dir = mkdtempSync(join(tmpdir(), 'audit-004-'));
  dirs.push(dir);
  const file = join(dir, 'console.db');
  const db = openDatabase(file, migrations.slice(0, 3));
  const insert =
    db.prepare(`INSERT INTO audit_log (at_ms, kind, operator_id, username, role, endpoint, access,
    request_id, ip, request_body, result, summary) VALUES (?, ?, 1, 'root', 'admin', ?, ?, ?, '10.0.0.1', ?, ?, ?)`);
  insert.run(
    1_000,
    'im_call',
    'all_member_push/im_push',
    'dangerous',
    'r1',
    '{"MsgBody":[]}',
    'pending',
    'im_push to all users',
  );
  insert.run(
    2_000,
    'im_call',
    'im_open_login_svc/account_delete',
    'dangerous',
    'r2',
    '{"DeleteItem":[{},{}]}',
    'ok',
    'account_delete of 2 accounts',
  );
  insert.run(3_000, 'login', null, null, null, null, 'ok', 'login from 10.0.0.1');
  db.close();
  return file;
}

describe('migration 004: audit summary data', () => {
  it('upgrades an old database: old rows read with a null structured summary and their text', () => {
    const file = oldDatabase();
    const db = openDatabase(file);
    const versions = (
      db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as {
        version: number;
      }[]
    ).map((r) => r.version);
    expect(versions).toEqual([1, 2, 3, 4]);
    const entries = listEntries(db, {}, 10);
    expect(entries.map((e) => [e.id, e.summary, e.summaryData])).toEqual([
      [3, 'login from 10.0.0.1', null],
      [2, 'account_delete of 2 accounts', null],
      [1, 'im_push to all users', null],
    ]);
    expect(getEntry(db, 2)).toMatchObject({ summaryData: null, requestBody: '{"DeleteItem":[{},{}]}' });

    // New entries carry the structured summary beside the English line.
    const log = createAuditLog(db, { nowMs: () => 4_000 });
    const id = log.beginCall({
      actor: { operatorId: 1, username: 'root', role: 'admin', ip: '10.0.0.1' },
      endpoint: endpoints['group_open_http_svc/destroy_group'],
      kind: 'im_call',
      requestId: 'r4',
      body: '{"GroupId":"@TGS#9"}',
    });
    expect(getEntry(db, id)).toMatchObject({
      summary: 'destroy_group in group @TGS#9',
      summaryData: { type: 'call', command: 'destroy_group', target: { type: 'group', groupId: '@TGS#9' } },
    });
    db.close();

    // Opening it again applies nothing more.
    const again = openDatabase(file);
    expect(migrate(again, migrations)).toEqual([]);
    expect(listEntries(again, {}, 10)).toHaveLength(4);
    again.close();
  });

  it('keeps the table append-only: the old pending entry can be finished once, summaries never change', () => {
    const db = openDatabase(oldDatabase());
    const log = createAuditLog(db, { logger: { info: () => {}, warn: () => {} } });
    log.finishCall(1, {
      httpStatus: 200,
      answer: new TextEncoder().encode('{"ActionStatus":"OK","ErrorCode":0}'),
      durationMs: 3,
    });
    expect(getEntry(db, 1)).toMatchObject({
      result: 'ok',
      summaryData: null,
      summary: 'im_push to all users',
    });

    const data = `'{"type":"call","command":"im_push","target":{"type":"allUsers"}}'`;
    const pending = db
      .prepare(
        `INSERT INTO audit_log (at_ms, kind, result, summary) VALUES (5000, 'im_call', 'pending', 'x')`,
      )
      .run().lastInsertRowid;
    for (const [sql, id] of [
      [`UPDATE audit_log SET summary_data = ${data} WHERE id = ?`, 2],
      [`UPDATE audit_log SET summary_data = ${data} WHERE id = ?`, 3],
      [`UPDATE audit_log SET summary_data = ${data}, result = 'ok' WHERE id = ?`, pending],
      [`UPDATE audit_log SET summary = 'y', result = 'ok' WHERE id = ?`, pending],
    ] as const) {
      expect(() => db.prepare(sql).run(id), sql).toThrow(/append-only/);
    }
    expect(() => db.prepare('DELETE FROM audit_log WHERE id = 2').run()).toThrow(/append-only/);
    expect(db.prepare('SELECT count(*) AS n FROM audit_log WHERE summary_data IS NOT NULL').get()).toEqual({
      n: 0,
    });
    db.close();
  });

  it('accepts only JSON in the new column, and reads a summary the contract does not know as none', () => {
    const db = openDatabase(':memory:');
    const insert = (data: string) =>
      db
        .prepare(
          `INSERT INTO audit_log (at_ms, kind, result, summary, summary_data) VALUES (1, 'login', 'ok', 'login from ?', ?)`,
        )
        .run(data).lastInsertRowid as number;
    expect(() => insert('not json')).toThrow(/CHECK constraint/);
    const id = insert('{"type":"explode"}');
    expect(getEntry(db, id)).toMatchObject({ summary: 'login from ?', summaryData: null });
    db.close();
  });
});
