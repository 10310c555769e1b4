/**
 * The one-line summary of an audited IM call, shown in the audit list: the command, how many items a
 * batch carried and what it targeted, e.g. "account_delete of 3 accounts", "send_group_msg in group
 * @TGS#1" or "admin_getroammsg: conversation alice ↔ bob". English, plain text (the console shows it as data).
 */
import type { AnyEndpoint } from '../../api/endpoint';

/** What the items of a batch field are, by field name (the IM API's own names; unknown ones are "items"). */
const nouns = new Map<string, [string, string]>(
  Object.entries({
    DeleteItem: ['account', 'accounts'],
    CheckItem: ['account', 'accounts'],
    Accounts: ['account', 'accounts'],
    AccountList: ['account', 'accounts'],
    To_Account: ['account', 'accounts'],
    ProfileItem: ['profile field', 'profile fields'],
    AddFriendItem: ['friend', 'friends'],
    UpdateItem: ['friend', 'friends'],
    MemberList: ['member', 'members'],
    MemberToDel_Account: ['member', 'members'],
    Members_Account: ['member', 'members'],
    GroupIdList: ['group', 'groups'],
    MsgList: ['message', 'messages'],
    MsgBody: ['message element', 'message elements'],
    MsgSeqList: ['message', 'messages'],
    MsgKeyList: ['message', 'messages'],
    TopicIdList: ['topic', 'topics'],
    UserAttrs: ['user', 'users'],
    UserTags: ['user', 'users'],
  } satisfies Record<string, [string, string]>),
);

const MAX_SUMMARY = 200;

function clean(text: string): string {
  return text.replace(/\p{Cc}+/gu, ' ').slice(0, 80);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? clean(v) : typeof v === 'number' ? String(v) : undefined;
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

/** Tags as `a, b` (each cleaned), or undefined when the field is not a non-empty list. */
function listText(v: unknown): string | undefined {
  if (!Array.isArray(v) || v.length === 0) return undefined;
  return v.map((t) => (typeof t === 'string' ? clean(t) : '?')).join(', ');
}

/** Attribute values as `k=v, k2=v2`, or undefined when the field is not a non-empty object. */
function attrsText(v: unknown): string | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const entries = Object.entries(v as Record<string, unknown>);
  if (entries.length === 0) return undefined;
  return entries.map(([k, val]) => `${clean(k)}=${str(val) ?? '?'}`).join(', ');
}

/** An im_push `Condition` in words: "tagged all of [a, b]", "with attributes any of [city=sh]" (06-push.md). */
function conditionText(condition: unknown): string {
  const c = typeof condition === 'object' && condition !== null ? (condition as Record<string, unknown>) : {};
  const parts = [
    ['tagged all of', listText(c.TagsAnd)],
    ['tagged any of', listText(c.TagsOr)],
    ['with attributes all of', attrsText(c.AttrsAnd)],
    ['with attributes any of', attrsText(c.AttrsOr)],
  ]
    .filter((p): p is [string, string] => p[1] !== undefined)
    .map(([label, text]) => `${label} [${text}]`);
  return parts.length > 0 ? parts.join(' and ') : 'matching an empty condition';
}

/** Summarises an IM call from its endpoint and (parsed) request body. */
export function summarizeCall(
  endpoint: AnyEndpoint,
  kind: 'im_call' | 'content_read',
  body: unknown,
): string {
  const rec =
    typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : {};
  const parts: string[] = [endpoint.command];
  const group = str(rec.GroupId);
  if (kind === 'content_read') {
    const a = str(rec.Operator_Account) ?? str(rec.From_Account);
    const b = str(rec.Peer_Account) ?? str(rec.To_Account);
    if (group) parts.push(`: group ${group}`);
    else if (a && b) parts.push(`: conversation ${a} ↔ ${b}`);
    else if (a) parts.push(`: ${a}`);
    const chatType = str(rec.ChatType);
    const msgTime = str(rec.MsgTime);
    if (chatType || msgTime)
      parts.push(`: archive${chatType ? ` ${chatType}` : ''}${msgTime ? ` ${msgTime}` : ''}`);
    return parts.join('').slice(0, MAX_SUMMARY);
  }
  const batch = batchOf(rec);
  if (batch && batch.field !== 'MsgBody') {
    const [one, many] = nouns.get(batch.field) ?? ['item', 'items'];
    parts.push(` of ${batch.count} ${batch.count === 1 ? one : many}`);
  }
  if (endpoint.command === 'im_push' && (!batch || batch.field === 'MsgBody')) {
    // all_member_push/im_push without To_Account reaches everyone, or everyone a Condition matches (06-push.md).
    parts.push(rec.Condition === undefined ? ' to all users' : ` to users ${conditionText(rec.Condition)}`);
  } else if (group) parts.push(` in group ${group}`);
  else {
    const to = str(rec.To_Account);
    if (to) parts.push(` to ${to}`);
    else {
      const user = str(rec.Identifier) ?? str(rec.UserID) ?? str(rec.From_Account);
      if (user && !batch) parts.push(` for ${user}`);
    }
  }
  return parts.join('').slice(0, MAX_SUMMARY);
}
