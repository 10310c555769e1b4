/** `openim/sendmsg`: send a one-to-one message as the admin or any account (../shared/im-api/03-c2c-messages.md). */
import { endpoint } from '../../../api/endpoints/openim/sendmsg';
import { afterC2cSend, gateC2cSend } from '../../callbacks/c2c-events';
import { defineHandler } from '../../handler';
import { ImFailure } from '../../im-failure';
import { msgKeyOf } from '../../state/c2c-record';
import type { C2cRecord } from '../../state/c2c-record';
import {
  C2C_MUTED,
  c2cMutedForRest,
  c2cParamCode,
  requireFrom,
  requireTo,
  sentC2cRecord,
  storeC2c,
} from './c2c-common';

/** Window in which a repeat of the same (sender, MsgSeq, MsgRandom, content) is a duplicate (03 sendmsg). */
export const DEDUPE_SECONDS = 120;

/**
 * Stores the message in the recipient's view (and the sender's unless `SyncOtherMachine` 2), counts
 * it unread unless `NoUnread`, refreshes both conversation lists unless `NoLastMsg`. `MsgLifeTime` 0
 * (online only) stores nothing. A duplicate within 120 s answers with the first message's time and key.
 * A globally muted sender is refused (20012) only with the `restC2cMute` switch (12-global-mute.md).
 */
export const sendmsg = defineHandler(
  endpoint,
  async (req, ctx) => {
    const from = req.From_Account ?? ctx.caller;
    requireFrom(ctx, from);
    requireTo(ctx, req.To_Account, 90012);
    if (c2cMutedForRest(ctx, from)) throw new ImFailure(C2C_MUTED, `${from} is muted in one-to-one chats`);
    const bodyJson = JSON.stringify(req.MsgBody);
    if (req.MsgSeq !== undefined) {
      const dup = ctx.store.c2c
        .conversation(from, req.To_Account)
        .findLast(
          (r) =>
            r.time >= ctx.nowSeconds - DEDUPE_SECONDS &&
            r.from === from &&
            r.to === req.To_Account &&
            r.seq === req.MsgSeq &&
            r.random === req.MsgRandom &&
            JSON.stringify(r.body) === bodyJson,
        );
      if (dup) return { MsgTime: dup.time, MsgKey: msgKeyOf(dup) };
    }
    const control = req.SendMsgControl ?? [];
    const record: C2cRecord = {
      ...sentC2cRecord(ctx, req, from, req.To_Account, req.MsgSeq ?? ctx.store.c2c.randomSeq()),
      ...(req.SupportMessageExtension === 1 ? { ext: { latestSeq: 0, clearSeq: 0, kvs: [] } } : {}),
    };
    // Webhooks (14-webhooks.md C2C.*): the before-callback may refuse, modify or silently drop.
    const forbid = req.ForbidCallbackControl ?? [];
    if ((await gateC2cSend(ctx, record, req.MsgLifeTime === 0, forbid)) === 'drop') {
      return { MsgTime: record.time, MsgKey: msgKeyOf(record) };
    }
    if (req.MsgLifeTime !== 0) {
      storeC2c(ctx, record, { updateConversations: !control.includes('NoLastMsg') });
    }
    afterC2cSend(ctx, record, req.MsgLifeTime === 0, forbid);
    return { MsgTime: record.time, MsgKey: msgKeyOf(record) };
  },
  { paramCode: c2cParamCode },
);
