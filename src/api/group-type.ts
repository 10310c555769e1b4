/**
 * Group types and their limits, the GroupId and topic ID formats, and the small helpers the group
 * schemas share (`oneOf`, `Bilingual`). Re-exported by `group.ts`, which holds roles, options, fields,
 * custom data and mutes. Source: ../shared/im-api/10-groups-core.md "Group concepts" and 09-topics.md §1.
 */
import { z } from 'zod';
import type { ApplyJoinOption, MemberRole } from './group';
import { byteLength } from './rules';

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
