/** `sns/friend_delete_all`: delete every friend of a user (../shared/im-api/07-relationships.md). */
import { endpoint } from '../../../api/endpoints/sns/friend_delete_all';
import { afterFriendsDeleted, diffPairs, pairSink } from '../../callbacks/sns-events';
import { defineHandler } from '../../handler';
import { ownerSlice, trackFriendPairs } from './sns-common';

/**
 * Clears every `friends[owner][*]`; with `Delete_Type_Both` also removes the owner from each former
 * friend's list. Users who list the owner without being listed back are untouched either way; the
 * owner's friend-list names and the blocklist stay. Idempotent: an empty list succeeds.
 */
export const friendDeleteAll = defineHandler(endpoint, (req, ctx) => {
  const owner = req.From_Account;
  const rel = ownerSlice(ctx, owner);
  const both = req.DeleteType === 'Delete_Type_Both';
  const r = rel.user(owner);
  const former = [...r.friends.keys()];
  const pairs = pairSink();
  trackFriendPairs(ctx, owner, former, () =>
    diffPairs(rel, owner, former, pairs, () => {
      r.friends.clear();
      rel.bump(owner, 'standard');
      rel.bump(owner, 'custom');
      if (both) for (const peer of former) rel.removeFriend(peer, owner);
    }),
  );
  afterFriendsDeleted(ctx, pairs.removed);
  return {};
});
