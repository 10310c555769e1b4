/** `profile/portrait_get`: read profile fields of up to 100 accounts (../shared/im-api/05-profile.md). */
import { endpoint } from '../../../api/endpoints/profile/portrait_get';
import { findProfileTag } from '../../../api/profile';
import { defineHandler } from '../../handler';
import { ImFailure } from '../../im-failure';

/** The per-account text for an unknown account (emulator choice; the live text is unconfirmed). */
export const PROFILE_ACCOUNT_NOT_EXIST_INFO = 'Err_Profile_Account_Not_Exist';

/**
 * Answers the tags in `TagList` order for each account: stored values, the neutral default for a
 * never-set standard tag, nothing for a never-set custom tag. A tag that is neither standard nor a
 * registered custom tag fails the whole call with 40009, an unreadable one with 40008; an unknown
 * account gets `ResultCode` 40003 and goes to `Fail_Account` (omitted when empty).
 */
export const portraitGet = defineHandler(
  endpoint,
  (req, ctx) => {
    const { store } = ctx;
    for (const tag of req.TagList) {
      if (findProfileTag(tag)) continue;
      const custom = store.customTag(tag);
      if (!custom) throw new ImFailure(40009, `profile tag ${tag} does not exist`);
      if (!custom.adminRead) throw new ImFailure(40008, `no read permission for profile tag ${tag}`);
    }
    const failed: string[] = [];
    const items = req.To_Account.map((userId) => {
      if (!store.isImported(userId)) {
        failed.push(userId);
        return { To_Account: userId, ResultCode: 40003, ResultInfo: PROFILE_ACCOUNT_NOT_EXIST_INFO };
      }
      const profile = store.profile(userId);
      const ProfileItem = req.TagList.flatMap((Tag) => {
        const value = profile.get(Tag) ?? findProfileTag(Tag)?.defaultValue;
        return value === undefined ? [] : [{ Tag, Value: value }];
      });
      return { To_Account: userId, ProfileItem, ResultCode: 0, ResultInfo: '' };
    });
    return { UserProfileItem: items, ...(failed.length ? { Fail_Account: failed } : {}) };
  },
  {
    // A malformed tag name in TagList is "tag does not exist" (40009), not the generic 40001.
    paramCode: (issue) => (issue.path[0] === 'TagList' && issue.code === 'custom' ? 40009 : undefined),
  },
);
