/** `group_open_http_svc/get_joined_group_list`: the groups one user belongs to (../shared/im-api/10-groups-core.md). */
import { endpoint } from '../../../api/endpoints/group_open_http_svc/get_joined_group_list';
import { defineHandler } from '../../handler';
import { memberView, selectBaseFields } from './group-views';

/**
 * Filters in the documented order (membership; AVChatRoom only with `WithHugeGroups=1`; inactive Work
 * groups only with `WithNoActiveGroups=1`; `GroupType`; `SupportTopic`), counts (`TotalCount`), then
 * pages by `Offset`/`Limit`. Order: the user's join time, then GroupId. Without `ResponseFilter`
 * items carry only `GroupId`. An unknown account simply has no groups.
 */
export const getJoinedGroupList = defineHandler(endpoint, (req, ctx) => {
  const matching = ctx.store.groups
    .groupsOf(req.Member_Account)
    .filter(({ group: g }) => g.type !== 'AVChatRoom' || req.WithHugeGroups === 1)
    .filter(({ group: g }) => g.activated || req.WithNoActiveGroups === 1)
    .filter(({ group: g }) => req.GroupType === undefined || g.type === req.GroupType)
    .filter(({ group: g }) => req.SupportTopic === undefined || g.supportTopic === req.SupportTopic);
  const offset = req.Offset ?? 0;
  const page = req.Limit === undefined ? matching.slice(offset) : matching.slice(offset, offset + req.Limit);
  const f = req.ResponseFilter;
  return {
    TotalCount: matching.length,
    GroupIdList: page.map(({ group: g, member }) => {
      const base = f?.GroupBaseInfoFilter ? selectBaseFields(ctx, g, f.GroupBaseInfoFilter, undefined) : {};
      const self = f?.SelfInfoFilter ? memberView(ctx, g, member, f.SelfInfoFilter, undefined) : undefined;
      if (self) delete (self as { Member_Account?: string }).Member_Account;
      return { GroupId: g.groupId, ...base, ...(self ? { SelfInfo: self } : {}) };
    }),
  };
});
