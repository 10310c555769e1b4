/** `sns/friend_get_list`: chosen friends with friend and profile fields (../shared/im-api/07-relationships.md). */
import { endpoint } from '../../../api/endpoints/sns/friend_get_list';
import { standardFriendTags } from '../../../api/friend';
import type { TagValue } from '../../../api/friend';
import { findProfileTag } from '../../../api/profile';
import { defineHandler } from '../../handler';
import type { HandlerContext } from '../../handler';
import { ImFailure } from '../../im-failure';
import type { RelationshipsSlice } from '../../state/relationships';
import { friendTagValue, ownerSlice, requireRegisteredTags } from './sns-common';

/** Fails the whole call with 30001 for a tag that is neither a known standard nor a registered custom field. */
function checkTags(ctx: HandlerContext, rel: RelationshipsSlice, tags: readonly string[]): void {
  for (const tag of tags) {
    if (tag.startsWith('Tag_SNS_IM_')) {
      if (!(standardFriendTags as readonly string[]).includes(tag)) {
        throw new ImFailure(30001, `Invalid field: ${tag} is not a standard friend field`);
      }
    } else if (tag.startsWith('Tag_SNS_Custom_')) {
      requireRegisteredTags(rel, [tag]);
    } else if (tag.startsWith('Tag_Profile_IM_')) {
      if (!findProfileTag(tag)) throw new ImFailure(30001, `Invalid field: ${tag} is not a profile field`);
    } else if (!ctx.store.customTag(tag)?.adminRead) {
      throw new ImFailure(
        30001,
        `Invalid field: ${tag}. You may not configure custom fields in the console or use the wrong fields`,
      );
    }
  }
}

/**
 * For each friend, the requested tags in `TagList` order, leaving out tags without a value: friend
 * fields from the owner's entry, profile fields from the friend's stored profile. A non-friend →
 * per-item 30001 `Err_SNS_FriendGetList_Friend_Not_Exist`, no `SnsProfileItem`, in `Fail_Account`.
 */
export const friendGetList = defineHandler(endpoint, (req, ctx) => {
  const owner = req.From_Account;
  const rel = ownerSlice(ctx, owner);
  checkTags(ctx, rel, req.TagList);
  const failed: string[] = [];
  const InfoItem = req.To_Account.map((to) => {
    const entry = rel.friend(owner, to);
    if (!entry) {
      failed.push(to);
      return { To_Account: to, ResultCode: 30001, ResultInfo: 'Err_SNS_FriendGetList_Friend_Not_Exist' };
    }
    const profile = ctx.store.profile(to);
    const SnsProfileItem = req.TagList.flatMap((Tag): TagValue[] => {
      const Value = Tag.startsWith('Tag_SNS_') ? friendTagValue(entry, Tag) : profile.get(Tag);
      return Value === undefined ? [] : [{ Tag, Value }];
    });
    return { To_Account: to, SnsProfileItem, ResultCode: 0, ResultInfo: '' };
  });
  return { InfoItem, ...(failed.length ? { Fail_Account: failed } : {}) };
});
