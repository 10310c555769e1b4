/**
 * Finding the C2C message an extension call names (../shared/im-api/03-c2c-messages.md §10–11;
 * the 23002 "message does not support extensions" code is the group twin's, 11-groups-messages.md).
 */
import type { HandlerContext } from '../../handler';
import { ImFailure } from '../../im-failure';
import type { C2cRecord, MessageExtensions } from '../../state/c2c-record';
import { requireFrom, requireTo, roamingSince } from '../openim/c2c-common';

/** Most KVs one message may hold (03 set_key_values limits). */
export const MAX_KVS_PER_MESSAGE = 300;

/** The message and its extension state; 90008/90003 unknown accounts, 20026 not found, 23002 no extension support. */
export function extensibleMessage(
  ctx: HandlerContext,
  req: { From_Account?: string | undefined; To_Account: string; MsgKey: string },
): C2cRecord & { ext: MessageExtensions } {
  if (req.From_Account !== undefined) requireFrom(ctx, req.From_Account);
  requireTo(ctx, req.To_Account);
  const since = roamingSince(ctx);
  const r =
    req.From_Account !== undefined
      ? ctx.store.c2c.find(req.From_Account, req.To_Account, req.MsgKey, since)
      : ctx.store.c2c.findTo(req.To_Account, req.MsgKey, since);
  if (!r) throw new ImFailure(20026, 'the message does not exist');
  if (!r.ext) throw new ImFailure(23002, 'the message was not sent with SupportMessageExtension 1');
  return r as C2cRecord & { ext: MessageExtensions };
}
