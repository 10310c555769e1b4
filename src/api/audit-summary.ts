/**
 * The audit log's one-line summaries as data, and their renderings in English and 简体中文. The proxy
 * reads a call's request body (or knows the console event) and records an `AuditSummary` — what kind
 * of line it is and its values: the command, a batch's count and noun, a group, a conversation, a
 * push's tags and attributes, an operator, an IP — together with its English rendering (the
 * `summary` text the CSV export carries, and all that entries written before migration 004 have).
 * The console renders the structured summary in the operator's language. Command names stay as the
 * IM API spells them. Plain text: the console shows it as data, never as markup.
 */
import { z } from 'zod';
import { roleLabels, roleSchema } from './roles';

/** Longest summary line, in UTF-16 units (the stored text's cap since migration 002). */
export const AUDIT_SUMMARY_MAX = 200;
/** Longest single value taken from a request body or an event (an id, a tag, an attribute, a name). */
export const AUDIT_SUMMARY_VALUE_MAX = 80;

/** The languages a summary renders in (the console's). */
export type AuditSummaryLanguage = 'en' | 'zh';

const CONTROL = /\p{Cc}+/gu;

/** A value as a summary keeps it: each run of control characters one space, cut to 80 characters. */
export function summaryValue(text: string): string {
  return text.replace(CONTROL, ' ').slice(0, AUDIT_SUMMARY_VALUE_MAX);
}

/** `summary` with every value passed through `summaryValue` (the proxy applies it to each summary it stores). */
export function cleanAuditSummary(summary: AuditSummary): AuditSummary {
  const clean = (v: unknown): unknown =>
    typeof v === 'string'
      ? summaryValue(v)
      : Array.isArray(v)
        ? v.map(clean)
        : typeof v === 'object' && v !== null
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, clean(x)]))
          : v;
  return clean(summary) as AuditSummary;
}

/**
 * The leading items of a list that can show within a summary line; the rest would be cut anyway, so
 * they are not kept (a push's condition may list many tags). Measured with one-character separators
 * so that no rendering, whatever its separator, shows the end of a shortened list before the cut.
 */
export function visibleItems<T>(items: readonly T[], length: (item: T) => number): T[] {
  const kept: T[] = [];
  let used = 0;
  for (const item of items) {
    if (used >= AUDIT_SUMMARY_MAX) break;
    kept.push(item);
    used += length(item) + 1;
  }
  return kept;
}

const value = z.string().max(AUDIT_SUMMARY_VALUE_MAX);
const list = z.array(value).max(AUDIT_SUMMARY_MAX);
const attrs = z.array(z.tuple([value, value])).max(AUDIT_SUMMARY_MAX);

/** What the items of a batch are (by the IM field that carries them); `item` when the field is unknown. */
export const auditSummaryNouns = [
  'account',
  'profileField',
  'friend',
  'member',
  'group',
  'message',
  'messageElement',
  'topic',
  'user',
  'item',
] as const;
export type AuditSummaryNoun = (typeof auditSummaryNouns)[number];

/** An `im_push` `Condition` (../shared/im-api/06-push.md): tags and `[name, value]` attributes, each part optional. */
export const pushConditionSummarySchema = z.object({
  tagsAnd: list.optional(),
  tagsOr: list.optional(),
  attrsAnd: attrs.optional(),
  attrsOr: attrs.optional(),
});
export type PushConditionSummary = z.infer<typeof pushConditionSummarySchema>;

/** Whom a write targeted: a group, an account it went to, an account it was for, or a push's audience. */
const callTargetSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('group'), groupId: value }),
  z.object({ type: z.literal('to'), account: value }),
  z.object({ type: z.literal('for'), account: value }),
  z.object({ type: z.literal('allUsers') }),
  z.object({ type: z.literal('segment'), condition: pushConditionSummarySchema }),
]);

/** Whose messages a content read read: a group's, a conversation's (`a` ↔ `b`), or one account's. */
const readTargetSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('group'), groupId: value }),
  z.object({ type: z.literal('conversation'), a: value, b: value }),
  z.object({ type: z.literal('account'), account: value }),
]);

/** One change made to an operator (role ids as stored; rendered with the role's label). */
const operatorChangeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('role'), from: roleSchema, to: roleSchema }),
  z.object({ type: z.literal('disabled') }),
  z.object({ type: z.literal('enabled') }),
  z.object({ type: z.literal('displayName') }),
]);
export type OperatorChangeSummary = z.infer<typeof operatorChangeSchema>;

/** A structured audit summary: one kind of line and its values. */
export const auditSummarySchema = z.discriminatedUnion('type', [
  /** A write or dangerous IM call. */
  z.object({
    type: z.literal('call'),
    command: value,
    batch: z.object({ noun: z.enum(auditSummaryNouns), count: z.number().int().nonnegative() }).optional(),
    target: callTargetSchema.optional(),
  }),
  /** A read of message content (transcripts, archives, conversation keys). */
  z.object({
    type: z.literal('contentRead'),
    command: value,
    target: readTargetSchema.optional(),
    /** An hourly archive: its chat type and hour, when the request named them. */
    archive: z.object({ chatType: value.optional(), msgTime: value.optional() }).optional(),
  }),
  z.object({ type: z.literal('login'), ip: value }),
  /** `username` null: an unknown account (what was typed is never repeated). */
  z.object({ type: z.literal('loginFailed'), username: value.nullable(), ip: value, locked: z.boolean() }),
  z.object({ type: z.literal('loginDisabled'), username: value, ip: value }),
  z.object({ type: z.literal('logout'), ip: value }),
  /** `own`: the operator's own session; else `username`'s. */
  z.object({ type: z.literal('sessionRevoked'), own: z.boolean(), username: value, ip: value }),
  z.object({ type: z.literal('passwordChanged'), username: value }),
  /** `commandLine`: by `scripts/operator.ts` on the server, which also `enabled` a disabled operator. */
  z.object({
    type: z.literal('passwordReset'),
    username: value,
    commandLine: z.boolean().optional(),
    enabled: z.boolean().optional(),
  }),
  z.object({
    type: z.literal('operatorCreated'),
    username: value,
    role: roleSchema,
    commandLine: z.boolean().optional(),
  }),
  z.object({ type: z.literal('firstOperator'), username: value }),
  z.object({ type: z.literal('operatorChanged'), username: value, changes: z.array(operatorChangeSchema) }),
]);
export type AuditSummary = z.infer<typeof auditSummarySchema>;
export type AuditSummaryType = AuditSummary['type'];

type Of<T extends AuditSummaryType> = Extract<AuditSummary, { type: T }>;
type CallTarget = NonNullable<Of<'call'>['target']>;

const nounsEn: Record<AuditSummaryNoun, [string, string]> = {
  account: ['account', 'accounts'],
  profileField: ['profile field', 'profile fields'],
  friend: ['friend', 'friends'],
  member: ['member', 'members'],
  group: ['group', 'groups'],
  message: ['message', 'messages'],
  messageElement: ['message element', 'message elements'],
  topic: ['topic', 'topics'],
  user: ['user', 'users'],
  item: ['item', 'items'],
};

/** Chinese nouns with their measure word, as in "3 个账号", "2 条消息". */
const nounsZh: Record<AuditSummaryNoun, string> = {
  account: '个账号',
  profileField: '个资料字段',
  friend: '个好友',
  member: '个成员',
  group: '个群组',
  message: '条消息',
  messageElement: '个消息元素',
  topic: '个话题',
  user: '个用户',
  item: '个条目',
};

const attrText = (pairs: readonly (readonly [string, string])[]) => pairs.map(([k, v]) => `${k}=${v}`);

/** The condition's parts in a fixed order, each with its values as shown (`[a, b]`). */
function conditionParts(c: PushConditionSummary): [keyof PushConditionSummary, string][] {
  const parts: [keyof PushConditionSummary, string[] | undefined][] = [
    ['tagsAnd', c.tagsAnd],
    ['tagsOr', c.tagsOr],
    ['attrsAnd', c.attrsAnd && attrText(c.attrsAnd)],
    ['attrsOr', c.attrsOr && attrText(c.attrsOr)],
  ];
  return parts
    .filter((p): p is [keyof PushConditionSummary, string[]] => p[1] !== undefined && p[1].length > 0)
    .map(([key, values]) => [key, `[${values.join(', ')}]`]);
}

const conditionEn: Record<keyof PushConditionSummary, string> = {
  tagsAnd: 'tagged all of',
  tagsOr: 'tagged any of',
  attrsAnd: 'with attributes all of',
  attrsOr: 'with attributes any of',
};

const conditionZh: Record<keyof PushConditionSummary, string> = {
  tagsAnd: '带有全部标签',
  tagsOr: '带有任一标签',
  attrsAnd: '满足全部属性',
  attrsOr: '满足任一属性',
};

function callTargetEn(t: CallTarget): string {
  switch (t.type) {
    case 'group':
      return ` in group ${t.groupId}`;
    case 'to':
      return ` to ${t.account}`;
    case 'for':
      return ` for ${t.account}`;
    case 'allUsers':
      return ' to all users';
    case 'segment': {
      const parts = conditionParts(t.condition).map(([k, list]) => `${conditionEn[k]} ${list}`);
      return ` to users ${parts.length > 0 ? parts.join(' and ') : 'matching an empty condition'}`;
    }
  }
}

function english(s: AuditSummary): string {
  switch (s.type) {
    case 'call': {
      let text = s.command;
      if (s.batch) {
        const [one, many] = nounsEn[s.batch.noun];
        text += ` of ${s.batch.count} ${s.batch.count === 1 ? one : many}`;
      }
      return s.target ? text + callTargetEn(s.target) : text;
    }
    case 'contentRead': {
      let text = s.command;
      const t = s.target;
      if (t?.type === 'group') text += `: group ${t.groupId}`;
      else if (t?.type === 'conversation') text += `: conversation ${t.a} ↔ ${t.b}`;
      else if (t?.type === 'account') text += `: ${t.account}`;
      if (s.archive) {
        const { chatType, msgTime } = s.archive;
        text += `: archive${chatType ? ` ${chatType}` : ''}${msgTime ? ` ${msgTime}` : ''}`;
      }
      return text;
    }
    case 'login':
      return `login from ${s.ip}`;
    case 'loginFailed':
      return `failed login as ${s.username === null ? 'an unknown account' : `"${s.username}"`} from ${s.ip}${s.locked ? ' (now locked)' : ''}`;
    case 'loginDisabled':
      return `refused login of disabled operator ${s.username} from ${s.ip}`;
    case 'logout':
      return `logout from ${s.ip}`;
    case 'sessionRevoked':
      return s.own ? `revoked own session from ${s.ip}` : `revoked a session of ${s.username} (from ${s.ip})`;
    case 'passwordChanged':
      return `${s.username} changed their own password (their other sessions were ended)`;
    case 'passwordReset':
      return s.commandLine
        ? `reset the password of ${s.username} from the command line${s.enabled ? ' (and enabled it)' : ''}`
        : `reset the password of ${s.username} (sessions ended; must choose a new one)`;
    case 'operatorCreated':
      return `created operator ${s.username} (${s.role})${s.commandLine ? ' from the command line' : ''}`;
    case 'firstOperator':
      return `created the first operator ${s.username} (admin) at first start`;
    case 'operatorChanged': {
      const changes = s.changes.map((c) =>
        c.type === 'role'
          ? `role ${c.from} → ${c.to}`
          : c.type === 'disabled'
            ? 'disabled (sessions ended)'
            : c.type === 'enabled'
              ? 'enabled'
              : 'display name',
      );
      return `changed operator ${s.username}: ${changes.join(', ') || 'nothing'}`;
    }
  }
}

function chinese(s: AuditSummary): string {
  switch (s.type) {
    case 'call': {
      const batch = s.batch ? `${s.batch.count} ${nounsZh[s.batch.noun]}` : '';
      const t = s.target;
      // A batch beside an account target (e.g. sendmsg's elements) goes in brackets after the command.
      const aside = batch ? `（${batch}）` : '';
      switch (t?.type) {
        case 'to':
          return `对 ${t.account} 调用 ${s.command}${aside}`;
        case 'for':
          return `为 ${t.account} 调用 ${s.command}${aside}`;
        case 'allUsers':
          return `用 ${s.command} 推送给所有用户${aside}`;
        case 'segment': {
          const parts = conditionParts(t.condition).map(([k, list]) => `${conditionZh[k]} ${list}`);
          const who = parts.length > 0 ? `${parts.join(' 且')} 的用户` : '匹配空条件的用户';
          return `用 ${s.command} 推送给${who}${aside}`;
        }
        default: {
          const where = t?.type === 'group' ? `在群组 ${t.groupId} ` : '';
          return `${where}${batch ? `对 ${batch}` : ''}调用 ${s.command}`;
        }
      }
    }
    case 'contentRead': {
      const t = s.target;
      const where =
        t?.type === 'group'
          ? `在群组 ${t.groupId} `
          : t?.type === 'conversation'
            ? `对会话 ${t.a} ↔ ${t.b} `
            : t?.type === 'account'
              ? `对 ${t.account} `
              : '';
      const archive = s.archive
        ? `（归档${[s.archive.chatType, s.archive.msgTime].map((v) => (v ? ` ${v}` : '')).join('')}）`
        : '';
      return `${where}调用 ${s.command}${archive}`;
    }
    case 'login':
      return `从 ${s.ip} 登录`;
    case 'loginFailed':
      return `从 ${s.ip} ${s.username === null ? '以未知账号' : `以“${s.username}”`}登录失败${s.locked ? '（现已锁定）' : ''}`;
    case 'loginDisabled':
      return `拒绝了已停用的操作员 ${s.username} 从 ${s.ip} 登录`;
    case 'logout':
      return `从 ${s.ip} 退出登录`;
    case 'sessionRevoked':
      return s.own ? `撤销了自己来自 ${s.ip} 的会话` : `撤销了 ${s.username} 的一个会话（来自 ${s.ip}）`;
    case 'passwordChanged':
      return `${s.username} 修改了自己的密码（其其他会话已结束）`;
    case 'passwordReset':
      return s.commandLine
        ? `从命令行重置了 ${s.username} 的密码${s.enabled ? '（并启用了该账号）' : ''}`
        : `重置了 ${s.username} 的密码（会话已结束；须设置新密码）`;
    case 'operatorCreated':
      return `${s.commandLine ? '从命令行' : ''}创建了操作员 ${s.username}（${roleLabels[s.role].zh}）`;
    case 'firstOperator':
      return `首次启动时创建了第一个操作员 ${s.username}（${roleLabels.admin.zh}）`;
    case 'operatorChanged': {
      const changes = s.changes.map((c) =>
        c.type === 'role'
          ? `角色 ${roleLabels[c.from].zh} → ${roleLabels[c.to].zh}`
          : c.type === 'disabled'
            ? '已停用（会话已结束）'
            : c.type === 'enabled'
              ? '已启用'
              : '显示名称',
      );
      return `修改了操作员 ${s.username}：${changes.join('、') || '无变化'}`;
    }
  }
}

/**
 * A summary as one line in `lang`: values as recorded, control characters as spaces, at most 200
 * characters. The proxy stores `renderAuditSummary(summary, 'en')` as the entry's `summary` text.
 */
export function renderAuditSummary(summary: AuditSummary, lang: AuditSummaryLanguage): string {
  const text = lang === 'zh' ? chinese(summary) : english(summary);
  return text.replace(CONTROL, ' ').slice(0, AUDIT_SUMMARY_MAX);
}
