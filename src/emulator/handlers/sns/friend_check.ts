/** `sns/friend_check`: check friendship relations (../shared/im-api/07-relationships.md). */
import { endpoint } from '../../../api/endpoints/sns/friend_check';
import type { FriendRelation } from '../../../api/friend';
import { defineHandler } from '../../handler';
import { ownerSlice } from './sns-common';

/**
 * Read-only. Single looks only in the owner's list (AWithB / NoRelation); Both also looks in each
 * target's list (BothWay / AWithB / BWithA / NoRelation). Input order and duplicates are kept; an
 * unknown target is NoRelation with ResultCode 0 (emulator choice).
 */
export const friendCheck = defineHandler(endpoint, (req, ctx) => {
  const owner = req.From_Account;
  const rel = ownerSlice(ctx, owner);
  const both = req.CheckType === 'CheckResult_Type_Both';
  const InfoItem = req.To_Account.map((to) => {
    const aWithB = rel.isFriend(owner, to);
    const bWithA = both && rel.isFriend(to, owner);
    const Relation: FriendRelation =
      aWithB && bWithA
        ? 'CheckResult_Type_BothWay'
        : aWithB
          ? 'CheckResult_Type_AWithB'
          : bWithA
            ? 'CheckResult_Type_BWithA'
            : 'CheckResult_Type_NoRelation';
    return { To_Account: to, Relation, ResultCode: 0, ResultInfo: '' };
  });
  return { InfoItem };
});
