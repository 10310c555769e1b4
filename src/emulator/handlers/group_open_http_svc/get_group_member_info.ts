/** `group_open_http_svc/get_group_member_info`: a group's members, paged (../shared/im-api/10-groups-core.md). */
import {
  MEMBER_INFO_COMMUNITY_MAX_LIMIT,
  endpoint,
} from '../../../api/endpoints/group_open_http_svc/get_group_member_info';
import { defineHandler } from '../../handler';
import { ImFailure } from '../../im-failure';
import { groupIdParamCode, requireGroup } from './group-common';
import { memberView } from './group-views';

type Member = Parameters<typeof memberView>[2];

/**
 * The first `max` members (of the wanted roles) with a join sequence above `after`, in join order.
 * Members are added to the Map in join order, so one pass without sorting serves a 100,000-member
 * Community in about a millisecond; a Map out of that order (never expected) falls back to a sort.
 */
function membersAfter(
  members: Iterable<Member>,
  after: number,
  roles: readonly string[] | undefined,
  max: number,
): Member[] {
  const out: Member[] = [];
  let prev = -Infinity;
  for (const m of members) {
    if (m.seq < prev) {
      return [...members]
        .sort((a, b) => a.seq - b.seq)
        .filter((x) => x.seq > after && (!roles || roles.includes(x.role)))
        .slice(0, max);
    }
    prev = m.seq;
    if (out.length < max && m.seq > after && (!roles || roles.includes(m.role))) out.push(m);
  }
  return out;
}

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
      const rest = membersAfter(g.members.values(), after, roles, limit + 1);
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
