/** `openim/admin_msgwithdraw`: recall a C2C message (../shared/im-api/03-c2c-messages.md). */
import { MSG_FLAG_RECALLED } from '../../../api/c2c';
import { endpoint } from '../../../api/endpoints/openim/admin_msgwithdraw';
import { afterC2cRecall } from '../../callbacks/c2c-events';
import { defineHandler } from '../../handler';
import { ImFailure } from '../../im-failure';
import { parseMsgKey } from '../../state/c2c-record';
import { c2cParamCode, requireFrom, requireTo, roamingSince } from './c2c-common';

/**
 * Flags the message recalled (`MsgFlagBits` 8) in both views; history still lists it and it stops
 * counting as unread. Malformed key 90054; not found in From→To within the roaming period 20022;
 * already recalled 20023. Irreversible.
 */
export const adminMsgwithdraw = defineHandler(
  endpoint,
  (req, ctx) => {
    requireFrom(ctx, req.From_Account);
    requireTo(ctx, req.To_Account);
    if (!parseMsgKey(req.MsgKey)) throw new ImFailure(90054, `MsgKey ${req.MsgKey} is not valid`);
    const r = ctx.store.c2c.find(req.From_Account, req.To_Account, req.MsgKey, roamingSince(ctx));
    if (!r) throw new ImFailure(20022, 'the message to recall does not exist');
    if (r.flagBits === MSG_FLAG_RECALLED) throw new ImFailure(20023, 'the message has already been recalled');
    r.flagBits = MSG_FLAG_RECALLED;
    afterC2cRecall(ctx, req.From_Account, req.To_Account, req.MsgKey);
    return {};
  },
  { paramCode: c2cParamCode },
);
