/** `group_open_http_svc/get_group_info`: profiles of up to 50 groups (../shared/im-api/10-groups-core.md). */
import { endpoint } from '../../../api/endpoints/group_open_http_svc/get_group_info';
import { defineHandler } from '../../handler';
import { GROUP_NOT_FOUND_INFO } from './group-common';
import { memberView, selectBaseFields } from './group-views';

/**
 * One entry per requested ID in request order; a missing or disbanded group gets a per-group 10010
 * and never fails the call. Without `ResponseFilter`: every base field, all custom data and every
 * member with every field (custom data included). With it: only the named base fields, `MemberList`
 * only when `MemberInfoFilter` is present, custom data only for named keys. AVChatRoom: no member list.
 */
export const getGroupInfo = defineHandler(
  endpoint,
  (req, ctx) => {
    const f = req.ResponseFilter;
    return {
      GroupInfo: req.GroupIdList.map((GroupId) => {
        const g = ctx.store.groups.group(GroupId);
        if (!g) return { GroupId, ErrorCode: 10010, ErrorInfo: GROUP_NOT_FOUND_INFO };
        const base = selectBaseFields(
          ctx,
          g,
          f ? (f.GroupBaseInfoFilter ?? []) : undefined,
          f ? f.AppDefinedDataFilter_Group : 'all',
        );
        const wantMembers = g.type !== 'AVChatRoom' && (!f || f.MemberInfoFilter !== undefined);
        const MemberList = wantMembers
          ? ctx.store.groups
              .members(GroupId)
              .map((m) =>
                memberView(ctx, g, m, f?.MemberInfoFilter, f ? f.AppDefinedDataFilter_GroupMember : 'all'),
              )
          : undefined;
        return { GroupId, ErrorCode: 0, ErrorInfo: '', ...base, ...(MemberList ? { MemberList } : {}) };
      }),
    };
  },
  {
    // One malformed ID fails the call (the contract checks each), as an invalid group ID (10015).
    paramCode: (issue) => (issue.path[0] === 'GroupIdList' && issue.path.length > 1 ? 10015 : undefined),
  },
);
