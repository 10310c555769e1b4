/** `all_member_push/im_set_attr_name`: name the app's attribute slots (../shared/im-api/06-push.md). */
import { endpoint } from '../../../api/endpoints/all_member_push/im_set_attr_name';
import { defineHandler } from '../../handler';
import { ImFailure } from '../../im-failure';

/**
 * Upserts the given slots and keeps the others (merge semantics, 06 emulator rules). A bad slot key,
 * an empty or over-50-byte name, or a name another slot already has fails with 90001 (code
 * undocumented; the docs suggest 90001) and changes nothing. `AttrTypes` (newer) is accepted and ignored.
 */
export const imSetAttrName = defineHandler(
  endpoint,
  (req, ctx) => {
    const clash = ctx.store.push.setAttrNames(req.AttrNames);
    if (clash !== undefined) {
      throw new ImFailure(90001, `attribute name ${clash} is already used by another slot`);
    }
    return {};
  },
  { paramCode: () => 90001 },
);
