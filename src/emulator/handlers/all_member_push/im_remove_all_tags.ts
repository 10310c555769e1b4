/** `all_member_push/im_remove_all_tags`: clear every push tag of users (../shared/im-api/06-push.md). */
import { endpoint } from '../../../api/endpoints/all_member_push/im_remove_all_tags';
import { defineHandler } from '../../handler';
import { errorListField, pushListParamCode, unknownAccount } from './push-common';
import type { PushErrorItem } from './push-common';

/** Empties each existing account's tag set (idempotent); unknown accounts → `ErrorList` 70107. */
export const imRemoveAllTags = defineHandler(
  endpoint,
  (req, ctx) => {
    const errors: PushErrorItem[] = [];
    for (const To_Account of req.To_Account) {
      if (!ctx.store.isImported(To_Account)) errors.push(unknownAccount(To_Account));
      else ctx.store.push.clearTags(To_Account);
    }
    return errorListField(errors);
  },
  { paramCode: pushListParamCode },
);
