/** `sns/friend_delete`: delete chosen friends (../shared/im-api/07-relationships.md). */
import { endpoint } from '../../../api/endpoints/sns/friend_delete';
import { defineHandler } from '../../handler';
import { SNS_ACCOUNT_NOT_EXIST_INFO, batchReply, fail, ok, ownerSlice } from './sns-common';

/**
 * Removes `friends[owner][to]` (and with `Delete_Type_Both` also `friends[to][owner]`, whose absence
 * is no error). A `to` not in the owner's list → per-item 31704, yet a two-way delete still removes
 * the reverse entry. The pair's pending requests are dropped; friend lists stay.
 */
export const friendDelete = defineHandler(endpoint, (req, ctx) => {
  const owner = req.From_Account;
  const rel = ownerSlice(ctx, owner);
  const both = req.DeleteType === 'Delete_Type_Both';
  const items = req.To_Account.map((to) => {
    if (!ctx.store.isImported(to)) return fail(to, 30003, SNS_ACCOUNT_NOT_EXIST_INFO);
    const removed = rel.removeFriend(owner, to);
    if (both) rel.removeFriend(to, owner);
    rel.dropPending(owner, to);
    return removed ? ok(to) : fail(to, 31704, 'Err_SNS_FriendDelete_Not_Friend');
  });
  return batchReply(items);
});
