/** `openim/importmsg`: import one historical C2C message (../shared/im-api/03-c2c-messages.md). */
import { endpoint } from '../../../api/endpoints/openim/importmsg';
import { defineHandler } from '../../handler';
import { c2cParamCode, requireFrom, requireTo, storeC2c } from './c2c-common';

/**
 * Stores the message at its own timestamp in (time, seq) order in both views and refreshes both
 * conversation lists. Mode 2 (history) is never unread; 5 (and legacy 1, real-time) counts as
 * unread. A message with the same (MsgSeq, MsgRandom, MsgTimeStamp) in the conversation, either
 * direction, is a duplicate: the first import wins and the repeat still answers OK.
 */
export const importmsg = defineHandler(
  endpoint,
  (req, ctx) => {
    requireFrom(ctx, req.From_Account);
    requireTo(ctx, req.To_Account, 90012);
    const duplicate = ctx.store.c2c
      .conversation(req.From_Account, req.To_Account)
      .some((r) => r.seq === req.MsgSeq && r.random === req.MsgRandom && r.time === req.MsgTimeStamp);
    if (duplicate) return {};
    storeC2c(
      ctx,
      {
        from: req.From_Account,
        to: req.To_Account,
        seq: req.MsgSeq,
        random: req.MsgRandom,
        time: req.MsgTimeStamp,
        flagBits: 0,
        peerRead: 0,
        body: req.MsgBody,
        ...(req.CloudCustomData !== undefined ? { cloudCustomData: req.CloudCustomData } : {}),
        senderCopy: true,
        recipientCopy: true,
        countsUnread: req.SyncFromOldSystem !== 2,
      },
      { updateConversations: true },
    );
    return {};
  },
  { paramCode: c2cParamCode },
);
