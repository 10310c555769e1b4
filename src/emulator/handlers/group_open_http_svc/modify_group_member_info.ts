/** `group_open_http_svc/modify_group_member_info`: change one member's profile (../shared/im-api/10-groups-core.md). */
import { endpoint } from '../../../api/endpoints/group_open_http_svc/modify_group_member_info';
import { GROUP_LIMITS, groupTypeInfo, muteUntilFor } from '../../../api/group';
import { defineHandler } from '../../handler';
import { ImFailure } from '../../im-failure';
import { groupIdParamCode, requireGroup, upsertPairs } from './group-common';

/**
 * Checks everything, then writes the fields given. AVChatRoom → 10007; target not a member → 10004;
 * `Role` on the owner → 10004, in a type without admins (Work) → 10007; `MuteTime` (or legacy
 * `ShutUpTime`, seconds from now, 0 unmutes) in a Work group → 10007. Custom data upserts, `""` deletes.
 */
export const modifyGroupMemberInfo = defineHandler(
  endpoint,
  (req, ctx) => {
    const g = requireGroup(ctx, req.GroupId);
    if (g.type === 'AVChatRoom') throw new ImFailure(10007, 'AVChatRoom does not store member profiles');
    const m = g.members.get(req.Member_Account);
    if (!m) throw new ImFailure(10004, `${req.Member_Account} is not a member of this group`);
    if (req.Role !== undefined) {
      if (m.role === 'Owner') throw new ImFailure(10004, "the owner's role cannot be changed here");
      if (!groupTypeInfo[g.type].roles.includes('Admin')) {
        throw new ImFailure(10007, `a ${g.type} group has no admins`);
      }
    }
    const muteTime = req.MuteTime ?? req.ShutUpTime;
    if (muteTime !== undefined && !groupTypeInfo[g.type].supportsMute) {
      throw new ImFailure(10007, 'members of a Work (Private) group cannot be muted');
    }
    const data = req.AppMemberDefinedData
      ? upsertPairs(m.data, req.AppMemberDefinedData, GROUP_LIMITS.appMemberDefinedDataKeys)
      : m.data;
    if (req.Role !== undefined) m.role = req.Role;
    if (req.MsgFlag !== undefined) m.msgFlag = req.MsgFlag;
    if (req.NameCard !== undefined) m.nameCard = req.NameCard;
    m.data = data;
    if (muteTime !== undefined) {
      const until = muteUntilFor(muteTime, ctx.nowSeconds);
      if (until) g.mutes.set(m.account, until);
      else g.mutes.delete(m.account);
    }
    return {};
  },
  { paramCode: groupIdParamCode },
);
