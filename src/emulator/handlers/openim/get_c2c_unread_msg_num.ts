/** `openim/get_c2c_unread_msg_num`: a user's C2C unread counts (../shared/im-api/03-c2c-messages.md). */
import { endpoint } from '../../../api/endpoints/openim/get_c2c_unread_msg_num';
import { defineHandler } from '../../handler';
import { requireTo } from './c2c-common';

/**
 * Without `Peer_Account`: `AllC2CUnreadMsgNum`, the sum over every conversation. With it: one count
 * per existing peer in request order (0 without a conversation), unknown peers in `ErrorList` (70107).
 */
export const getC2cUnreadMsgNum = defineHandler(endpoint, (req, ctx) => {
  requireTo(ctx, req.To_Account);
  if (req.Peer_Account === undefined)
    return { AllC2CUnreadMsgNum: ctx.store.c2c.totalUnread(req.To_Account) };
  const list: { Peer_Account: string; C2CUnreadMsgNum: number }[] = [];
  const errors: { Peer_Account: string; ErrorCode: number }[] = [];
  for (const peer of req.Peer_Account) {
    if (ctx.store.isImported(peer)) {
      list.push({ Peer_Account: peer, C2CUnreadMsgNum: ctx.store.c2c.unread(req.To_Account, peer) });
    } else errors.push({ Peer_Account: peer, ErrorCode: 70107 });
  }
  return { C2CUnreadMsgNumList: list, ...(errors.length ? { ErrorList: errors } : {}) };
});
