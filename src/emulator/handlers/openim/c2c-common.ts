/**
 * Rules shared by the C2C message handlers: openim's field-specific codes for schema failures
 * (../shared/im-api/01-conventions.md §10.3, 04-message-elements.md §14), account checks, the
 * roaming cut-off and storing a message with its conversation-list effects (03-c2c-messages.md §12).
 */
import type { HandlerContext } from '../../handler';
import { ImFailure } from '../../im-failure';
import type { SchemaIssue } from '../../services';
import type { C2cRecord } from '../../state/c2c-record';

const DAY = 86_400;

/** The code 04 §14 gives a broken `MsgBody` issue (path relative to the body's field). */
export function msgBodyCode(issue: SchemaIssue, rawBody: unknown): number {
  const rest = issue.path.slice(1);
  if (rest.length === 0) {
    if (issue.code === 'invalid_type') return 90007;
    if (issue.code === 'custom' && issue.message.includes('bytes')) return 93000;
    return 90002;
  }
  if (rest.length === 1) return 90002;
  const [index, field] = rest;
  const element = Array.isArray(rawBody) ? (rawBody[index as number] as Record<string, unknown>) : undefined;
  if (field === 'MsgType') {
    if (issue.code === 'custom') return 90010; // a second TIMCustomElem
    return element?.MsgType === undefined ? 90002 : 90010;
  }
  if (field === 'MsgContent' && rest.length === 2) return 90002;
  return 90010;
}

/**
 * openim's per-field codes for the C2C commands, beyond the service defaults (`services.ts`):
 * message body (90007/90002/90010/93000), `MsgLifeTime` (90026 negative, 90044 not an integer),
 * `MsgKey` (90054) and `SyncFromOldSystem` (90030).
 */
export function c2cParamCode(issue: SchemaIssue, body: Record<string, unknown>): number | undefined {
  const field = issue.path[0];
  switch (field) {
    case 'MsgBody':
      return msgBodyCode(issue, body.MsgBody);
    case 'MsgLifeTime':
      return issue.code === 'too_small' ? 90026 : 90044;
    case 'MsgKey':
      return 90054;
    case 'SyncFromOldSystem':
      return 90030;
    default:
      return undefined;
  }
}

/** For history and read calls: the operator/reporter is 90008, the peer 90003 (03 admin_getroammsg, admin_set_msg_read). */
export function participantParamCode(issue: SchemaIssue, body: Record<string, unknown>): number | undefined {
  const field = issue.path[0];
  if (field === 'Operator_Account' || field === 'Report_Account') return 90008;
  if (field === 'Peer_Account') return 90003;
  return c2cParamCode(issue, body);
}

/** Fails with 90008 unless the sender/operator account is imported. */
export function requireFrom(ctx: HandlerContext, userId: string): void {
  if (!ctx.store.isImported(userId)) throw new ImFailure(90008, `From_Account ${userId} does not exist`);
}

/**
 * True when a REST send must be refused because the sender's account-wide C2C mute is active: only
 * with the `restC2cMute` switch, since 12-global-mute.md says REST `sendmsg` skips mute checks
 * (clients get 20012). The code to answer is `C2C_MUTED`.
 */
export function c2cMutedForRest(ctx: HandlerContext, from: string): boolean {
  return ctx.config.restC2cMute && ctx.store.globalMute.isC2cMuted(from, ctx.nowSeconds);
}

/** The error a globally C2C-muted sender gets (12-global-mute.md "Concept"). */
export const C2C_MUTED = 20012;

/** Fails with `code` (90003, or 90012 on sends and imports) unless the recipient/peer is imported. */
export function requireTo(ctx: HandlerContext, userId: string, code = 90003): void {
  if (!ctx.store.isImported(userId)) throw new ImFailure(code, `To_Account ${userId} does not exist`);
}

/** The oldest `MsgTimeStamp` still inside the roaming period (03 §12 "Retention"). */
export function roamingSince(ctx: HandlerContext): number {
  return ctx.nowSeconds - ctx.config.roamingDays * DAY;
}

/** The fields of a REST send (`sendmsg`, `batchsendmsg`) that decide how its message is stored. */
interface RestSend {
  MsgRandom: number;
  MsgBody: C2cRecord['body'];
  CloudCustomData?: string;
  SyncOtherMachine?: number;
  SendMsgControl?: readonly string[];
}

/**
 * The record a REST send stores for one recipient, sent now (03 sendmsg rules): in the recipient's view,
 * in the sender's unless `SyncOtherMachine` 2, counted unread unless `NoUnread`.
 */
export function sentC2cRecord(
  ctx: HandlerContext,
  req: RestSend,
  from: string,
  to: string,
  seq: number,
): C2cRecord {
  return {
    from,
    to,
    seq,
    random: req.MsgRandom,
    time: ctx.nowSeconds,
    flagBits: 0,
    peerRead: 0,
    body: req.MsgBody,
    ...(req.CloudCustomData !== undefined ? { cloudCustomData: req.CloudCustomData } : {}),
    senderCopy: req.SyncOtherMachine !== 2,
    recipientCopy: true,
    countsUnread: !(req.SendMsgControl ?? []).includes('NoUnread'),
  };
}

/** Stores a message and refreshes both sides' conversation lists unless `NoLastMsg` (03 sendmsg rules). */
export function storeC2c(
  ctx: HandlerContext,
  r: C2cRecord,
  opts: { updateConversations: boolean },
): C2cRecord {
  ctx.store.c2c.insert(r);
  if (opts.updateConversations) ctx.store.conversations.noteC2cMessage(r.from, r.to, r.time, r.senderCopy);
  return r;
}
