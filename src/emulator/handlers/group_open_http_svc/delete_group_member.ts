/** `group_open_http_svc/delete_group_member`: remove members from a group (../shared/im-api/10-groups-core.md). */
import { endpoint } from '../../../api/endpoints/group_open_http_svc/delete_group_member';
import { defineHandler } from '../../handler';
import { ImFailure } from '../../im-failure';
import { groupIdParamCode, requireGroup } from './group-common';

/**
 * Removes the listed members; non-members and unknown accounts are skipped silently. AVChatRoom →
 * 10004 (documented); removing the owner → 10004 (transfer ownership first; emulator choice). Mutes
 * are kept so a rejoining user stays muted; the group survives with no members. Each removal counts
 * as a `GroupQuitGroupTimes` of the day (13-operations.md).
 */
export const deleteGroupMember = defineHandler(
  endpoint,
  (req, ctx) => {
    const g = requireGroup(ctx, req.GroupId);
    if (g.type === 'AVChatRoom') throw new ImFailure(10004, 'AVChatRoom does not support deleting members');
    if (g.owner && req.MemberToDel_Account.includes(g.owner) && g.members.has(g.owner)) {
      throw new ImFailure(
        10004,
        'the owner cannot be removed: transfer ownership with change_group_owner first',
      );
    }
    let left = 0;
    for (const account of req.MemberToDel_Account) if (g.members.delete(account)) left++;
    ctx.store.stats.record('GroupQuitGroupTimes', ctx.nowSeconds, left);
    return {};
  },
  { paramCode: groupIdParamCode },
);
