/**
 * How groups and members are reported by the read endpoints, with the response filters of
 * ../shared/im-api/10-groups-core.md §2.8–2.10 (a filter returns only the named fields; `GroupId` and
 * `Member_Account` always come back; custom data only for named keys).
 */
import type { z } from 'zod';
import type { groupInfoItemSchema } from '../../../api/endpoints/group_open_http_svc/get_group_info';
import type { GroupMember } from '../../../api/group';
import type { HandlerContext } from '../../handler';
import type { GroupMemberRecord, GroupRecord } from '../../state/groups-model';

/** A group's base fields as a read reports them. */
export type GroupBaseView = Omit<
  z.input<typeof groupInfoItemSchema>,
  'GroupId' | 'ErrorCode' | 'ErrorInfo' | 'MemberList'
>;

/** Which custom keys to return: all of them, the named ones, or none. */
export type KeySelection = 'all' | readonly string[] | undefined;

function pickPairs(
  pairs: [string, string][],
  keys: KeySelection,
): { Key: string; Value: string }[] | undefined {
  if (keys === undefined) return undefined;
  const chosen = keys === 'all' ? pairs : pairs.filter(([k]) => keys.includes(k));
  return chosen.map(([Key, Value]) => ({ Key, Value }));
}

/** Every base field of a group (§2.8), as `get_group_info` reports it without a filter. */
export function groupBaseFields(ctx: HandlerContext, g: GroupRecord): Record<string, unknown> {
  const av = g.type === 'AVChatRoom';
  return {
    Type: g.type,
    Name: g.name,
    Appid: ctx.config.sdkAppId,
    Introduction: g.introduction,
    Notification: g.notification,
    FaceUrl: g.faceUrl,
    Owner_Account: g.owner,
    CreateTime: g.createTime,
    InfoSeq: g.infoSeq,
    LastInfoTime: g.lastInfoTime,
    LastMsgTime: g.lastMsgTime,
    NextMsgSeq: g.nextMsgSeq,
    // AVChatRoom stores no members: the newer docs give it no member count (reported as 0 here).
    MemberNum: av ? 0 : g.members.size,
    MaxMemberNum: g.maxMemberNum,
    ApplyJoinOption: g.applyJoinOption,
    ...(g.inviteJoinOption ? { InviteJoinOption: g.inviteJoinOption } : {}),
    MuteAllMember: g.muteAll ? 'On' : 'Off',
    ...(g.type === 'Community' ? { SupportTopic: g.supportTopic } : {}),
  };
}

/** The base fields a `GroupBaseInfoFilter` selects (all when `filter` is undefined); never `MemberList`. */
export function selectBaseFields(
  ctx: HandlerContext,
  g: GroupRecord,
  filter: readonly string[] | undefined,
  dataKeys: KeySelection,
): GroupBaseView {
  const all = groupBaseFields(ctx, g);
  const out = filter ? Object.fromEntries(Object.entries(all).filter(([k]) => filter.includes(k))) : all;
  const data = pickPairs(g.data, filter?.includes('AppDefinedData') ? 'all' : dataKeys);
  return (data ? { ...out, AppDefinedData: data } : out) as GroupBaseView;
}

/** Member fields a filter may name (besides `Member_Account` / `Account`). */
const MEMBER_FIELDS = ['Role', 'JoinTime', 'MsgSeq', 'MsgFlag', 'LastSendMsgTime', 'MuteUntil', 'NameCard'];

/**
 * One member as reported (§2.9): the fields `filter` names (all when undefined) and the chosen
 * custom keys. `MuteUntil` is the absolute end while the mute lasts, else 0.
 */
export function memberView(
  ctx: HandlerContext,
  g: GroupRecord,
  m: GroupMemberRecord,
  filter: readonly string[] | undefined,
  dataKeys: KeySelection,
): GroupMember {
  const values: Record<string, unknown> = {
    Role: m.role,
    JoinTime: m.joinTime,
    MsgSeq: m.msgSeq,
    MsgFlag: m.msgFlag,
    LastSendMsgTime: m.lastSendMsgTime,
    MuteUntil: ctx.store.groups.muteUntil(g, m.account, ctx.nowSeconds),
    NameCard: m.nameCard,
  };
  const out: Record<string, unknown> = { Member_Account: m.account };
  for (const f of MEMBER_FIELDS) if (!filter || filter.includes(f)) out[f] = values[f];
  if (filter?.includes('OnlineStatus')) {
    const sessions = ctx.store.sessionsOf(m.account);
    out.OnlineStatus = sessions.some((s) => s.status === 'Online')
      ? 'Online'
      : sessions.length
        ? 'PushOnline'
        : 'Offline';
  }
  const data = pickPairs(m.data, filter?.includes('AppMemberDefinedData') ? 'all' : dataKeys);
  if (data) out.AppMemberDefinedData = data;
  return out as GroupMember;
}
