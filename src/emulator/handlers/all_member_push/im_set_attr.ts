/** `all_member_push/im_set_attr`: set users' push attributes (../shared/im-api/06-push.md). */
import { endpoint } from '../../../api/endpoints/all_member_push/im_set_attr';
import { defineHandler } from '../../handler';
import { ImFailure } from '../../im-failure';
import { errorListField, pushListParamCode, unknownAccount } from './push-common';
import type { PushErrorItem } from './push-common';

/**
 * Every attribute name is checked first: one that is not configured fails the whole call with 90033
 * and nothing is written. Then each existing account gets the listed attributes overwritten (others
 * untouched); unknown accounts go to `ErrorList` with 70107.
 */
export const imSetAttr = defineHandler(
  endpoint,
  (req, ctx) => {
    const { push } = ctx.store;
    for (const { Attrs } of req.UserAttrs) {
      for (const name of Object.keys(Attrs)) {
        if (push.slotOf(name) === undefined) throw new ImFailure(90033, `invalid attribute: ${name}`);
      }
    }
    const errors: PushErrorItem[] = [];
    for (const { To_Account, Attrs } of req.UserAttrs) {
      if (!ctx.store.isImported(To_Account)) errors.push(unknownAccount(To_Account));
      else push.setAttrs(To_Account, Attrs);
    }
    return errorListField(errors);
  },
  { paramCode: pushListParamCode },
);
