/**
 * Group entities shared by the group, group-message and topic endpoints: group types and their
 * limits, the GroupId and topic ID formats, member roles, join options, message-receive flags,
 * group and member fields (the `ResponseFilter` names), custom data items and mute-time rules.
 * Labels carry English and Simplified Chinese for the console.
 * Source: ../shared/im-api/10-groups-core.md "Group concepts" and 09-topics.md §1.
 */
import { z } from 'zod';
import { byteLength, bytes, nonEmptyBytes, uint32Schema, unixSecondsSchema } from './rules';

/** A text shown in the console, in English and Simplified Chinese. */
export interface Bilingual {
  en: string;
  zh: string;
}

/** A `z.enum` whose error lists the allowed values, e.g. "must be one of On, Off". */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { message: `must be one of ${values.join(', ')}` });
}

/* ------------------------------------------------------------------ group types (§2.1, §2.2) */

/** Group types as the REST API spells them (legacy names; 10-groups-core.md §2.1). */
export const GROUP_TYPES = ['Private', 'Public', 'ChatRoom', 'AVChatRoom', 'Community'] as const;

/** A REST group type. */
export type GroupType = (typeof GROUP_TYPES)[number];

/** A group type as `create_group` takes it and every read returns it. */
export const groupTypeSchema = oneOf(GROUP_TYPES);

/**
 * The SDK (v5+) names `Work` and `Meeting` for `Private` and `ChatRoom`. `import_group` documents
 * them as accepted; elsewhere the emulator accepts them too (10-groups-core.md, create_group rules).
 */
export const GROUP_TYPE_ALIASES = { Work: 'Private', Meeting: 'ChatRoom' } as const satisfies Record<
  string,
  GroupType
>;

/** A group type in a request: a REST name or one of the newer SDK aliases (`Work`, `Meeting`). */
export const groupTypeInputSchema = oneOf([...GROUP_TYPES, 'Work', 'Meeting']);

/** A group type in a request, possibly an alias. */
export type GroupTypeInput = z.infer<typeof groupTypeInputSchema>;

/** The legacy online-broadcast type, accepted only as a `get_appid_group_list` filter (§2.1). */
export const LEGACY_GROUP_TYPE = 'BChatRoom';

/** Maps an alias (`Work`, `Meeting`) to the REST name that is stored and echoed. */
export function canonicalGroupType(type: GroupTypeInput): GroupType {
  return type === 'Work' || type === 'Meeting' ? GROUP_TYPE_ALIASES[type] : type;
}

/** What a group type allows, per the capability matrix and limits of 10-groups-core.md §2.1–2.2. */
export interface GroupTypeInfo {
  /** Console label (the SDK name in brackets for the renamed types). */
  label: Bilingual;
  /** The name the client SDKs (v5+) use. */
  sdkName: string;
  /** Highest documented member cap; `null` = unlimited. Work/Public/Meeting start at the edition limit. */
  maxMembers: number | null;
  /** Default member cap where it does not depend on the edition (Community: 100,000). */
  defaultMaxMembers: number | null;
  /** Roles a member can hold. */
  roles: readonly MemberRole[];
  /** Whether members can be muted (Work groups cannot). */
  supportsMute: boolean;
  /** Whether the REST API can add, remove or edit members (AVChatRoom stores no members). */
  restManagesMembers: boolean;
  /** Whether unread counts are kept. */
  supportsUnread: boolean;
  /** Whether messages are stored for roaming history. */
  supportsHistory: boolean;
  /** `ApplyJoinOption` the emulator gives a new group of this type when none is sent (suggested in create_group). */
  defaultApplyJoinOption: ApplyJoinOption;
}

/** Capabilities and limits of each group type (10-groups-core.md §2.1–2.2). */
export const groupTypeInfo: Record<GroupType, GroupTypeInfo> = {
  Private: {
    label: { en: 'Work group (Private)', zh: '好友工作群（Work）' },
    sdkName: 'Work',
    maxMembers: 6000,
    defaultMaxMembers: null,
    roles: ['Owner', 'Member'],
    supportsMute: false,
    restManagesMembers: true,
    supportsUnread: true,
    supportsHistory: true,
    defaultApplyJoinOption: 'DisableApply',
  },
  Public: {
    label: { en: 'Public group', zh: '陌生人社交群（Public）' },
    sdkName: 'Public',
    maxMembers: 6000,
    defaultMaxMembers: null,
    roles: ['Owner', 'Admin', 'Member'],
    supportsMute: true,
    restManagesMembers: true,
    supportsUnread: true,
    supportsHistory: true,
    defaultApplyJoinOption: 'NeedPermission',
  },
  ChatRoom: {
    label: { en: 'Meeting group (ChatRoom)', zh: '临时会议群（Meeting）' },
    sdkName: 'Meeting',
    maxMembers: 6000,
    defaultMaxMembers: null,
    roles: ['Owner', 'Admin', 'Member'],
    supportsMute: true,
    restManagesMembers: true,
    supportsUnread: false,
    supportsHistory: true,
    defaultApplyJoinOption: 'FreeAccess',
  },
  AVChatRoom: {
    label: { en: 'Live-streaming group (AVChatRoom)', zh: '直播群（AVChatRoom）' },
    sdkName: 'AVChatRoom',
    maxMembers: null,
    defaultMaxMembers: null,
    roles: ['Owner', 'Member'],
    supportsMute: true,
    restManagesMembers: false,
    supportsUnread: false,
    supportsHistory: false,
    defaultApplyJoinOption: 'FreeAccess',
  },
  Community: {
    label: { en: 'Community', zh: '社群（Community）' },
    sdkName: 'Community',
    maxMembers: 1_000_000,
    defaultMaxMembers: 100_000,
    roles: ['Owner', 'Admin', 'Member'],
    supportsMute: true,
    restManagesMembers: true,
    supportsUnread: true,
    supportsHistory: true,
    defaultApplyJoinOption: 'FreeAccess',
  },
};

/** Documented field lengths (UTF-8 bytes) and per-call caps for groups (10-groups-core.md §2.2). */
export const GROUP_LIMITS = {
  nameBytes: 30,
  introductionBytes: 240,
  notificationBytes: 300,
  faceUrlBytes: 100,
  nameCardBytes: 50,
  customGroupIdBytes: 48,
  /** Group custom fields: at most 10 keys, key ≤ 16 bytes of `[A-Za-z0-9_]`, value ≤ 512 bytes. */
  appDefinedDataKeys: 10,
  /** Member custom fields: at most 5 keys, key ≤ 16 bytes; the value limit is unclear in source. */
  appMemberDefinedDataKeys: 5,
  customKeyBytes: 16,
  customValueBytes: 512,
  /** Groups an app on the Trial edition may hold at once (10058 beyond). */
  trialGroupCap: 100,
  /** Largest response a group API returns before failing with 10018. */
  responseBytes: 1024 * 1024,
} as const;

/* ------------------------------------------------------------------ group IDs (§2.4) */

/** Prefix of server-assigned group IDs; custom IDs must not use it (except Community's `@TGS#_`). */
export const SERVER_GROUP_ID_PREFIX = '@TGS#';

/** Prefix every Community group ID carries, custom or generated (§2.2, §2.4). */
export const COMMUNITY_GROUP_ID_PREFIX = '@TGS#_';

const printableAscii = /^[\x20-\x7e]*$/;

/** A group ID naming an existing group (server-assigned or custom): non-empty printable ASCII, ≤ 48 bytes. */
export const groupIdRefSchema = z
  .string()
  .min(1, { message: 'must not be empty' })
  .refine((s) => byteLength(s) <= GROUP_LIMITS.customGroupIdBytes, {
    message: `must be at most ${GROUP_LIMITS.customGroupIdBytes} bytes`,
  })
  .refine((s) => printableAscii.test(s), { message: 'must be printable ASCII' });

/**
 * A custom `GroupId` for `create_group` / `import_group`: printable ASCII, ≤ 48 bytes, not starting
 * with `@TGS#` unless it is a Community ID starting with `@TGS#_` (10-groups-core.md §2.2, §2.4).
 * Whether the prefix matches the group `Type` is checked by the endpoint.
 */
export const groupIdSchema = groupIdRefSchema.refine(
  (s) => !s.startsWith(SERVER_GROUP_ID_PREFIX) || s.startsWith(COMMUNITY_GROUP_ID_PREFIX),
  {
    message: 'must not start with @TGS# (reserved for server-assigned IDs; Community IDs start with @TGS#_)',
  },
);

/** The rule tying a custom GroupId to its type: Community IDs start with `@TGS#_`, others never with `@TGS#`. */
export function customGroupIdProblem(groupId: string, type: GroupType): string | undefined {
  if (type === 'Community') {
    return groupId.startsWith(COMMUNITY_GROUP_ID_PREFIX)
      ? undefined
      : `must start with ${COMMUNITY_GROUP_ID_PREFIX} for a Community`;
  }
  return groupId.startsWith(SERVER_GROUP_ID_PREFIX)
    ? `must not start with ${SERVER_GROUP_ID_PREFIX} (reserved for server-assigned IDs)`
    : undefined;
}

/* ------------------------------------------------------------------ topic IDs (09-topics.md §1) */

/** Separator between the community's group ID and the topic part of a topic ID. */
export const TOPIC_ID_SEPARATOR = '@TOPIC#_';

/** A topic ID: `<CommunityGroupId>@TOPIC#_<suffix>` (09-topics.md §1). */
export const topicIdSchema = z
  .string()
  .min(1, { message: 'must not be empty' })
  .refine(
    (s) => {
      const at = s.indexOf(TOPIC_ID_SEPARATOR);
      return at > 0 && s.length > at + TOPIC_ID_SEPARATOR.length;
    },
    { message: `must be the community's GroupId, then ${TOPIC_ID_SEPARATOR}, then the topic's own part` },
  );

/** The community group ID a topic ID belongs to (split at the first `@TOPIC#_`), or undefined if malformed. */
export function groupIdOfTopic(topicId: string): string | undefined {
  const at = topicId.indexOf(TOPIC_ID_SEPARATOR);
  return at > 0 ? topicId.slice(0, at) : undefined;
}

/** Whether a topic ID is `groupId + "@TOPIC#_" + something` (the rule for custom IDs in `create_topic`). */
export function topicBelongsTo(topicId: string, groupId: string): boolean {
  const prefix = groupId + TOPIC_ID_SEPARATOR;
  return topicId.startsWith(prefix) && topicId.length > prefix.length;
}

/** Documented topic field lengths in UTF-8 bytes (09-topics.md, create_topic Limits). */
export const TOPIC_LIMITS = {
  topicNameBytes: 30,
  customStringBytes: 3000,
  faceUrlBytes: 100,
  notificationBytes: 300,
  introductionBytes: 240,
} as const;

/* ------------------------------------------------------------------ roles (§2.3) */

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
