/** `all_member_push/im_remove_attr`: delete users' push attributes (../shared/im-api/06-push.md). */
import { endpoint } from '../../../api/endpoints/all_member_push/im_remove_attr';
import { defineHandler } from '../../handler';
import { ImFailure } from '../../im-failure';
import { errorListField, pushListParamCode, unknownAccount } from './push-common';
import type { PushErrorItem } from './push-common';

/**
 * Unknown attribute names fail the whole call with 90033 (checked first); removing an attribute a
 * user lacks is a no-op; unknown accounts go to `ErrorList` with 70107.
 */
export const imRemoveAttr = defineHandler(
  endpoint,
  (req, ctx) => {
    const { push } = ctx.store;
    for (const { Attrs } of req.UserAttrs) {
      for (const name of Attrs) {
        if (push.slotOf(name) === undefined) throw new ImFailure(90033, `invalid attribute: ${name}`);
      }
    }
    const errors: PushErrorItem[] = [];
    for (const { To_Account, Attrs } of req.UserAttrs) {
      if (!ctx.store.isImported(To_Account)) errors.push(unknownAccount(To_Account));
      else push.removeAttrs(To_Account, Attrs);
    }
    return errorListField(errors);
  },
  { paramCode: pushListParamCode },
);
