/** `all_member_push/im_get_attr`: read users' push attributes (../shared/im-api/06-push.md). */
import { endpoint } from '../../../api/endpoints/all_member_push/im_get_attr';
import { defineHandler } from '../../handler';
import { errorListField, pushListParamCode, unknownAccount } from './push-common';

/**
 * One `UserAttrs` entry per existing account in request order (`Attrs` `{}` when it has none);
 * unknown accounts are left out and listed in `ErrorList` with 70107 (newer behaviour).
 */
export const imGetAttr = defineHandler(
  endpoint,
  (req, ctx) => {
    const { store } = ctx;
    const errors = req.To_Account.filter((id) => !store.isImported(id)).map(unknownAccount);
    const UserAttrs = req.To_Account.filter((id) => store.isImported(id)).map((To_Account) => ({
      To_Account,
      Attrs: store.push.attrsOf(To_Account),
    }));
    return { UserAttrs, ...errorListField(errors) };
  },
  { paramCode: pushListParamCode },
);
