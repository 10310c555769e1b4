/** `sns/friend_add`: add friends one-way or two-way (../shared/im-api/07-relationships.md). */
import { endpoint } from '../../../api/endpoints/sns/friend_add';
import type { FriendAddRequest } from '../../../api/endpoints/sns/friend_add';
import { MAX_FRIENDS, MAX_FRIEND_LISTS } from '../../../api/friend';
import { afterFriendsAdded, diffPairs, pairSink } from '../../callbacks/sns-events';
import { defineHandler } from '../../handler';
import type { HandlerContext } from '../../handler';
import { MAX_PENDING_REQUESTS } from '../../state/relationships-model';
import { SNS_ACCOUNT_NOT_EXIST_INFO, batchReply, fail, ok, ownerSlice, trackFriendPairs } from './sns-common';
import type { SnsResult } from './sns-common';

type Item = FriendAddRequest['AddFriendItem'][number];
type AddType = 'Add_Type_Both' | 'Add_Type_Single';

/** The target's friend-request setting; never-set means NeedConfirm, the profile default (05-profile.md). */
function allowTypeOf(ctx: HandlerContext, userId: string): string {
  const v = ctx.store.profile(userId).get('Tag_Profile_IM_AllowType');
  return typeof v === 'string' ? v : 'AllowType_Type_NeedConfirm';
}

/** One item, checked in the documented order, then written; results are never rolled back. */
function addOne(ctx: HandlerContext, owner: string, item: Item, addType: AddType, force: boolean): SnsResult {
  const rel = ctx.store.relationships;
  const to = item.To_Account;
  const both = addType === 'Add_Type_Both';
  if (!ctx.store.isImported(to)) return fail(to, 30003, SNS_ACCOUNT_NOT_EXIST_INFO);
  if (to === owner) return fail(to, 30001, 'Err_SNS_FriendAdd_Add_Self');
  if (rel.isFriend(owner, to)) return fail(to, 30001, 'Err_SNS_FriendAdd_Friend_Exist');
  if (rel.hasBlocked(owner, to)) return fail(to, 30515, 'Err_SNS_FriendAdd_Peer_In_My_BlackList');
  if (rel.hasBlocked(to, owner)) return fail(to, 30525, 'Err_SNS_FriendAdd_I_In_Peer_BlackList');
  if (rel.friendCount(owner) >= MAX_FRIENDS) {
    return fail(to, 30010, 'Err_SNS_FriendAdd_My_Friend_Num_Exceed_Threshold');
  }
  const reverseNeeded = both && !rel.isFriend(to, owner);
  if (reverseNeeded && rel.friendCount(to) >= MAX_FRIENDS) {
    return fail(to, 30014, 'Err_SNS_FriendAdd_Peer_Friend_Num_Exceed_Threshold');
  }
  const groups = item.GroupName === undefined ? [] : [item.GroupName];
  const lists = rel.read(owner).lists;
  if (lists.length + groups.filter((g) => !lists.includes(g)).length > MAX_FRIEND_LISTS) {
    return fail(to, 30011, 'Err_SNS_FriendAdd_Group_Num_Exceed_Threshold');
  }

  if (!force) {
    const allow = allowTypeOf(ctx, to);
    if (allow === 'AllowType_Type_DenyAny') return fail(to, 30516, 'Err_SNS_FriendAdd_Peer_Deny_Any');
    if (allow !== 'AllowType_Type_AllowAny') {
      if (!rel.pendingRequest(to, owner) && rel.pendingCount(to) >= MAX_PENDING_REQUESTS) {
        return fail(to, 30012, 'Err_SNS_FriendAdd_Pendency_Num_Exceed_Threshold');
      }
      rel.addPending(to, owner, {
        addSource: item.AddSource,
        addType,
        time: ctx.nowSeconds,
        ...(item.AddWording !== undefined ? { addWording: item.AddWording } : {}),
        ...(item.Remark !== undefined ? { remark: item.Remark } : {}),
        ...(item.GroupName !== undefined ? { group: item.GroupName } : {}),
      });
      return fail(to, 30539, 'Err_SNS_FriendAdd_Need_Confirm');
    }
  }

  rel.ensureLists(owner, groups);
  rel.setFriend(owner, to, {
    addSource: item.AddSource,
    addTime: ctx.nowSeconds,
    groups,
    custom: new Map(),
    ...(item.AddWording ? { addWording: item.AddWording } : {}),
    ...(item.Remark ? { remark: item.Remark, remarkTime: ctx.nowSeconds } : {}),
  });
  // Two-way: the reverse entry gets the source and time only (07: reverse-side details are an emulator choice).
  if (reverseNeeded) {
    rel.setFriend(to, owner, {
      addSource: item.AddSource,
      addTime: ctx.nowSeconds,
      groups: [],
      custom: new Map(),
    });
  }
  rel.dropPending(owner, to);
  return ok(to);
}

/**
 * Adds each `AddFriendItem` in request order: existence (30003), self (30001), already a friend
 * (30001), blocklists (30515/30525), capacity (30010/30014/30011), then the target's AllowType unless
 * `ForceAddFlags: 1` (AllowAny adds, NeedConfirm records a pending request and answers 30539,
 * DenyAny answers 30516). Force never overrides a blocklist.
 */
export const friendAdd = defineHandler(endpoint, (req, ctx) => {
  ownerSlice(ctx, req.From_Account);
  const addType = req.AddType ?? 'Add_Type_Both';
  const force = req.ForceAddFlags === 1;
  const pairs = pairSink();
  const reply = batchReply(
    req.AddFriendItem.map((item) =>
      trackFriendPairs(ctx, req.From_Account, [item.To_Account], () =>
        diffPairs(ctx.store.relationships, req.From_Account, [item.To_Account], pairs, () =>
          addOne(ctx, req.From_Account, item, addType, force),
        ),
      ),
    ),
  );
  const initiated = pairs.added.map((p) => ({ ...p, Initiator_Account: req.From_Account }));
  afterFriendsAdded(ctx, initiated, 'friend_add', force);
  return reply;
});
