/**
 * The one-to-one message callbacks (../shared/im-api/14-webhooks.md `C2C.*`): the before-send gate
 * (allow, refuse with 20006 or a custom code, modify the body, silent drop) and the after-send,
 * read-report and recall notifications, with the bodies the docs show.
 */
import { msgBodySchema } from '../../api/elements';
import type { HandlerContext } from '../handler';
import { ImFailure } from '../im-failure';
import { msgKeyOf } from '../state/c2c-record';
import type { C2cRecord } from '../state/c2c-record';
import { SEND_MSG_RULE, gate } from './decisions';

/** `ForbidCallbackControl` values of a send (03-c2c-messages.md sendmsg). */
export type ForbidCallback = 'ForbidBeforeSendMsgCallback' | 'ForbidAfterSendMsgCallback';

function messageFields(r: C2cRecord, onlineOnly: boolean): Record<string, unknown> {
  return {
    From_Account: r.from,
    To_Account: r.to,
    MsgSeq: r.seq,
    MsgRandom: r.random,
    MsgTime: r.time,
    MsgKey: msgKeyOf(r),
    OnlineOnlyFlag: onlineOnly ? 1 : 0,
    MsgBody: r.body,
    ...(r.cloudCustomData !== undefined ? { CloudCustomData: r.cloudCustomData } : {}),
  };
}

/**
 * Runs `C2C.CallbackBeforeSendMsg` (unless forbidden) before the message is stored: a refusal throws
 * the caller's code, a valid replacement `MsgBody` / `CloudCustomData` is written into `r`, and
 * `drop` means "answer success, store and notify nothing". An invalid replacement body is ignored.
 */
export async function gateC2cSend(
  ctx: HandlerContext,
  r: C2cRecord,
  onlineOnly: boolean,
  forbid: readonly ForbidCallback[] = [],
): Promise<'send' | 'drop'> {
  const cb = ctx.callbacks;
  if (forbid.includes('ForbidBeforeSendMsgCallback') || !cb.on('C2C.CallbackBeforeSendMsg')) return 'send';
  const result = await cb.before('C2C.CallbackBeforeSendMsg', messageFields(r, onlineOnly));
  const verdict = gate(result, cb.failurePolicy, SEND_MSG_RULE);
  if (verdict.kind === 'refuse') throw new ImFailure(verdict.code, verdict.info);
  if (verdict.kind === 'drop') return 'drop';
  const body = msgBodySchema.safeParse(verdict.answer.MsgBody);
  if (verdict.answer.MsgBody !== undefined && body.success) r.body = body.data;
  if (typeof verdict.answer.CloudCustomData === 'string') r.cloudCustomData = verdict.answer.CloudCustomData;
  return 'send';
}

/** Queues `C2C.CallbackAfterSendMsg` for a delivered (and possibly modified) message, unless forbidden. */
export function afterC2cSend(
  ctx: HandlerContext,
  r: C2cRecord,
  onlineOnly: boolean,
  forbid: readonly ForbidCallback[] = [],
): void {
  if (forbid.includes('ForbidAfterSendMsgCallback') || !ctx.callbacks.on('C2C.CallbackAfterSendMsg')) return;
  ctx.callbacks.after('C2C.CallbackAfterSendMsg', {
    ...messageFields(r, onlineOnly),
    SendMsgResult: 0,
    ErrorInfo: 'send msg succeed',
    UnreadMsgNum: ctx.store.c2c.totalUnread(r.to),
  });
}

/** Queues `C2C.CallbackAfterMsgReport` after a read report moved `reporter`'s marker for `peer`. */
export function afterC2cReadReport(ctx: HandlerContext, reporter: string, peer: string): void {
  if (!ctx.callbacks.on('C2C.CallbackAfterMsgReport')) return;
  ctx.callbacks.after('C2C.CallbackAfterMsgReport', {
    Report_Account: reporter,
    Peer_Account: peer,
    LastReadTime: ctx.store.c2c.readMark(reporter, peer),
    UnreadMsgNum: ctx.store.c2c.totalUnread(reporter),
  });
}

/** Queues `C2C.CallbackAfterMsgWithDraw` after a recall is committed. */
export function afterC2cRecall(ctx: HandlerContext, from: string, to: string, msgKey: string): void {
  if (!ctx.callbacks.on('C2C.CallbackAfterMsgWithDraw')) return;
  ctx.callbacks.after('C2C.CallbackAfterMsgWithDraw', {
    From_Account: from,
    To_Account: to,
    MsgKey: msgKey,
    UnreadMsgNum: ctx.store.c2c.totalUnread(to),
  });
}
