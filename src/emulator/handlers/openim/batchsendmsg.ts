/** `openim/batchsendmsg`: send one C2C message to up to 500 users (../shared/im-api/03-c2c-messages.md). */
import { endpoint } from '../../../api/endpoints/openim/batchsendmsg';
import { defineHandler } from '../../handler';
import { ImFailure } from '../../im-failure';
import { msgKeyOf } from '../../state/c2c-record';
import { C2C_MUTED, c2cMutedForRest, c2cParamCode, requireFrom, sentC2cRecord, storeC2c } from './c2c-common';

/**
 * One time, `MsgSeq` and `MsgKey` for the whole batch, stored in every valid recipient's
 * conversation (and the sender's view of each unless `SyncOtherMachine` 2). Unknown recipients go to
 * `ErrorList` with 70107; none valid → 90012. `MsgLifeTime` 0 or `OnlineOnlyFlag` 1 store nothing.
 * With the `restC2cMute` switch, a globally muted sender stores nothing and every valid recipient is
 * listed with 20012 (12-global-mute.md).
 */
export const batchsendmsg = defineHandler(
  endpoint,
  (req, ctx) => {
    const from = req.From_Account ?? ctx.caller;
    requireFrom(ctx, from);
    const recipients = [...new Set(req.To_Account)];
    const valid = recipients.filter((id) => ctx.store.isImported(id));
    if (!valid.length) throw new ImFailure(90012, 'invalid To_Account');
    const seq = req.MsgSeq ?? ctx.store.c2c.randomSeq();
    const key = msgKeyOf({ seq, random: req.MsgRandom, time: ctx.nowSeconds });
    const control = req.SendMsgControl ?? [];
    const muted = c2cMutedForRest(ctx, from);
    if (req.MsgLifeTime !== 0 && req.OnlineOnlyFlag !== 1 && !muted) {
      for (const to of valid) {
        storeC2c(ctx, sentC2cRecord(ctx, req, from, to, seq), {
          updateConversations: !control.includes('NoLastMsg'),
        });
      }
    }
    const errors = recipients
      .map((id) => ({ To_Account: id, ErrorCode: ctx.store.isImported(id) ? C2C_MUTED : 70107 }))
      .filter((e) => muted || e.ErrorCode === 70107);
    return { MsgKey: key, ...(errors.length ? { ErrorList: errors } : {}) };
  },
  { paramCode: c2cParamCode },
);
