/** `sns/black_list_delete`: remove users from a blocklist (../shared/im-api/07-relationships.md). */
import { endpoint } from '../../../api/endpoints/sns/black_list_delete';
import { defineHandler } from '../../handler';
import { batchReply, ok, ownerSlice } from './sns-common';

/**
 * Unblocks each target; unblocking someone who is not blocked (or does not exist) also succeeds, as
 * integrators report of the real service. Friendships ended by blocking are not restored.
 */
export const blackListDelete = defineHandler(endpoint, (req, ctx) => {
  const owner = req.From_Account;
  const rel = ownerSlice(ctx, owner);
  return batchReply(
    req.To_Account.map((to) => {
      rel.unblock(owner, to);
      return ok(to);
    }),
  );
});
