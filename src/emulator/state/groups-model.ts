/**
 * The groups slice's records and their saved (JSON) form: groups with their members, mutes, custom
 * data, stored messages and Community topics. In memory, members/mutes/topics are Maps; the saved
 * form lists them in a deterministic order.
 * Sources: ../shared/im-api/10-groups-core.md §2, 11-groups-messages.md §0 "Emulator model", 09-topics.md §2.
 */
import { z } from 'zod';
import {
  APPLY_JOIN_OPTIONS,
  GROUP_TYPES,
  INVITE_JOIN_OPTIONS,
  MEMBER_ROLES,
  MSG_FLAGS,
} from '../../api/group';
import type { ApplyJoinOption, GroupType, InviteJoinOption, MemberRole, MsgFlag } from '../../api/group';

/** A custom-data key/value pair list (`AppDefinedData`, `AppMemberDefinedData`, `TopicDefinedData`). */
const pairsSchema = z.array(z.tuple([z.string(), z.string()]));

/** A stored (roamable) group or topic message (11-groups-messages.md §0). */
export const groupMessageSchema = z.object({
  seq: z.number(),
  random: z.number(),
  /** `MsgTimeStamp`, Unix seconds. */
  time: z.number(),
  from: z.string(),
  /** The `MsgBody` exactly as received (04-message-elements.md §14: stored verbatim). */
  body: z.array(z.looseObject({ MsgType: z.string(), MsgContent: z.unknown() })),
  cloudCustomData: z.string().optional(),
  /** 1 High, 2 Normal, 3 Low, 4 Lowest (as history reports it). */
  priority: z.number(),
  /** Targeted recipients (`To_Account`), if the message was directed. */
  to: z.array(z.string()).optional(),
  /** Recalled (`group_msg_recall`, `delete_group_msg_by_sender`); the seq stays taken. */
  recalled: z.boolean().optional(),
  /**
   * Deliveries counted by the daily statistics: the group's members when it was stored, minus the
   * sender (13-operations.md `GroupDownMsgNum`). Absent on seeded messages (then: members now).
   */
  delivered: z.number().optional(),
});

/** A stored group message. */
export type GroupMessage = z.infer<typeof groupMessageSchema>;

const memberSavedSchema = z.object({
  account: z.string(),
  role: z.enum(MEMBER_ROLES),
  joinTime: z.number(),
  /** Seq of the member's last read message. */
  msgSeq: z.number(),
  msgFlag: z.enum(MSG_FLAGS),
  lastSendMsgTime: z.number(),
  nameCard: z.string(),
  data: pairsSchema,
  unread: z.number(),
  /** Position in join order; the Community `Next` cursor of `get_group_member_info` encodes it. */
  seq: z.number(),
});

/** One group member. */
export type GroupMemberRecord = z.infer<typeof memberSavedSchema>;

const topicSavedSchema = z.object({
  topicId: z.string(),
  name: z.string(),
  faceUrl: z.string(),
  notification: z.string(),
  introduction: z.string(),
  customString: z.string(),
  data: pairsSchema,
  createTime: z.number(),
  lastMsgTime: z.number(),
  nextMsgSeq: z.number(),
  muteAll: z.boolean(),
  creator: z.string(),
  mutes: z.array(z.tuple([z.string(), z.number()])),
  messages: z.array(groupMessageSchema),
});

const groupSavedSchema = z.object({
  groupId: z.string(),
  type: z.enum(GROUP_TYPES),
  name: z.string(),
  introduction: z.string(),
  notification: z.string(),
  faceUrl: z.string(),
  /** `""` when the group has no owner. */
  owner: z.string(),
  createTime: z.number(),
  infoSeq: z.number(),
  lastInfoTime: z.number(),
  lastMsgTime: z.number(),
  nextMsgSeq: z.number(),
  maxMemberNum: z.number(),
  applyJoinOption: z.enum(APPLY_JOIN_OPTIONS),
  inviteJoinOption: z.enum(INVITE_JOIN_OPTIONS).optional(),
  muteAll: z.boolean(),
  data: pairsSchema,
  supportTopic: z.number(),
  /** Work groups created through REST stay inactive until their first message (10-groups-core.md §2.12). */
  activated: z.boolean(),
  /** Creation order; the `get_appid_group_list` cursor. */
  listSeq: z.number(),
  nextMemberSeq: z.number(),
  members: z.array(memberSavedSchema),
  /** Mute ends by UserID (absolute; kept when a member leaves, 10-groups-core.md §2.6). */
  mutes: z.array(z.tuple([z.string(), z.number()])),
  messages: z.array(groupMessageSchema),
  topics: z.array(topicSavedSchema),
});

/** The groups slice's saved form. */
export const groupsSavedSchema = z.object({
  /** The next `listSeq` to hand out. */
  nextListSeq: z.number(),
  groups: z.array(groupSavedSchema),
});

/** The saved form (also what the demo seed builds). */
export type GroupsSaved = z.infer<typeof groupsSavedSchema>;
/** One group in the saved form. */
export type GroupSaved = z.infer<typeof groupSavedSchema>;
/** One topic in the saved form. */
export type TopicSaved = z.infer<typeof topicSavedSchema>;

/** A Community topic in memory (09-topics.md §2). */
export interface TopicRecord extends Omit<TopicSaved, 'mutes'> {
  mutes: Map<string, number>;
}

/** A group in memory. */
export interface GroupRecord extends Omit<GroupSaved, 'members' | 'mutes' | 'topics'> {
  type: GroupType;
  applyJoinOption: ApplyJoinOption;
  inviteJoinOption?: InviteJoinOption;
  members: Map<string, GroupMemberRecord>;
  mutes: Map<string, number>;
  topics: Map<string, TopicRecord>;
}

/** A new member with the defaults of create_group (10-groups-core.md): nothing read, not muted. */
export function newMember(
  group: Pick<GroupRecord, 'nextMsgSeq' | 'nextMemberSeq'>,
  account: string,
  role: MemberRole,
  joinTime: number,
  msgFlag: MsgFlag = 'AcceptAndNotify',
): GroupMemberRecord {
  return {
    account,
    role,
    joinTime,
    msgSeq: group.nextMsgSeq - 1,
    msgFlag,
    lastSendMsgTime: 0,
    nameCard: '',
    data: [],
    unread: 0,
    seq: group.nextMemberSeq++,
  };
}

const byKey = <T>(a: [string, T], b: [string, T]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
const copyMsg = (m: GroupMessage): GroupMessage => structuredClone(m);
const copyPairs = (pairs: [string, string][]): [string, string][] => pairs.map(([k, v]) => [k, v]);

/**
 * The in-memory form of a saved group: deep copies, so the saved form is never aliased — unless
 * `adopt` (a seed built in-process and dropped after loading): then its records are kept as they are.
 */
export function loadGroup(g: GroupSaved, adopt = false): GroupRecord {
  if (adopt) {
    const { members, mutes, topics, ...rest } = g;
    return {
      ...rest,
      members: new Map(members.map((m) => [m.account, m])),
      mutes: new Map(mutes),
      topics: new Map(topics.map((t) => [t.topicId, { ...t, mutes: new Map(t.mutes) }])),
    };
  }
  return {
    ...g,
    data: copyPairs(g.data),
    members: new Map(g.members.map((m) => [m.account, { ...m, data: copyPairs(m.data) }])),
    mutes: new Map(g.mutes),
    messages: g.messages.map(copyMsg),
    topics: new Map(
      g.topics.map((t) => [
        t.topicId,
        { ...t, data: copyPairs(t.data), mutes: new Map(t.mutes), messages: t.messages.map(copyMsg) },
      ]),
    ),
  };
}

/** The saved form of a group: members by join order, mutes by UserID, topics by creation. */
export function saveGroup(g: GroupRecord): GroupSaved {
  const { members, mutes, topics, ...rest } = g;
  return {
    ...rest,
    data: copyPairs(g.data),
    members: [...members.values()]
      .sort((a, b) => a.seq - b.seq)
      .map((m) => ({ ...m, data: copyPairs(m.data) })),
    mutes: [...mutes].sort(byKey),
    messages: g.messages.map(copyMsg),
    topics: [...topics.values()]
      .sort((a, b) => a.createTime - b.createTime || (a.topicId < b.topicId ? -1 : 1))
      .map((t) => ({
        ...t,
        data: copyPairs(t.data),
        mutes: [...t.mutes].sort(byKey),
        messages: t.messages.map(copyMsg),
      })),
  };
}
