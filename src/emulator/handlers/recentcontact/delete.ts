/** `recentcontact/delete`: delete one conversation of a user (../shared/im-api/08-conversations.md). */
import { endpoint } from '../../../api/endpoints/recentcontact/delete';
import { defineHandler } from '../../handler';
import { requireOwner } from './contact-common';

/**
 * Removes the owner's list entry only (the peer's list, the group and group/mark data stay) and
 * marks it read; a missing conversation still succeeds. `ClearRamble` 1 also hides the owner's
 * roaming history of it. A group may be named in `ToGroupid` or, seed-style, in `To_Account`.
 */
export const deleteConversation = defineHandler(endpoint, (req, ctx) => {
  requireOwner(ctx, req.From_Account);
  const owner = req.From_Account;
  if (req.Type === 1) {
    const peer = req.To_Account as string;
    ctx.store.conversations.remove(owner, { type: 1, id: peer });
    ctx.store.c2c.markRead(owner, peer, ctx.nowSeconds);
    if (req.ClearRamble === 1) ctx.store.c2c.clearHistory(owner, peer);
  } else {
    const groupId = (req.ToGroupid ?? req.To_Account) as string;
    ctx.store.conversations.remove(owner, { type: 2, id: groupId });
    if (req.ClearRamble === 1) ctx.store.conversations.clearGroupHistory(owner, groupId, ctx.nowSeconds);
  }
  return {};
});
