/** `all_member_push/im_get_tag`: read users' push tags (../shared/im-api/06-push.md). */
import { endpoint } from '../../../api/endpoints/all_member_push/im_get_tag';
import { defineHandler } from '../../handler';
import { errorListField, pushListParamCode, unknownAccount } from './push-common';

/** Tags in insertion order (`[]` when none) per existing account; unknown accounts → `ErrorList` 70107. */
export const imGetTag = defineHandler(
  endpoint,
  (req, ctx) => {
    const { store } = ctx;
    const errors = req.To_Account.filter((id) => !store.isImported(id)).map(unknownAccount);
    const UserTags = req.To_Account.filter((id) => store.isImported(id)).map((To_Account) => ({
      To_Account,
      Tags: store.push.tagsOf(To_Account),
    }));
    return { UserTags, ...errorListField(errors) };
  },
  { paramCode: pushListParamCode },
);
