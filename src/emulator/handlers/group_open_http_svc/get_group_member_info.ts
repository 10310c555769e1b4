/** `group_open_http_svc/get_group_member_info`: a group's members, paged (../shared/im-api/10-groups-core.md). */
import {
  MEMBER_INFO_COMMUNITY_MAX_LIMIT,
  endpoint,
} from '../../../api/endpoints/group_open_http_svc/get_group_member_info';
import { defineHandler } from '../../handler';
import { ImFailure } from '../../im-failure';
import { groupIdParamCode, requireGroup } from './group-common';
import { memberView } from './group-views';

/**
 * Ordinary groups: owner first, then join time, then UserID; `MemberRoleFilter` applies before
 * `Offset`/`Limit` paging (no `Limit` = everyone from `Offset`). Community: always cursor mode, in
 * join order; `Next` is the decimal join sequence of the last returned member while more remain, else
 * `""`; pages are never short; `Limit` defaults to 100; `Offset` → 10004. `MemberNum` is always the
 * whole group. AVChatRoom → 10007. Custom data only for the keys named in the filter.
 */
export const getGroupMemberInfo = defineHandler(
  endpoint,
  (req, ctx) => {
    const g = requireGroup(ctx, req.GroupId);
    if (g.type === 'AVChatRoom') throw new ImFailure(10007, 'AVChatRoom groups do not store members');
    const roles = req.MemberRoleFilter;
    const view = (m: Parameters<typeof memberView>[2]) =>
      memberView(ctx, g, m, req.MemberInfoFilter, req.AppDefinedDataFilter_GroupMember);
    if (g.type === 'Community') {
      if (req.Offset !== undefined)
        throw new ImFailure(10004, 'Offset is not supported for a Community: page by Next');
      const after = req.Next ? Number(req.Next) : 0;
      if (!Number.isSafeInteger(after) || after < 0)
        throw new ImFailure(10004, 'Next is not a cursor this group returned');
      const limit = Math.min(req.Limit || MEMBER_INFO_COMMUNITY_MAX_LIMIT, MEMBER_INFO_COMMUNITY_MAX_LIMIT);
      const rest = [...g.members.values()]
        .sort((a, b) => a.seq - b.seq)
        .filter((m) => m.seq > after && (!roles || roles.includes(m.role)));
      const page = rest.slice(0, limit);
      const last = page[page.length - 1];
      return {
        MemberNum: g.members.size,
        MemberList: page.map(view),
        Next: rest.length > page.length && last ? String(last.seq) : '',
      };
    }
    const all = ctx.store.groups.members(g.groupId).filter((m) => !roles || roles.includes(m.role));
    const offset = req.Offset ?? 0;
    const page = req.Limit === undefined ? all.slice(offset) : all.slice(offset, offset + req.Limit);
    return { MemberNum: g.members.size, MemberList: page.map(view) };
  },
  { paramCode: groupIdParamCode },
);
