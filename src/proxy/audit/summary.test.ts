import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditSummarySchema, renderAuditSummary, type AuditSummary } from '../../api/audit-summary';
import { auditEntrySchema } from '../../api/console-api';
import { endpointList, endpoints } from '../../api/endpoints';
import { openDatabase } from '../db/database';
import { createAuditLog } from './audit-log';
import { getEntry } from './query';
import { summarizeCall } from './summary';
import type { AuditActor } from './types';

const actor: AuditActor = { operatorId: 1, username: 'root', role: 'admin', ip: '127.0.0.1' };
const fixtureDir = join(import.meta.dirname, '../../api/fixtures');

function requestsOf(path: string): unknown[] {
  try {
    return (JSON.parse(readFileSync(join(fixtureDir, `${path}.json`), 'utf8')) as { requests?: unknown[] })
      .requests!;
  } catch {
    return [];
  }
}

const zh = (path: keyof typeof endpoints, body: unknown, kind: 'im_call' | 'content_read' = 'im_call') =>
  renderAuditSummary(summarizeCall(endpoints[path], kind, body), 'zh');

describe('summaries of IM calls', () => {
  it('stores, for every documented request, an English line equal to the structured summary rendered', () => {
    const db = openDatabase(':memory:');
    const log = createAuditLog(db);
    const seen = new Set<AuditSummary['type']>();
    let count = 0;
    for (const endpoint of endpointList) {
      for (const request of requestsOf(endpoint.path)) {
        for (const kind of ['im_call', 'content_read'] as const) {
          const id = log.beginCall({ actor, endpoint, kind, requestId: 'r', body: JSON.stringify(request) });
          const entry = auditEntrySchema.parse(JSON.parse(JSON.stringify(getEntry(db, id))));
          expect(entry.summaryData, endpoint.path).not.toBeNull();
          expect(entry.summary, endpoint.path).toBe(renderAuditSummary(entry.summaryData!, 'en'));
          expect(renderAuditSummary(entry.summaryData!, 'zh')).not.toBe(entry.summary);
          seen.add(entry.summaryData!.type);
          count++;
        }
      }
    }
    expect(count).toBeGreaterThan(150);
    expect([...seen].sort()).toEqual(['call', 'contentRead']);
  });

  it('says in Chinese what the English line says', () => {
    expect(zh('im_open_login_svc/account_delete', { DeleteItem: [{ UserID: 'a' }, {}, {}] })).toBe(
      '对 3 个账号调用 account_delete',
    );
    expect(zh('group_open_http_svc/send_group_msg', { GroupId: '@TGS#1', MsgBody: [{}] })).toBe(
      '在群组 @TGS#1 调用 send_group_msg',
    );
    expect(zh('group_open_http_svc/add_group_member', { GroupId: 'g1', MemberList: [{}, {}] })).toBe(
      '在群组 g1 对 2 个成员调用 add_group_member',
    );
    expect(zh('openim/sendmsg', { To_Account: 'bob', MsgBody: [{}] })).toBe('对 bob 调用 sendmsg');
    expect(zh('im_open_login_svc/kick', { UserID: 'alice' })).toBe('为 alice 调用 kick');
    expect(zh('all_member_push/im_push', { MsgBody: [] })).toBe('用 im_push 推送给所有用户');
    expect(zh('all_member_push/im_push', { Condition: { TagsAnd: ['vip', 'beta'] }, MsgBody: [] })).toBe(
      '用 im_push 推送给带有全部标签 [vip, beta] 的用户',
    );
    expect(
      zh('all_member_push/im_push', { Condition: { AttrsOr: { city: 'sz', level: 3, x: {} } }, MsgBody: [] }),
    ).toBe('用 im_push 推送给满足任一属性 [city=sz, level=3, x=?] 的用户');
    expect(zh('openim/admin_getroammsg', { Operator_Account: 'a', Peer_Account: 'b' }, 'content_read')).toBe(
      '对会话 a ↔ b 调用 admin_getroammsg',
    );
    expect(zh('open_msg_svc/get_history', { ChatType: 'C2C', MsgTime: 2015120121 }, 'content_read')).toBe(
      '调用 get_history（归档 C2C 2015120121）',
    );
  });

  it('keeps values cleaned and cut, and only the tags a line can show', () => {
    const tags = Array.from({ length: 500 }, (_, i) => `t${i}\n`);
    const summary = summarizeCall(endpoints['all_member_push/im_push'], 'im_call', {
      Condition: { TagsOr: tags },
      MsgBody: [],
    });
    const parsed = auditSummarySchema.parse(summary);
    expect(parsed.type === 'call' && parsed.target?.type === 'segment').toBe(true);
    const kept =
      summary.type === 'call' && summary.target?.type === 'segment' ? summary.target.condition.tagsOr! : [];
    expect(kept.length).toBeLessThan(100);
    expect(kept[0]).toBe('t0 ');
    for (const lang of ['en', 'zh'] as const) expect(renderAuditSummary(summary, lang)).toHaveLength(200);
    const long = summarizeCall(endpoints['openim/sendmsg'], 'im_call', { To_Account: 'x'.repeat(300) });
    expect(long).toEqual({
      type: 'call',
      command: 'sendmsg',
      target: { type: 'to', account: 'x'.repeat(80) },
    });
  });
});
