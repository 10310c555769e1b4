/** `group_open_http_svc/create_group`: create a group of any type (../shared/im-api/10-groups-core.md). */
import { endpoint } from '../../../api/endpoints/group_open_http_svc/create_group';
import { GROUP_LIMITS, canonicalGroupType, groupTypeInfo } from '../../../api/group';
import type { GroupType } from '../../../api/group';
import { afterGroupCreate, gateGroupCreate } from '../../callbacks/group-events';
import type { NewGroupFacts } from '../../callbacks/group-events';
import { defineHandler } from '../../handler';
import type { HandlerContext } from '../../handler';
import { ImFailure } from '../../im-failure';
import { newMember } from '../../state/groups-model';
import type { GroupRecord } from '../../state/groups-model';
import { DEFAULT_MAX_MEMBERS, upsertPairs } from './group-common';

/** The profile fields `create_group` and `import_group` share. */
export interface NewGroupFields {
  Owner_Account?: string | undefined;
  GroupId?: string | undefined;
  Name: string;
  Introduction?: string | undefined;
  Notification?: string | undefined;
  FaceUrl?: string | undefined;
  MaxMemberCount?: number | undefined;
  ApplyJoinOption?: GroupRecord['applyJoinOption'] | undefined;
  AppDefinedData?: { Key: string; Value: string }[] | undefined;
  SupportTopic?: 0 | 1 | undefined;
}

/**
 * Checks and builds a new group (not yet stored): custom ID free (10021; 10025 when the same owner
 * holds it, create only), owner imported (10019), cap within the type's maximum (10004). The owner
 * becomes the first member with role Owner, except in an AVChatRoom.
 */
export function buildGroup(
  ctx: HandlerContext,
  req: NewGroupFields,
  type: GroupType,
  createTime: number,
  sameOwnerCode: 10021 | 10025,
): Omit<GroupRecord, 'listSeq'> {
  const groups = ctx.store.groups;
  if (req.GroupId !== undefined) {
    const taken = groups.group(req.GroupId);
    if (taken) {
      const mine = req.Owner_Account !== undefined && taken.owner === req.Owner_Account;
      throw new ImFailure(mine ? sameOwnerCode : 10021, `group id ${req.GroupId} has been used`);
    }
  }
  if (req.Owner_Account !== undefined && !ctx.store.isImported(req.Owner_Account)) {
    throw new ImFailure(10019, `Owner_Account ${req.Owner_Account} does not exist`);
  }
  const cap = groupTypeInfo[type].maxMembers;
  if (req.MaxMemberCount !== undefined && cap !== null && req.MaxMemberCount > cap) {
    throw new ImFailure(10004, `MaxMemberCount must be at most ${cap} for a ${type} group`);
  }
  const g: Omit<GroupRecord, 'listSeq'> = {
    groupId: req.GroupId ?? groups.newGroupId(type),
    type,
    name: req.Name,
    introduction: req.Introduction ?? '',
    notification: req.Notification ?? '',
    faceUrl: req.FaceUrl ?? '',
    owner: req.Owner_Account ?? '',
    createTime,
    infoSeq: 1,
    lastInfoTime: createTime,
    lastMsgTime: 0,
    nextMsgSeq: 1,
    maxMemberNum: type === 'AVChatRoom' ? 0 : (req.MaxMemberCount ?? DEFAULT_MAX_MEMBERS[type]),
    applyJoinOption: req.ApplyJoinOption ?? groupTypeInfo[type].defaultApplyJoinOption,
    muteAll: false,
    data: upsertPairs([], req.AppDefinedData ?? [], GROUP_LIMITS.appDefinedDataKeys),
    supportTopic: type === 'Community' ? (req.SupportTopic ?? 0) : 0,
    activated: type !== 'Private',
    nextMemberSeq: 1,
    members: new Map(),
    mutes: new Map(),
    messages: [],
    topics: new Map(),
  };
  if (req.Owner_Account !== undefined && type !== 'AVChatRoom') {
    g.members.set(req.Owner_Account, newMember(g, req.Owner_Account, 'Owner', createTime));
  }
  return g;
}

/**
 * Creates the group all-or-nothing: the checks of `buildGroup`, then every listed member must be
 * imported (10019) and fit under the cap (10038). Members follow the owner in request order;
 * duplicates collapse and the owner keeps `Owner`. Work groups start inactive (§2.12).
 */
export const createGroup = defineHandler(
  endpoint,
  async (req, ctx) => {
    const type = canonicalGroupType(req.Type);
    const g = buildGroup(ctx, req, type, ctx.nowSeconds, 10025);
    if (req.InviteJoinOption) g.inviteJoinOption = req.InviteJoinOption;
    for (const m of req.MemberList ?? []) {
      if (!ctx.store.isImported(m.Member_Account)) {
        throw new ImFailure(10019, `Member_Account ${m.Member_Account} does not exist`);
      }
    }
    for (const m of req.MemberList ?? []) {
      if (g.members.has(m.Member_Account)) continue;
      const member = newMember(g, m.Member_Account, m.Role ?? 'Member', ctx.nowSeconds);
      member.data = upsertPairs([], m.AppMemberDefinedData ?? [], GROUP_LIMITS.appMemberDefinedDataKeys);
      g.members.set(m.Member_Account, member);
    }
    if (g.members.size > g.maxMemberNum && type !== 'AVChatRoom') {
      throw new ImFailure(10038, `group member count exceeds the limit of ${g.maxMemberNum}`);
    }
    const facts: NewGroupFacts = {
      ...{ groupId: g.groupId, type, name: g.name, owner: g.owner },
      ...{ members: (req.MemberList ?? []).map((m) => m.Member_Account), data: req.AppDefinedData ?? [] },
    };
    await gateGroupCreate(ctx, facts); // 14-webhooks.md: may refuse (10016 / custom); nothing stored yet
    if (ctx.store.groups.group(g.groupId)) throw new ImFailure(10021, `group id ${g.groupId} has been used`);
    ctx.store.groups.add(g);
    // Initial members join (the owner creates): 13-operations.md GroupJoinGroupTimes.
    const joined = [...g.members.keys()].filter((m) => m !== req.Owner_Account).length;
    ctx.store.stats.record('GroupJoinGroupTimes', ctx.nowSeconds, joined);
    afterGroupCreate(ctx, facts);
    return type === 'Community'
      ? { GroupId: g.groupId, Type: 'Community', HugeGroupFlag: 0 }
      : { GroupId: g.groupId };
  },
  {
    paramCode: (issue) => {
      if (issue.path[0] !== 'MemberList') return undefined;
      if (issue.path.length === 1 && issue.code === 'too_big') return 10005;
      // The contract's "no MemberList for an AVChatRoom" rule.
      return issue.path.length === 1 && issue.code === 'custom' ? 10007 : undefined;
    },
  },
);
