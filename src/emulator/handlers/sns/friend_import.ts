/** `sns/friend_import`: bulk-import one-way friend entries (../shared/im-api/07-relationships.md). */
import { endpoint } from '../../../api/endpoints/sns/friend_import';
import { MAX_FRIENDS } from '../../../api/friend';
import { defineHandler } from '../../handler';
import {
  SNS_ACCOUNT_NOT_EXIST_INFO,
  batchReply,
  fail,
  ok,
  ownerSlice,
  requireRegisteredTags,
  trackFriendPairs,
} from './sns-common';

/**
 * Writes only `friends[owner][to]`, with no verification, blocklist or pending check. An existing
 * entry is overwritten (upsert). `AddTime`/`RemarkTime` default to now; named lists are created.
 * An unregistered custom tag fails the whole call (30001) before anything is written.
 */
export const friendImport = defineHandler(endpoint, (req, ctx) => {
  const owner = req.From_Account;
  const rel = ownerSlice(ctx, owner);
  requireRegisteredTags(
    rel,
    req.AddFriendItem.flatMap((i) => (i.CustomItem ?? []).map((c) => c.Tag)),
  );
  const items = req.AddFriendItem.map((item) => {
    const to = item.To_Account;
    if (!ctx.store.isImported(to)) return fail(to, 30003, SNS_ACCOUNT_NOT_EXIST_INFO);
    if (to === owner) return fail(to, 30001, 'Err_SNS_FriendImport_Import_Self');
    if (!rel.isFriend(owner, to) && rel.friendCount(owner) >= MAX_FRIENDS) {
      return fail(to, 30010, 'Err_SNS_FriendImport_My_Friend_Num_Exceed_Threshold');
    }
    const groups = [...new Set(item.GroupName ?? [])];
    if (!rel.ensureLists(owner, groups)) {
      return fail(to, 30011, 'Err_SNS_FriendImport_Group_Num_Exceed_Threshold');
    }
    trackFriendPairs(ctx, owner, [to], () =>
      rel.setFriend(owner, to, {
        addSource: item.AddSource,
        addTime: item.AddTime ?? ctx.nowSeconds,
        groups,
        custom: new Map((item.CustomItem ?? []).map((c) => [c.Tag, c.Value])),
        ...(item.AddWording ? { addWording: item.AddWording } : {}),
        ...(item.Remark ? { remark: item.Remark, remarkTime: item.RemarkTime ?? ctx.nowSeconds } : {}),
      }),
    );
    return ok(to);
  });
  return batchReply(items);
});
