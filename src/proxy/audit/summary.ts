/**
 * The summary of an audited IM call, read from its request body: the command, how many items a batch
 * carried and what it targeted, as a structured `AuditSummary` (src/api/audit-summary.ts), which
 * renders as e.g. "account_delete of 3 accounts" / "对 3 个账号调用 account_delete", "send_group_msg
 * in group @TGS#1" or "admin_getroammsg: conversation alice ↔ bob". The proxy is the only place that
 * reads request bodies for the audit list; the console gets the summary, never the body, in the list.
 */
import {
  summaryValue,
  visibleItems,
  type AuditSummary,
  type AuditSummaryNoun,
  type PushConditionSummary,
} from '../../api/audit-summary';
import type { AnyEndpoint } from '../../api/endpoint';

/** What the items of a batch field are, by field name (the IM API's own names; unknown ones are items). */
const nouns = new Map<string, AuditSummaryNoun>(
  Object.entries({
    DeleteItem: 'account',
    CheckItem: 'account',
    Accounts: 'account',
    AccountList: 'account',
    To_Account: 'account',
    ProfileItem: 'profileField',
    AddFriendItem: 'friend',
    UpdateItem: 'friend',
    MemberList: 'member',
    MemberToDel_Account: 'member',
    Members_Account: 'member',
    GroupIdList: 'group',
    MsgList: 'message',
    MsgBody: 'messageElement',
    MsgSeqList: 'message',
    MsgKeyList: 'message',
    TopicIdList: 'topic',
    UserAttrs: 'user',
    UserTags: 'user',
  } satisfies Record<string, AuditSummaryNoun>),
);

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? summaryValue(v) : typeof v === 'number' ? String(v) : undefined;
}

/** The first array field of the request that is not the message body, with its length (the "batch"). */
function batchOf(body: Record<string, unknown>): { field: string; count: number } | undefined {
  let found: { field: string; count: number } | undefined;
  for (const [field, value] of Object.entries(body)) {
    if (!Array.isArray(value)) continue;
    if (field === 'MsgBody' && found) continue;
    if (!found || (found.field === 'MsgBody' && field !== 'MsgBody')) found = { field, count: value.length };
  }
  return found;
}

/** Tags as listed (each cleaned; `?` for a non-string), or undefined when the field is not a non-empty list. */
function tagList(v: unknown): string[] | undefined {
  if (!Array.isArray(v) || v.length === 0) return undefined;
  const tags = v.map((t) => (typeof t === 'string' ? summaryValue(t) : '?'));
  return visibleItems(tags, (t) => t.length);
}

/** Attribute values as `[name, value]` pairs, or undefined when the field is not a non-empty object. */
function attrList(v: unknown): [string, string][] | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const entries = Object.entries(v as Record<string, unknown>);
  if (entries.length === 0) return undefined;
  const pairs = entries.map(([k, val]): [string, string] => [summaryValue(k), str(val) ?? '?']);
  return visibleItems(pairs, ([k, val]) => k.length + 1 + val.length);
}

/** An im_push `Condition`'s parts (06-push.md); a part that is not a non-empty list or object is left out. */
function conditionOf(condition: unknown): PushConditionSummary {
  const c = typeof condition === 'object' && condition !== null ? (condition as Record<string, unknown>) : {};
  const parts: PushConditionSummary = {
    tagsAnd: tagList(c.TagsAnd),
    tagsOr: tagList(c.TagsOr),
    attrsAnd: attrList(c.AttrsAnd),
    attrsOr: attrList(c.AttrsOr),
  };
  return Object.fromEntries(Object.entries(parts).filter(([, v]) => v !== undefined));
}

/** Summarises an IM call from its endpoint and (parsed) request body. */
export function summarizeCall(
  endpoint: AnyEndpoint,
  kind: 'im_call' | 'content_read',
  body: unknown,
): AuditSummary {
  const rec =
    typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : {};
  const command = summaryValue(endpoint.command);
  const group = str(rec.GroupId);
  if (kind === 'content_read') {
    const summary: Extract<AuditSummary, { type: 'contentRead' }> = { type: 'contentRead', command };
    const a = str(rec.Operator_Account) ?? str(rec.From_Account);
    const b = str(rec.Peer_Account) ?? str(rec.To_Account);
    if (group) summary.target = { type: 'group', groupId: group };
    else if (a && b) summary.target = { type: 'conversation', a, b };
    else if (a) summary.target = { type: 'account', account: a };
    const chatType = str(rec.ChatType);
    const msgTime = str(rec.MsgTime);
    if (chatType || msgTime) {
      summary.archive = {
        ...(chatType ? { chatType } : {}),
        ...(msgTime ? { msgTime } : {}),
      };
    }
    return summary;
  }
  const summary: Extract<AuditSummary, { type: 'call' }> = { type: 'call', command };
  const batch = batchOf(rec);
  if (batch && batch.field !== 'MsgBody') {
    summary.batch = { noun: nouns.get(batch.field) ?? 'item', count: batch.count };
  }
  if (endpoint.command === 'im_push' && (!batch || batch.field === 'MsgBody')) {
    // all_member_push/im_push without To_Account reaches everyone, or everyone a Condition matches (06-push.md).
    summary.target =
      rec.Condition === undefined
        ? { type: 'allUsers' }
        : { type: 'segment', condition: conditionOf(rec.Condition) };
  } else if (group) summary.target = { type: 'group', groupId: group };
  else {
    const to = str(rec.To_Account);
    if (to) summary.target = { type: 'to', account: to };
    else {
      const user = str(rec.Identifier) ?? str(rec.UserID) ?? str(rec.From_Account);
      if (user && !batch) summary.target = { type: 'for', account: user };
    }
  }
  return summary;
}
