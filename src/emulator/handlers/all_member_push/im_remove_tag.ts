/** `all_member_push/im_remove_tag`: remove some push tags from users (../shared/im-api/06-push.md). */
import { endpoint } from '../../../api/endpoints/all_member_push/im_remove_tag';
import { defineHandler } from '../../handler';
import { errorListField, pushListParamCode, unknownAccount } from './push-common';
import type { PushErrorItem } from './push-common';

/** Removes the listed tags (a tag the user lacks is a no-op); unknown accounts → `ErrorList` 70107. */
export const imRemoveTag = defineHandler(
  endpoint,
  (req, ctx) => {
    const errors: PushErrorItem[] = [];
    for (const { To_Account, Tags } of req.UserTags) {
      if (!ctx.store.isImported(To_Account)) errors.push(unknownAccount(To_Account));
      else ctx.store.push.removeTags(To_Account, Tags);
    }
    return errorListField(errors);
  },
  { paramCode: pushListParamCode },
);
