/** `group_open_http_svc/import_group_member`: add members to a migrated group (../shared/im-api/11-groups-messages.md). */
import { endpoint } from '../../../api/endpoints/group_open_http_svc/import_group_member';
import { defineHandler } from '../../handler';
import { ImFailure } from '../../im-failure';
import { newMember } from '../../state/groups-model';
import { requireGroup, tooManyParamCode } from './group-common';

/**
 * Per member in request order: unknown account, `JoinTime` not between the group's creation and now,
 * or no room left under `MaxMemberNum` → `Result` 0; already a member (or repeated) → 2; else added
 * with its role (`Admin` or `Member`), join time (default now) and `UnreadMsgNum` clamped to the
 * stored message count → 1. AVChatRoom → 10007; over 300 → 10005. No webhooks, no tips. Added
 * members count as today's `GroupJoinGroupTimes` (13-operations.md).
 */
export const importGroupMember = defineHandler(
  endpoint,
  (req, ctx) => {
    const g = requireGroup(ctx, req.GroupId);
    if (g.type === 'AVChatRoom') throw new ImFailure(10007, 'members cannot be imported into an AVChatRoom');
    const reply = {
      MemberList: req.MemberList.map((item) => {
        const { Member_Account } = item;
        if (g.members.has(Member_Account)) return { Member_Account, Result: 2 as const };
        const joinTime = item.JoinTime ?? ctx.nowSeconds;
        const badTime =
          item.JoinTime !== undefined && (joinTime <= g.createTime || joinTime >= ctx.nowSeconds);
        if (!ctx.store.isImported(Member_Account) || badTime || g.members.size >= g.maxMemberNum) {
          return { Member_Account, Result: 0 as const };
        }
        const m = newMember(g, Member_Account, item.Role ?? 'Member', joinTime);
        m.unread = Math.min(item.UnreadMsgNum ?? 0, g.messages.length);
        m.msgSeq = Math.max(0, g.nextMsgSeq - 1 - m.unread);
        g.members.set(Member_Account, m);
        return { Member_Account, Result: 1 as const };
      }),
    };
    const joined = reply.MemberList.filter((r) => r.Result === 1).length;
    ctx.store.stats.record('GroupJoinGroupTimes', ctx.nowSeconds, joined);
    return reply;
  },
  { paramCode: tooManyParamCode('MemberList') },
);
