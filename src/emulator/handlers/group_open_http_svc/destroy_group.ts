/** `group_open_http_svc/destroy_group`: disband a group (../shared/im-api/10-groups-core.md). */
import { endpoint } from '../../../api/endpoints/group_open_http_svc/destroy_group';
import { defineHandler } from '../../handler';
import { groupIdParamCode, requireGroup } from './group-common';

/**
 * Disbands the group with its members, mutes, custom data, topics and history; every later call
 * naming it (a second destroy included) answers 10010. Its custom ID may be reused (emulator choice).
 * Counts towards the day's `GroupDestroyGroupNum` (13-operations.md); members do not count as quits.
 */
export const destroyGroup = defineHandler(
  endpoint,
  (req, ctx) => {
    requireGroup(ctx, req.GroupId);
    ctx.store.groups.destroy(req.GroupId, ctx.nowSeconds);
    ctx.store.stats.record('GroupDestroyGroupNum', ctx.nowSeconds);
    return {};
  },
  { paramCode: groupIdParamCode },
);
