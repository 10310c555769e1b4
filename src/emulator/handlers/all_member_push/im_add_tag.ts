/** `all_member_push/im_add_tag`: add push tags to users (../shared/im-api/06-push.md). */
import { endpoint } from '../../../api/endpoints/all_member_push/im_add_tag';
import { TAGS_PER_USER_MAX } from '../../../api/push';
import { defineHandler } from '../../handler';
import { errorListField, pushListParamCode, unknownAccount } from './push-common';
import type { PushErrorItem } from './push-common';

/**
 * Tags form a set per user (adding one it has is a no-op); `Replace: 1` (newer) replaces them all.
 * A user who would end up with more than 100 tags is refused whole, in `ErrorList` with 90032
 * (closest documented code); unknown accounts → `ErrorList` 70107; the others are applied.
 */
export const imAddTag = defineHandler(
  endpoint,
  (req, ctx) => {
    const errors: PushErrorItem[] = [];
    for (const { To_Account, Tags } of req.UserTags) {
      if (!ctx.store.isImported(To_Account)) {
        errors.push(unknownAccount(To_Account));
      } else if (!ctx.store.push.addTags(To_Account, Tags, TAGS_PER_USER_MAX, req.Replace === 1)) {
        errors.push({
          To_Account,
          ErrorCode: 90032,
          ErrorInfo: `a user holds at most ${TAGS_PER_USER_MAX} tags`,
        });
      }
    }
    return errorListField(errors);
  },
  { paramCode: pushListParamCode },
);
