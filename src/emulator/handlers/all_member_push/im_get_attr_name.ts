/** `all_member_push/im_get_attr_name`: read the app's attribute names (../shared/im-api/06-push.md). */
import { endpoint } from '../../../api/endpoints/all_member_push/im_get_attr_name';
import { defineHandler } from '../../handler';

/** Answers the configured slots only, `{}` when none were ever named. */
export const imGetAttrName = defineHandler(endpoint, (_req, ctx) => ({
  AttrNames: ctx.store.push.attrNames(),
}));
