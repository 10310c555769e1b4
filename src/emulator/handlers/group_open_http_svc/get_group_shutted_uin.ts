/**
 * `group_open_http_svc/get_group_shutted_uin` (also answered as `get_group_muted_account`): members
 * muted now (../shared/im-api/10-groups-core.md).
 */
import { endpoint } from '../../../api/endpoints/group_open_http_svc/get_group_shutted_uin';
import { defineHandler } from '../../handler';
import { groupIdParamCode, optionalTopic, requireGroup } from './group-common';

/**
 * Only mutes still in force on the emulator clock (`MutedUntil > now`; forever = 4294967295), by end
 * time then UserID. Users who left are listed only for an AVChatRoom, which stores no members.
 */
export const getGroupShuttedUin = defineHandler(
  endpoint,
  (req, ctx) => {
    const g = requireGroup(ctx, req.GroupId);
    const topic = optionalTopic(g, req.TopicId);
    const list = [...(topic ? topic.mutes : g.mutes).keys()]
      .filter((account) => g.type === 'AVChatRoom' || g.members.has(account))
      .map((Member_Account) => ({
        Member_Account,
        MutedUntil: ctx.store.groups.muteUntil(g, Member_Account, ctx.nowSeconds, topic),
      }))
      .filter((m) => m.MutedUntil > 0)
      .sort((a, b) => a.MutedUntil - b.MutedUntil || (a.Member_Account < b.Member_Account ? -1 : 1));
    return { GroupId: g.groupId, MutedAccountList: list };
  },
  { paramCode: groupIdParamCode },
);
