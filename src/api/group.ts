/**
 * Group entities shared by the group, group-message and topic endpoints: member roles, join options,
 * message-receive flags, group and member fields (the `ResponseFilter` names), custom data items and
 * mute-time rules, plus (re-exported from `group-type.ts`) group types, limits and ID formats.
 * Labels carry English and Simplified Chinese for the console.
 * Source: ../shared/im-api/10-groups-core.md "Group concepts" and 09-topics.md §1.
 */
import { z } from 'zod';
import {
  GROUP_LIMITS,
  GROUP_TYPES,
  LEGACY_GROUP_TYPE,
  groupIdSchema,
  oneOf,
  type Bilingual,
} from './group-type';
import { bytes, nonEmptyBytes, uint32Schema, unixSecondsSchema, userIdSchema } from './rules';

export * from './group-type';

/** Roles a group member can hold (10-groups-core.md §2.3). */
export const MEMBER_ROLES = ['Owner', 'Admin', 'Member'] as const;

/** A member's role. */
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** A member's role as the service reports it. */
export const memberRoleSchema = oneOf(MEMBER_ROLES);

/** What `get_role_in_group` answers: a member role, or `NotMember` for users outside the group. */
export const roleInGroupSchema = oneOf([...MEMBER_ROLES, 'NotMember']);

/** A role answer of `get_role_in_group`. */
export type RoleInGroup = z.infer<typeof roleInGroupSchema>;

/** Roles the REST API can set (`create_group` members and `modify_group_member_info`): never `Owner`. */
export const settableRoleSchema = oneOf(['Admin', 'Member']);

/** Console labels for roles. */
export const roleLabels: Record<RoleInGroup, Bilingual> = {
  Owner: { en: 'Owner', zh: '群主' },
  Admin: { en: 'Admin', zh: '管理员' },
  Member: { en: 'Member', zh: '普通成员' },
  NotMember: { en: 'Not a member', zh: '非群成员' },
};

/* ------------------------------------------------------------------ join options (§2.5) */

/** How users may apply to join (10-groups-core.md §2.5); default `NeedPermission`. */
export const APPLY_JOIN_OPTIONS = ['FreeAccess', 'NeedPermission', 'DisableApply'] as const;

/** An `ApplyJoinOption` value. */
export type ApplyJoinOption = (typeof APPLY_JOIN_OPTIONS)[number];

/** An `ApplyJoinOption`. */
export const applyJoinOptionSchema = oneOf(APPLY_JOIN_OPTIONS);

/** Console labels for `ApplyJoinOption`. */
export const applyJoinOptionLabels: Record<ApplyJoinOption, Bilingual> = {
  FreeAccess: { en: 'Anyone can join', zh: '自由加入' },
  NeedPermission: { en: 'Owner or admin approves', zh: '需要验证' },
  DisableApply: { en: 'No applications', zh: '禁止申请' },
};

/** How members may invite others (newer, optional; not for AVChatRoom; §2.5). */
export const INVITE_JOIN_OPTIONS = ['FreeAccess', 'NeedPermission', 'DisableInvite'] as const;

/** An `InviteJoinOption` value. */
export type InviteJoinOption = (typeof INVITE_JOIN_OPTIONS)[number];

/** An `InviteJoinOption`. */
export const inviteJoinOptionSchema = oneOf(INVITE_JOIN_OPTIONS);

/** Console labels for `InviteJoinOption`. */
export const inviteJoinOptionLabels: Record<InviteJoinOption, Bilingual> = {
  FreeAccess: { en: 'Invite directly', zh: '直接邀请' },
  NeedPermission: { en: 'Owner or admin approves invitations', zh: '需要审批' },
  DisableInvite: { en: 'Members may not invite', zh: '禁止邀请' },
};

/** `On`/`Off` switches (`MuteAllMember`, `HistoryMsgBeforeJoin`). */
export const onOffSchema = oneOf(['On', 'Off']);

/* ------------------------------------------------------------------ message-receive flag (§2.9) */

/** A member's message-receive option (§2.9); `AcceptNotNotifyExceptAt` comes from newer CN docs. */
export const MSG_FLAGS = [
  'AcceptAndNotify',
  'AcceptNotNotify',
  'Discard',
  'AcceptNotNotifyExceptAt',
] as const;

/** A `MsgFlag` value. */
export type MsgFlag = (typeof MSG_FLAGS)[number];

/** A `MsgFlag`. */
export const msgFlagSchema = oneOf(MSG_FLAGS);

/** Console labels for `MsgFlag`. */
export const msgFlagLabels: Record<MsgFlag, Bilingual> = {
  AcceptAndNotify: { en: 'Receive and notify', zh: '接收并提醒' },
  AcceptNotNotify: { en: 'Receive silently', zh: '接收不提醒' },
  Discard: { en: 'Block', zh: '屏蔽消息' },
  AcceptNotNotifyExceptAt: { en: 'Receive silently, notify on @-mention', zh: '接收不提醒（@ 除外）' },
};

/* ------------------------------------------------------------------ custom data (§2.7) */

/** A group custom-field key: 1–16 bytes of letters, digits and `_` (§2.2). */
export const customKeySchema = nonEmptyBytes(GROUP_LIMITS.customKeyBytes).refine((s) => /^\w*$/.test(s), {
  message: 'must use only letters, digits and _',
});

/** One `AppDefinedData` item (group, and topic `TopicDefinedData`): value ≤ 512 bytes, may be binary; `""` deletes on modify. */
export const appDefinedDataItemSchema = z.object({
  Key: customKeySchema,
  Value: bytes(GROUP_LIMITS.customValueBytes),
});

/** A custom-data item. */
export type AppDefinedDataItem = z.infer<typeof appDefinedDataItemSchema>;

/** A request's `AppDefinedData`: at most 10 items, as at most 10 keys can be configured. */
export const appDefinedDataSchema = z.array(appDefinedDataItemSchema).max(GROUP_LIMITS.appDefinedDataKeys, {
  message: `must list at most ${GROUP_LIMITS.appDefinedDataKeys} items (at most 10 keys can be configured)`,
});

/** One `AppMemberDefinedData` item: key ≤ 16 bytes; the value limit is unclear in source, so not enforced. */
export const appMemberDefinedDataItemSchema = z.object({
  Key: nonEmptyBytes(GROUP_LIMITS.customKeyBytes),
  Value: z.string(),
});

/** A request's `AppMemberDefinedData`: at most 5 items, as at most 5 member keys can be configured. */
export const appMemberDefinedDataSchema = z
  .array(appMemberDefinedDataItemSchema)
  .max(GROUP_LIMITS.appMemberDefinedDataKeys, {
    message: `must list at most ${GROUP_LIMITS.appMemberDefinedDataKeys} items (at most 5 keys can be configured)`,
  });

/** A custom-data item as the service returns it. */
export const responseDefinedDataItemSchema = z.looseObject({ Key: z.string(), Value: z.string() });

/* ------------------------------------------------------------------ mutes (§2.6) */

/** `MuteTime` meaning "forever" (2^32−1 seconds). */
export const MUTE_FOREVER = 4294967295;

/** `MuteTime` meaning "unmute". */
export const UNMUTE = 0;

/**
 * A mute duration in seconds (`MuteTime`, legacy `ShutUpTime`): 0 unmutes, 4294967295 is forever
 * (10-groups-core.md §2.6; README "Decisions": a duration, not an absolute time).
 */
export const muteTimeSchema = uint32Schema;

/** The absolute end (`MuteUntil`) a `MuteTime` gives when applied at `now` (Unix seconds): 0 = not muted. */
export function muteUntilFor(muteTime: number, now: number): number {
  if (muteTime === UNMUTE) return 0;
  if (muteTime === MUTE_FOREVER) return MUTE_FOREVER;
  return now + muteTime;
}

/** Whether a stored `MuteUntil` still mutes at `now`. */
export function isMuted(muteUntil: number, now: number): boolean {
  return muteUntil === MUTE_FOREVER || muteUntil > now;
}

/* ------------------------------------------------------------------ fields (§2.8–2.10) */

/** Group info field names (§2.8): what `GroupBaseInfoFilter` may name. */
export const GROUP_INFO_FIELDS = [
  'GroupId',
  'Type',
  'Name',
  'Introduction',
  'Notification',
  'FaceUrl',
  'Owner_Account',
  'Appid',
  'CreateTime',
  'InfoSeq',
  'LastInfoTime',
  'LastMsgTime',
  'NextMsgSeq',
  'MemberNum',
  'MaxMemberNum',
  'ApplyJoinOption',
  'InviteJoinOption',
  'MuteAllMember',
  'AppDefinedData',
  'MemberList',
  'SupportTopic',
  'EnablePermission',
  'DefaultPermission',
  'HistoryMsgBeforeJoin',
] as const;

/** A group info field name. */
export type GroupInfoField = (typeof GROUP_INFO_FIELDS)[number];

/** A `GroupBaseInfoFilter` entry. */
export const groupInfoFieldSchema = oneOf(GROUP_INFO_FIELDS);

/** Console labels for group info fields. */
export const groupInfoFieldLabels: Record<GroupInfoField, Bilingual> = {
  GroupId: { en: 'Group ID', zh: '群组 ID' },
  Type: { en: 'Type', zh: '群组类型' },
  Name: { en: 'Name', zh: '群名称' },
  Introduction: { en: 'Introduction', zh: '群简介' },
  Notification: { en: 'Notification', zh: '群公告' },
  FaceUrl: { en: 'Avatar URL', zh: '群头像' },
  Owner_Account: { en: 'Owner', zh: '群主' },
  Appid: { en: 'SDKAppID', zh: 'SDKAppID' },
  CreateTime: { en: 'Created', zh: '创建时间' },
  InfoSeq: { en: 'Profile sequence', zh: '资料序列号' },
  LastInfoTime: { en: 'Profile last changed', zh: '最后修改资料时间' },
  LastMsgTime: { en: 'Last message', zh: '最后消息时间' },
  NextMsgSeq: { en: 'Next message seq', zh: '下一条消息序列号' },
  MemberNum: { en: 'Members', zh: '成员数量' },
  MaxMemberNum: { en: 'Member cap', zh: '最大成员数' },
  ApplyJoinOption: { en: 'Join applications', zh: '申请加群方式' },
  InviteJoinOption: { en: 'Invitations', zh: '邀请进群方式' },
  MuteAllMember: { en: 'Mute all', zh: '全员禁言' },
  AppDefinedData: { en: 'Custom fields', zh: '群组自定义字段' },
  MemberList: { en: 'Member list', zh: '成员列表' },
  SupportTopic: { en: 'Topics enabled', zh: '支持话题' },
  EnablePermission: { en: 'Permission groups', zh: '权限组' },
  DefaultPermission: { en: 'Default permissions', zh: '默认权限' },
  HistoryMsgBeforeJoin: { en: 'History before joining', zh: '入群前历史消息' },
};

/** Member field names (§2.9, §2.10): what member filters may name; `Account` is how the doc example writes the ID. */
export const MEMBER_INFO_FIELDS = [
  'Member_Account',
  'Account',
  'Role',
  'JoinTime',
  'MsgSeq',
  'MsgFlag',
  'LastSendMsgTime',
  'MuteUntil',
  'NameCard',
  'AppMemberDefinedData',
  'OnlineStatus',
] as const;

/** A member field name. */
export type MemberInfoField = (typeof MEMBER_INFO_FIELDS)[number];

/** A `MemberInfoFilter` / `SelfInfoFilter` entry. */
export const memberInfoFieldSchema = oneOf(MEMBER_INFO_FIELDS);

/** Console labels for member fields. */
export const memberInfoFieldLabels: Record<MemberInfoField, Bilingual> = {
  Member_Account: { en: 'UserID', zh: '成员账号' },
  Account: { en: 'UserID', zh: '成员账号' },
  Role: { en: 'Role', zh: '角色' },
  JoinTime: { en: 'Joined', zh: '入群时间' },
  MsgSeq: { en: 'Last read seq', zh: '已读消息序列号' },
  MsgFlag: { en: 'Message receiving', zh: '消息接收选项' },
  LastSendMsgTime: { en: 'Last message sent', zh: '最后发言时间' },
  MuteUntil: { en: 'Muted until', zh: '禁言截止时间' },
  NameCard: { en: 'Group nickname', zh: '群名片' },
  AppMemberDefinedData: { en: 'Member custom fields', zh: '成员自定义字段' },
  OnlineStatus: { en: 'Online status', zh: '在线状态' },
};

/* ------------------------------------------------------------------ response entities */

/**
 * A member as `get_group_info` / `get_group_member_info` return it (§2.9). Only `Member_Account`
 * is always present; legacy `ShutUpUntil` may appear from older deployments (§2.13).
 */
export const groupMemberSchema = z.looseObject({
  Member_Account: z.string(),
  Role: memberRoleSchema.optional(),
  JoinTime: unixSecondsSchema.optional(),
  MsgSeq: z.number().int().optional(),
  MsgFlag: msgFlagSchema.optional(),
  LastSendMsgTime: unixSecondsSchema.optional(),
  MuteUntil: z.number().int().optional(),
  ShutUpUntil: z.number().int().optional(),
  NameCard: z.string().optional(),
  AppMemberDefinedData: z.array(responseDefinedDataItemSchema).optional(),
  OnlineStatus: z.string().optional(),
});

/** A group member as returned. */
export type GroupMember = z.infer<typeof groupMemberSchema>;

/** Group base fields as reads return them (§2.8); every field is optional because filters select them. */
export const groupInfoShape = {
  Type: oneOf([...GROUP_TYPES, LEGACY_GROUP_TYPE]).optional(),
  Name: z.string().optional(),
  Appid: z.number().int().optional(),
  Introduction: z.string().optional(),
  Notification: z.string().optional(),
  FaceUrl: z.string().optional(),
  Owner_Account: z.string().optional(),
  CreateTime: unixSecondsSchema.optional(),
  InfoSeq: z.number().int().optional(),
  LastInfoTime: unixSecondsSchema.optional(),
  LastMsgTime: unixSecondsSchema.optional(),
  NextMsgSeq: z.number().int().optional(),
  MemberNum: z.number().int().optional(),
  MaxMemberNum: z.number().int().optional(),
  ApplyJoinOption: applyJoinOptionSchema.optional(),
  InviteJoinOption: inviteJoinOptionSchema.optional(),
  MuteAllMember: onOffSchema.optional(),
  ShutUpAllMember: onOffSchema.optional(),
  SupportTopic: z.number().int().optional(),
  AppDefinedData: z.array(responseDefinedDataItemSchema).optional(),
};

/** The profile fields `create_group` and `import_group` share, with their documented limits (§2.2). */
export const groupProfileFields = {
  Owner_Account: userIdSchema.optional(),
  GroupId: groupIdSchema.optional(),
  Name: nonEmptyBytes(GROUP_LIMITS.nameBytes),
  Introduction: bytes(GROUP_LIMITS.introductionBytes).optional(),
  Notification: bytes(GROUP_LIMITS.notificationBytes).optional(),
  FaceUrl: bytes(GROUP_LIMITS.faceUrlBytes).optional(),
  MaxMemberCount: z
    .number()
    .int({ message: 'must be a whole number' })
    .min(1, { message: 'must be 1 or more' })
    .optional(),
  ApplyJoinOption: applyJoinOptionSchema.optional(),
  AppDefinedData: appDefinedDataSchema.optional(),
};
