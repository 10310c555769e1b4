/** `sns/group_get`: list a user's friend lists (../shared/im-api/07-relationships.md). */
import { endpoint } from '../../../api/endpoints/sns/group_get';
import { defineHandler } from '../../handler';
import { ownerSlice } from './sns-common';

/**
 * Lists in creation order with `FriendNumber` counted from current memberships (empty lists show 0);
 * members (`To_Account`, in friend_get order) when `NeedFriend` is `Need_Friend_Type_Yes`, even with
 * a `GroupName` filter as the docs' example does. Unknown names in the filter are skipped.
 */
export const groupGet = defineHandler(endpoint, (req, ctx) => {
  const owner = req.From_Account;
  const rel = ownerSlice(ctx, owner);
  const { lists, seq } = rel.read(owner);
  const friends = rel.friendsInOrder(owner);
  const wanted = req.GroupName ? lists.filter((n) => req.GroupName?.includes(n)) : lists;
  const ResultItem = wanted.map((GroupName) => {
    const members = friends.filter(([, e]) => e.groups.includes(GroupName)).map(([id]) => id);
    return {
      GroupName,
      FriendNumber: members.length,
      ...(req.NeedFriend === 'Need_Friend_Type_Yes' ? { To_Account: members } : {}),
    };
  });
  return { ResultItem, CurrentSequence: seq.list };
});
