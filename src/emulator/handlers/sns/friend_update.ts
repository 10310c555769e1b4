/** `sns/friend_update`: change remarks, friend lists and custom fields (../shared/im-api/07-relationships.md). */
import { endpoint } from '../../../api/endpoints/sns/friend_update';
import { isCustomFriendTag } from '../../../api/friend';
import type { FriendValue } from '../../state/relationships-model';
import { defineHandler } from '../../handler';
import {
  SNS_ACCOUNT_NOT_EXIST_INFO,
  batchReply,
  fail,
  ok,
  ownerSlice,
  requireRegisteredTags,
} from './sns-common';

/**
 * Updates only the owner's side. `Tag_SNS_IM_Group` replaces the whole membership (new names are
 * created; over 32 lists → per-item 30011), `Tag_SNS_IM_Remark` replaces the remark (`""` clears it),
 * custom tags set the value. A friend not in the owner's list → per-item 30001; an unregistered
 * custom tag fails the whole call (30001, 07 §0) before anything is written.
 */
export const friendUpdate = defineHandler(endpoint, (req, ctx) => {
  const owner = req.From_Account;
  const rel = ownerSlice(ctx, owner);
  requireRegisteredTags(
    rel,
    req.UpdateItem.flatMap((u) => u.SnsItem.map((s) => s.Tag).filter(isCustomFriendTag)),
  );
  const items = req.UpdateItem.map(({ To_Account: to, SnsItem }) => {
    if (!ctx.store.isImported(to)) return fail(to, 30003, SNS_ACCOUNT_NOT_EXIST_INFO);
    const entry = rel.friend(owner, to);
    if (!entry) return fail(to, 30001, 'Err_SNS_FriendUpdate_Friend_Not_Exist');
    const groupItem = SnsItem.findLast((s) => s.Tag === 'Tag_SNS_IM_Group');
    const groups = groupItem ? [...new Set(groupItem.Value as string[])] : undefined;
    if (groups && !rel.ensureLists(owner, groups)) {
      return fail(to, 30011, 'Err_SNS_FriendUpdate_Group_Num_Exceed_Threshold');
    }
    let standard = false;
    let custom = false;
    for (const { Tag, Value } of SnsItem) {
      if (Tag === 'Tag_SNS_IM_Remark') {
        standard = true;
        if (Value === '') delete entry.remark;
        else entry.remark = Value as string;
        entry.remarkTime = ctx.nowSeconds;
      } else if (Tag === 'Tag_SNS_IM_Group') {
        standard = true;
      } else {
        custom = true;
        entry.custom.set(Tag, Value as FriendValue);
      }
    }
    if (groups) entry.groups = groups;
    if (standard) rel.bump(owner, 'standard');
    if (custom) rel.bump(owner, 'custom');
    return ok(to);
  });
  return batchReply(items);
});
