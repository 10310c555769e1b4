import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderAuditSummary } from '../../api/audit-summary';
import { endpoints } from '../../api/endpoints';
import { readAnswer, resultOf } from './outcome';
import { summarizeCall } from './summary';

interface Fixture {
  requests?: unknown[];
  responses?: unknown[];
  failures?: unknown[];
}

const fixtureDir = join(import.meta.dirname, '../../api/fixtures');
function fixture(path: string): Fixture {
  return JSON.parse(readFileSync(join(fixtureDir, `${path}.json`), 'utf8')) as Fixture;
}
function allFixtures(): [string, Fixture][] {
  return readdirSync(fixtureDir).flatMap((service) =>
    readdirSync(join(fixtureDir, service))
      .filter((f) => f.endsWith('.json'))
      .map((f): [string, Fixture] => {
        const path = `${service}/${f.replace(/\.json$/, '')}`;
        return [path, fixture(path)];
      }),
  );
}

describe('per-item failures, on the documented examples', () => {
  // [fixture, response index, failed items] — one row per batch shape the IM API uses.
  const cases: [string, number, number][] = [
    ['im_open_login_svc/account_delete', 0, 1], // ResultItem[].ResultCode
    ['im_open_login_svc/multiaccount_import', 0, 2], // FailAccounts: UserIDs
    ['openim/batchsendmsg', 0, 0],
    ['openim/batchsendmsg', 1, 1], // ErrorList[]
    ['all_member_push/im_remove_all_tags', 1, 1], // ErrorList[].ErrorCode
    ['group_open_http_svc/add_group_member', 0, 0], // MemberList[].Result: 1 added, 2 already a member
    ['group_open_http_svc/import_group_member', 0, 0],
    ['group_open_http_svc/import_group_msg', 0, 0], // ImportMsgResult[].Result 0 = imported
    ['million_group_open_http_svc/destroy_topic', 0, 0], // DestroyResultItem[].ErrorCode
    ['recentcontact/create_contact_group', 0, 0], // GroupResultItem[].ResultItem[]
    ['recentcontact/update_contact_group', 0, 0], // UpdateGroupResult.ContactResultItem[]
    ['sns/black_list_delete', 0, 1], // ResultItem + Fail_Account naming the same account: counted once
    ['sns/friend_add', 0, 0],
    ['sns/friend_add', 1, 2],
    ['openim_msg_ext_http_svc/set_key_values', 0, 1], // ExtensionList[].ErrorCode
    ['group_open_http_svc/delete_group_member', 0, 0],
  ];
  it.each(cases)('%s response %i has %i failed items', (path, index, failed) => {
    const answer = fixture(path).responses![index];
    const read = readAnswer(answer);
    expect(read).toEqual({ actionStatus: 'OK', errorCode: 0, failedItems: failed });
    expect(resultOf(200, read, undefined)).toBe(failed ? 'partial' : 'ok');
  });

  it('counts failures the examples do not show: MemberList Result 0, ImportMsgResult Result ≠ 0, nested ResultCode', () => {
    expect(
      readAnswer({
        ActionStatus: 'OK',
        ErrorCode: 0,
        MemberList: [
          { Member_Account: 'a', Result: 0 },
          { Member_Account: 'b', Result: 1 },
          { Member_Account: 'c', Result: 3 },
        ],
      }).failedItems,
    ).toBe(1);
    expect(
      readAnswer({
        ActionStatus: 'OK',
        ErrorCode: 0,
        ImportMsgResult: [{ Result: 10004 }, { Result: 0 }, { Result: 80002 }],
      }).failedItems,
    ).toBe(2);
    expect(
      readAnswer({
        ActionStatus: 'OK',
        ErrorCode: 0,
        GroupResultItem: [{ GroupItem: {}, ResultItem: [{ ResultCode: 30001 }, { ResultCode: 0 }] }],
        UpdateGroupResult: { ContactResultItem: [{ ResultCode: 1 }] },
      }).failedItems,
    ).toBe(2);
  });

  it('reads every documented failure as an IM error, and every documented answer without throwing', () => {
    let failures = 0;
    for (const [path, f] of allFixtures()) {
      for (const answer of f.failures ?? []) {
        failures++;
        expect(resultOf(200, readAnswer(answer), undefined), path).toBe('im_error');
      }
      for (const answer of f.responses ?? []) {
        const read = readAnswer(answer);
        expect(read.failedItems, path).toBeGreaterThanOrEqual(0);
      }
    }
    expect(failures).toBeGreaterThan(10);
  });
});

describe('result', () => {
  it('maps the proxy’s own errors to refused or failed', () => {
    expect(resultOf(400, null, 'invalid_request')).toBe('refused');
    expect(resultOf(403, null, 'forbidden')).toBe('refused');
    expect(resultOf(504, null, 'upstream_timeout')).toBe('failed');
    expect(resultOf(502, null, 'upstream_bad_answer')).toBe('failed');
    expect(resultOf(500, null, 'internal')).toBe('failed');
    expect(resultOf(200, null, undefined)).toBe('failed');
    expect(resultOf(200, readAnswer({ hello: 1 }), undefined)).toBe('failed');
    expect(resultOf(200, readAnswer({ ActionStatus: 'FAIL', ErrorCode: 0 }), undefined)).toBe('im_error');
  });
});

describe('summary', () => {
  it('names the command, the batch size and the target', () => {
    const s = (path: keyof typeof endpoints, body: unknown, kind: 'im_call' | 'content_read' = 'im_call') =>
      renderAuditSummary(summarizeCall(endpoints[path], kind, body), 'en');
    expect(
      s('im_open_login_svc/account_delete', fixture('im_open_login_svc/account_delete').requests![0]),
    ).toBe('account_delete of 2 accounts');
    expect(s('im_open_login_svc/account_delete', { DeleteItem: [{ UserID: 'a' }] })).toBe(
      'account_delete of 1 account',
    );
    expect(s('group_open_http_svc/add_group_member', { GroupId: 'g1', MemberList: [{}, {}] })).toBe(
      'add_group_member of 2 members in group g1',
    );
    expect(s('openim/sendmsg', { To_Account: 'bob', MsgBody: [{}] })).toBe('sendmsg to bob');
    expect(s('openim/admin_getroammsg', { Operator_Account: 'a', Peer_Account: 'b' }, 'content_read')).toBe(
      'admin_getroammsg: conversation a ↔ b',
    );
    expect(s('all_member_push/im_push', { MsgBody: [] })).toBe('im_push to all users');
    expect(
      s('all_member_push/im_push', { Condition: { TagsAnd: ['vip', 'beta'], TagsOr: ['sh'] }, MsgBody: [] }),
    ).toBe('im_push to users tagged all of [vip, beta] and tagged any of [sh]');
    expect(
      s('all_member_push/im_push', { Condition: { AttrsOr: { city: 'sz', level: 3 } }, MsgBody: [] }),
    ).toBe('im_push to users with attributes any of [city=sz, level=3]');
    expect(s('all_member_push/im_push', { Condition: {}, MsgBody: [] })).toBe(
      'im_push to users matching an empty condition',
    );
    expect(s('all_member_push/im_push', { To_Account: ['a', 'b'], MsgBody: [] })).toBe(
      'im_push of 2 accounts',
    );
    expect(s('openim/sendmsg', 'not an object')).toBe('sendmsg');
    // Found by the fuzz test: a field named like an Object.prototype member.
    expect(s('openim/admin_msgwithdraw', JSON.parse('{"constructor":[1,2],"__proto__":[3]}'))).toBe(
      'admin_msgwithdraw of 2 items',
    );
    expect(s('openim/sendmsg', { To_Account: 'x\n\u0000y' })).toBe('sendmsg to x y');
  });
});
