/** `group_open_http_svc/get_online_member_num`: how many members are online (../shared/im-api/11-groups-messages.md). */
import { endpoint } from '../../../api/endpoints/group_open_http_svc/get_online_member_num';
import { defineHandler } from '../../handler';
import { groupIdParamCode, requireGroup } from './group-common';

/**
 * Current-docs mode (every type): members with an Online session now. An AVChatRoom stores no
 * members, so only its owner can count. No 10-second caching (emulator choices).
 */
export const getOnlineMemberNum = defineHandler(
  endpoint,
  (req, ctx) => {
    const g = requireGroup(ctx, req.GroupId);
    const accounts = g.type === 'AVChatRoom' ? (g.owner ? [g.owner] : []) : [...g.members.keys()];
    const online = accounts.filter((a) => ctx.store.sessionsOf(a).some((s) => s.status === 'Online'));
    return { OnlineMemberNum: online.length };
  },
  { paramCode: groupIdParamCode },
);
