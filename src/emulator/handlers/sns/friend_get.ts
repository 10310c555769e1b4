/** `sns/friend_get`: page through all friends of a user (../shared/im-api/07-relationships.md). */
import { endpoint } from '../../../api/endpoints/sns/friend_get';
import { defineHandler } from '../../handler';
import { friendValueItems, ownerSlice } from './sns-common';

/** Friends per page: the live size is chosen by the server and undocumented (07 friend_get). */
export const FRIEND_GET_PAGE_SIZE = 100;

/**
 * Answers friends `[StartIndex, StartIndex + 100)` in AddTime-then-UserID order with their set
 * fields. At the end `CompleteFlag: 1, NextStartIndex: 0`, else `CompleteFlag: 0` and the next
 * offset. A non-zero `StandardSequence`/`CustomSequence` equal to the current one leaves those
 * fields out (the rows stay); the current sequences are always returned.
 */
export const friendGet = defineHandler(endpoint, (req, ctx) => {
  const owner = req.From_Account;
  const rel = ownerSlice(ctx, owner);
  const { seq } = rel.read(owner);
  const all = rel.friendsInOrder(owner);
  const end = req.StartIndex + FRIEND_GET_PAGE_SIZE;
  const complete = end >= all.length;
  const parts = {
    standard: !req.StandardSequence || req.StandardSequence !== seq.standard,
    custom: !req.CustomSequence || req.CustomSequence !== seq.custom,
  };
  return {
    UserDataItem: all.slice(req.StartIndex, end).map(([To_Account, entry]) => ({
      To_Account,
      ValueItem: friendValueItems(entry, parts),
    })),
    StandardSequence: seq.standard,
    CustomSequence: seq.custom,
    FriendNum: all.length,
    CompleteFlag: complete ? 1 : 0,
    NextStartIndex: complete ? 0 : end,
  };
});
