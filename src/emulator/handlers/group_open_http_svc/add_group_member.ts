/** `group_open_http_svc/add_group_member`: add users to a group (../shared/im-api/10-groups-core.md). */
import { endpoint } from '../../../api/endpoints/group_open_http_svc/add_group_member';
import { afterMembersJoin } from '../../callbacks/group-events';
import { defineHandler } from '../../handler';
import { ImFailure } from '../../im-failure';
import { newMember } from '../../state/groups-model';
import { requireGroup, tooManyParamCode } from './group-common';

/**
 * Request-level checks first, changing nothing on failure: group (10010), not an AVChatRoom (10007),
 * ≤ 300 accounts (10005), every account imported (10019), room for the new ones (10014). Then per
 * user in request order: already a member (or repeated in the request) → `Result` 2, else added as
 * `Member` → 1. A mute from before leaving still applies (kept apart from membership). Each join
 * counts towards the day's `GroupJoinGroupTimes`.
 */
export const addGroupMember = defineHandler(
  endpoint,
  (req, ctx) => {
    const g = requireGroup(ctx, req.GroupId);
    if (g.type === 'AVChatRoom') throw new ImFailure(10007, 'members cannot be added to an AVChatRoom');
    for (const { Member_Account } of req.MemberList) {
      if (!ctx.store.isImported(Member_Account))
        throw new ImFailure(10019, `${Member_Account} does not exist`);
    }
    const fresh = new Set(req.MemberList.map((m) => m.Member_Account).filter((a) => !g.members.has(a)));
    if (g.members.size + fresh.size > g.maxMemberNum) {
      throw new ImFailure(10014, `group member count is full (MaxMemberNum ${g.maxMemberNum})`);
    }
    const MemberList = req.MemberList.map(({ Member_Account }) => {
      if (g.members.has(Member_Account)) return { Member_Account, Result: 2 as const };
      g.members.set(Member_Account, newMember(g, Member_Account, 'Member', ctx.nowSeconds));
      return { Member_Account, Result: 1 as const };
    });
    // Joins are not derivable later (13-operations.md GroupJoinGroupTimes).
    ctx.store.stats.record('GroupJoinGroupTimes', ctx.nowSeconds, fresh.size);
    const added = MemberList.filter((m) => m.Result === 1).map((m) => m.Member_Account);
    afterMembersJoin(ctx, g.groupId, g.type, added);
    return { MemberList };
  },
  { paramCode: tooManyParamCode('MemberList') },
);
