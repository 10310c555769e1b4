/** `sns/black_list_add`: add users to a blocklist (../shared/im-api/07-relationships.md). */
import { endpoint } from '../../../api/endpoints/sns/black_list_add';
import { MAX_BLOCKLIST } from '../../../api/friend';
import { afterFriendsDeleted, diffPairs, pairSink } from '../../callbacks/sns-events';
import { defineHandler } from '../../handler';
import { SNS_ACCOUNT_NOT_EXIST_INFO, batchReply, fail, ok, ownerSlice, trackFriendPairs } from './sns-common';

/**
 * Blocks each target in turn: unknown → 30003, self → 30001 (emulator choice), already blocked →
 * `Err_SNS_BlackListAdd_Already_Exist` with the slice's `alreadyBlockedCode` (30001, or 31307 as
 * observed), full blocklist → 30013. Blocking ends any friendship between the pair on both sides
 * and drops their pending requests; the target's own blocklist is untouched.
 */
export const blackListAdd = defineHandler(endpoint, (req, ctx) => {
  const owner = req.From_Account;
  const rel = ownerSlice(ctx, owner);
  const pairs = pairSink();
  const items = req.To_Account.map((to) => {
    if (!ctx.store.isImported(to)) return fail(to, 30003, SNS_ACCOUNT_NOT_EXIST_INFO);
    if (to === owner) return fail(to, 30001, 'Err_SNS_BlackListAdd_Add_Self');
    if (rel.hasBlocked(owner, to)) {
      return fail(to, rel.alreadyBlockedCode, 'Err_SNS_BlackListAdd_Already_Exist');
    }
    if (rel.blockCount(owner) >= MAX_BLOCKLIST) {
      return fail(to, 30013, 'Err_SNS_BlackListAdd_BlackList_Num_Exceed_Threshold');
    }
    trackFriendPairs(ctx, owner, [to], () =>
      diffPairs(rel, owner, [to], pairs, () => rel.block(owner, to, ctx.nowSeconds)),
    );
    return ok(to);
  });
  afterFriendsDeleted(ctx, pairs.removed);
  return batchReply(items);
});
