/** `sns/friend_delete`: delete chosen friends (../shared/im-api/07-relationships.md). */
import { endpoint } from '../../../api/endpoints/sns/friend_delete';
import { afterFriendsDeleted, diffPairs, pairSink } from '../../callbacks/sns-events';
import { defineHandler } from '../../handler';
import { SNS_ACCOUNT_NOT_EXIST_INFO, batchReply, fail, ok, ownerSlice, trackFriendPairs } from './sns-common';

/**
 * Removes `friends[owner][to]` (and with `Delete_Type_Both` also `friends[to][owner]`, whose absence
 * is no error). A `to` not in the owner's list → per-item 31704, yet a two-way delete still removes
 * the reverse entry. The pair's pending requests are dropped; friend lists stay.
 */
export const friendDelete = defineHandler(endpoint, (req, ctx) => {
  const owner = req.From_Account;
  const rel = ownerSlice(ctx, owner);
  const both = req.DeleteType === 'Delete_Type_Both';
  const pairs = pairSink();
  const items = req.To_Account.map((to) => {
    if (!ctx.store.isImported(to)) return fail(to, 30003, SNS_ACCOUNT_NOT_EXIST_INFO);
    const removed = trackFriendPairs(ctx, owner, [to], () =>
      diffPairs(rel, owner, [to], pairs, () => {
        const had = rel.removeFriend(owner, to);
        if (both) rel.removeFriend(to, owner);
        return had;
      }),
    );
    rel.dropPending(owner, to);
    return removed ? ok(to) : fail(to, 31704, 'Err_SNS_FriendDelete_Not_Friend');
  });
  afterFriendsDeleted(ctx, pairs.removed);
  return batchReply(items);
});
