/** `sns/black_list_check`: check blocklist relations (../shared/im-api/07-relationships.md). */
import { endpoint } from '../../../api/endpoints/sns/black_list_check';
import type { BlackRelation } from '../../../api/friend';
import { defineHandler } from '../../handler';
import { ownerSlice } from './sns-common';

/**
 * Read-only. Single looks only at the owner's blocklist (AWithB / NO); Both also at each target's
 * (BothWay / AWithB / BWithA / NO). Input order is kept; an unknown target is NO with code 0.
 */
export const blackListCheck = defineHandler(endpoint, (req, ctx) => {
  const owner = req.From_Account;
  const rel = ownerSlice(ctx, owner);
  const both = req.CheckType === 'BlackCheckResult_Type_Both';
  const BlackListCheckItem = req.To_Account.map((to) => {
    const aWithB = rel.hasBlocked(owner, to);
    const bWithA = both && rel.hasBlocked(to, owner);
    const Relation: BlackRelation =
      aWithB && bWithA
        ? 'BlackCheckResult_Type_BothWay'
        : aWithB
          ? 'BlackCheckResult_Type_AWithB'
          : bWithA
            ? 'BlackCheckResult_Type_BWithA'
            : 'BlackCheckResult_Type_NO';
    return { To_Account: to, Relation, ResultCode: 0, ResultInfo: '' };
  });
  return { BlackListCheckItem };
});
