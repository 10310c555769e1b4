import { describe, expect, it } from 'vitest';
import {
  AUDIT_SUMMARY_MAX,
  AUDIT_SUMMARY_VALUE_MAX,
  auditSummarySchema,
  cleanAuditSummary,
  renderAuditSummary,
  summaryValue,
  visibleItems,
  type AuditSummary,
  type AuditSummaryType,
} from './audit-summary';

/** One or more summaries of every type, with their English and Chinese lines. */
const examples: [AuditSummary, string, string][] = [
  [
    { type: 'call', command: 'account_delete', batch: { noun: 'account', count: 3 } },
    'account_delete of 3 accounts',
    '对 3 个账号调用 account_delete',
  ],
  [
    { type: 'call', command: 'account_delete', batch: { noun: 'account', count: 1 } },
    'account_delete of 1 account',
    '对 1 个账号调用 account_delete',
  ],
  [
    { type: 'call', command: 'send_group_msg', target: { type: 'group', groupId: '@TGS#1' } },
    'send_group_msg in group @TGS#1',
    '在群组 @TGS#1 调用 send_group_msg',
  ],
  [
    {
      type: 'call',
      command: 'add_group_member',
      batch: { noun: 'member', count: 2 },
      target: { type: 'group', groupId: 'g1' },
    },
    'add_group_member of 2 members in group g1',
    '在群组 g1 对 2 个成员调用 add_group_member',
  ],
  [
    { type: 'call', command: 'group_msg_recall', batch: { noun: 'message', count: 2 } },
    'group_msg_recall of 2 messages',
    '对 2 条消息调用 group_msg_recall',
  ],
  [
    { type: 'call', command: 'portrait_set', batch: { noun: 'profileField', count: 4 } },
    'portrait_set of 4 profile fields',
    '对 4 个资料字段调用 portrait_set',
  ],
  [
    { type: 'call', command: 'friend_add', batch: { noun: 'friend', count: 2 } },
    'friend_add of 2 friends',
    '对 2 个好友调用 friend_add',
  ],
  [
    { type: 'call', command: 'destroy_topic', batch: { noun: 'topic', count: 1 } },
    'destroy_topic of 1 topic',
    '对 1 个话题调用 destroy_topic',
  ],
  [
    { type: 'call', command: 'im_set_attr', batch: { noun: 'user', count: 2 } },
    'im_set_attr of 2 users',
    '对 2 个用户调用 im_set_attr',
  ],
  [{ type: 'call', command: 'x', batch: { noun: 'group', count: 2 } }, 'x of 2 groups', '对 2 个群组调用 x'],
  [
    { type: 'call', command: 'x', batch: { noun: 'messageElement', count: 1 } },
    'x of 1 message element',
    '对 1 个消息元素调用 x',
  ],
  [
    { type: 'call', command: 'create_group', batch: { noun: 'item', count: 2 } },
    'create_group of 2 items',
    '对 2 个条目调用 create_group',
  ],
  [
    { type: 'call', command: 'sendmsg', target: { type: 'to', account: 'bob' } },
    'sendmsg to bob',
    '对 bob 调用 sendmsg',
  ],
  [
    {
      type: 'call',
      command: 'sendmsg',
      batch: { noun: 'item', count: 2 },
      target: { type: 'to', account: 'bob' },
    },
    'sendmsg of 2 items to bob',
    '对 bob 调用 sendmsg（2 个条目）',
  ],
  [
    { type: 'call', command: 'kick', target: { type: 'for', account: 'alice' } },
    'kick for alice',
    '为 alice 调用 kick',
  ],
  [{ type: 'call', command: 'create_group' }, 'create_group', '调用 create_group'],
  [
    { type: 'call', command: 'im_push', target: { type: 'allUsers' } },
    'im_push to all users',
    '用 im_push 推送给所有用户',
  ],
  [
    {
      type: 'call',
      command: 'im_push',
      target: { type: 'segment', condition: { tagsAnd: ['vip', 'beta'], tagsOr: ['sh'] } },
    },
    'im_push to users tagged all of [vip, beta] and tagged any of [sh]',
    '用 im_push 推送给带有全部标签 [vip, beta] 且带有任一标签 [sh] 的用户',
  ],
  [
    {
      type: 'call',
      command: 'im_push',
      target: {
        type: 'segment',
        condition: {
          attrsAnd: [['level', 'gold']],
          attrsOr: [
            ['city', 'sz'],
            ['city', 'sh'],
          ],
        },
      },
    },
    'im_push to users with attributes all of [level=gold] and with attributes any of [city=sz, city=sh]',
    '用 im_push 推送给满足全部属性 [level=gold] 且满足任一属性 [city=sz, city=sh] 的用户',
  ],
  [
    { type: 'call', command: 'im_push', target: { type: 'segment', condition: {} } },
    'im_push to users matching an empty condition',
    '用 im_push 推送给匹配空条件的用户',
  ],
  [
    {
      type: 'contentRead',
      command: 'admin_getroammsg',
      target: { type: 'conversation', a: 'alice', b: 'bob' },
    },
    'admin_getroammsg: conversation alice ↔ bob',
    '对会话 alice ↔ bob 调用 admin_getroammsg',
  ],
  [
    { type: 'contentRead', command: 'group_msg_get_simple', target: { type: 'group', groupId: '@TGS#1' } },
    'group_msg_get_simple: group @TGS#1',
    '在群组 @TGS#1 调用 group_msg_get_simple',
  ],
  [
    { type: 'contentRead', command: 'friend_get', target: { type: 'account', account: 'alice' } },
    'friend_get: alice',
    '对 alice 调用 friend_get',
  ],
  [
    { type: 'contentRead', command: 'get_history', archive: { chatType: 'C2C', msgTime: '2015120121' } },
    'get_history: archive C2C 2015120121',
    '调用 get_history（归档 C2C 2015120121）',
  ],
  [
    { type: 'contentRead', command: 'get_history', archive: { msgTime: '2015120121' } },
    'get_history: archive 2015120121',
    '调用 get_history（归档 2015120121）',
  ],
  [{ type: 'contentRead', command: 'get_history' }, 'get_history', '调用 get_history'],
  [{ type: 'login', ip: '10.0.0.1' }, 'login from 10.0.0.1', '从 10.0.0.1 登录'],
  [
    { type: 'loginFailed', username: 'sam', ip: '10.0.0.9', locked: true },
    'failed login as "sam" from 10.0.0.9 (now locked)',
    '从 10.0.0.9 以“sam”登录失败（现已锁定）',
  ],
  [
    { type: 'loginFailed', username: null, ip: '10.0.0.9', locked: false },
    'failed login as an unknown account from 10.0.0.9',
    '从 10.0.0.9 以未知账号登录失败',
  ],
  [
    { type: 'loginDisabled', username: 'sam', ip: '10.0.0.9' },
    'refused login of disabled operator sam from 10.0.0.9',
    '拒绝了已停用的操作员 sam 从 10.0.0.9 登录',
  ],
  [{ type: 'logout', ip: '10.0.0.1' }, 'logout from 10.0.0.1', '从 10.0.0.1 退出登录'],
  [
    { type: 'sessionRevoked', own: true, username: 'mia', ip: '10.0.0.2' },
    'revoked own session from 10.0.0.2',
    '撤销了自己来自 10.0.0.2 的会话',
  ],
  [
    { type: 'sessionRevoked', own: false, username: 'mia', ip: '10.0.0.2' },
    'revoked a session of mia (from 10.0.0.2)',
    '撤销了 mia 的一个会话（来自 10.0.0.2）',
  ],
  [
    { type: 'passwordChanged', username: 'mia' },
    'mia changed their own password (their other sessions were ended)',
    'mia 修改了自己的密码（其其他会话已结束）',
  ],
  [
    { type: 'passwordReset', username: 'mia' },
    'reset the password of mia (sessions ended; must choose a new one)',
    '重置了 mia 的密码（会话已结束；须设置新密码）',
  ],
  [
    { type: 'passwordReset', username: 'mia', commandLine: true, enabled: true },
    'reset the password of mia from the command line (and enabled it)',
    '从命令行重置了 mia 的密码（并启用了该账号）',
  ],
  [
    { type: 'operatorCreated', username: 'mia', role: 'marketing' },
    'created operator mia (marketing)',
    '创建了操作员 mia（运营）',
  ],
  [
    { type: 'operatorCreated', username: 'root', role: 'admin', commandLine: true },
    'created operator root (admin) from the command line',
    '从命令行创建了操作员 root（管理员）',
  ],
  [
    { type: 'firstOperator', username: 'admin' },
    'created the first operator admin (admin) at first start',
    '首次启动时创建了第一个操作员 admin（管理员）',
  ],
  [
    {
      type: 'operatorChanged',
      username: 'mia',
      changes: [
        { type: 'role', from: 'viewer', to: 'support' },
        { type: 'disabled' },
        { type: 'displayName' },
      ],
    },
    'changed operator mia: role viewer → support, disabled (sessions ended), display name',
    '修改了操作员 mia：角色 只读 → 客服、已停用（会话已结束）、显示名称',
  ],
  [
    { type: 'operatorChanged', username: 'mia', changes: [{ type: 'enabled' }] },
    'changed operator mia: enabled',
    '修改了操作员 mia：已启用',
  ],
  [
    { type: 'operatorChanged', username: 'mia', changes: [] },
    'changed operator mia: nothing',
    '修改了操作员 mia：无变化',
  ],
];

describe('renderAuditSummary', () => {
  it.each(examples)('renders %j in English and Chinese', (summary, en, zh) => {
    expect(renderAuditSummary(summary, 'en')).toBe(en);
    expect(renderAuditSummary(summary, 'zh')).toBe(zh);
  });

  it('has examples of every type of summary, each valid under the contract', () => {
    const types = new Set<AuditSummaryType>(auditSummarySchema.options.map((o) => o.shape.type.value));
    expect(new Set(examples.map(([s]) => s.type))).toEqual(types);
    for (const [summary] of examples) {
      expect(auditSummarySchema.parse(JSON.parse(JSON.stringify(summary)))).toEqual(summary);
    }
  });

  it('turns control characters into spaces in both languages', () => {
    const summary: AuditSummary = {
      type: 'call',
      command: 'sendmsg',
      target: { type: 'to', account: 'x\n\u0000y' },
    };
    expect(renderAuditSummary(summary, 'en')).toBe('sendmsg to x y');
    expect(renderAuditSummary(summary, 'zh')).toBe('对 x y 调用 sendmsg');
    expect(summaryValue('a\r\n\tb\u007f')).toBe('a b ');
    expect(cleanAuditSummary({ type: 'login', ip: '1\n2' })).toEqual({ type: 'login', ip: '1 2' });
  });

  it('keeps every line to 200 characters and every value to 80', () => {
    expect(summaryValue('x'.repeat(500))).toHaveLength(AUDIT_SUMMARY_VALUE_MAX);
    const long = summaryValue('g'.repeat(500));
    const cleaned = cleanAuditSummary({
      type: 'operatorChanged',
      username: 'u'.repeat(500),
      changes: Array.from({ length: 40 }, () => ({ type: 'displayName' as const })),
    });
    expect(cleaned.type === 'operatorChanged' && cleaned.username).toHaveLength(AUDIT_SUMMARY_VALUE_MAX);
    for (const lang of ['en', 'zh'] as const) {
      expect(
        renderAuditSummary({ type: 'call', command: 'x', target: { type: 'group', groupId: long } }, lang)
          .length,
      ).toBeLessThan(AUDIT_SUMMARY_MAX);
      expect(renderAuditSummary(cleaned, lang)).toHaveLength(AUDIT_SUMMARY_MAX);
    }
  });

  it('drops only the list items a 200-character line could never show', () => {
    const tags = Array.from({ length: 300 }, (_, i) => `tag${i}`);
    const kept = visibleItems(tags, (t) => t.length);
    expect(kept.length).toBeLessThan(tags.length);
    expect(kept).toEqual(tags.slice(0, kept.length));
    const line = (tagsAnd: string[], lang: 'en' | 'zh') =>
      renderAuditSummary(
        { type: 'call', command: 'im_push', target: { type: 'segment', condition: { tagsAnd } } },
        lang,
      );
    for (const lang of ['en', 'zh'] as const) {
      expect(line(kept, lang)).toBe(line(tags, lang));
      expect(line(kept, lang)).toHaveLength(AUDIT_SUMMARY_MAX);
    }
    expect(visibleItems(['a', 'b'], (t) => t.length)).toEqual(['a', 'b']);
    expect(auditSummarySchema.safeParse({ type: 'login', ip: 'x'.repeat(81) }).success).toBe(false);
    expect(auditSummarySchema.safeParse({ type: 'explode' }).success).toBe(false);
  });
});
