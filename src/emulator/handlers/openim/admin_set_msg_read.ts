/** `openim/admin_set_msg_read`: mark a C2C conversation read for one user (../shared/im-api/03-c2c-messages.md). */
import { endpoint } from '../../../api/endpoints/openim/admin_set_msg_read';
import { afterC2cReadReport } from '../../callbacks/c2c-events';
import { defineHandler } from '../../handler';
import { participantParamCode, requireFrom, requireTo } from './c2c-common';

/**
 * Moves the reporter's read marker for the peer to `MsgReadTime` (string or number; default now),
 * never backwards; messages at or before it no longer count as unread. `IsPeerRead` is untouched.
 */
export const adminSetMsgRead = defineHandler(
  endpoint,
  (req, ctx) => {
    requireFrom(ctx, req.Report_Account);
    requireTo(ctx, req.Peer_Account);
    const time = req.MsgReadTime === undefined ? ctx.nowSeconds : Number(req.MsgReadTime);
    ctx.store.c2c.markRead(req.Report_Account, req.Peer_Account, time);
    afterC2cReadReport(ctx, req.Report_Account, req.Peer_Account);
    return {};
  },
  { paramCode: participantParamCode },
);
