/**
 * Demo groups: ~300 groups of every type (Work, Public, Meeting, AVChatRoom, Community with topics),
 * of 3 to 5,000 members (the all-hands Community holds every demo user and the crowd), with owners, admins, name
 * cards, mutes (one group muted as a whole) and ~18,000 messages of every element kind over the last
 * days, some recalled. A pure function of the PRNG, the demo
 * UserIDs and "now". Rules followed: ../shared/im-api/10-groups-core.md, 11-groups-messages.md, 09-topics.md.
 */
import { MUTE_FOREVER, groupTypeInfo } from '../../api/group';
import type { GroupType } from '../../api/group';
import type {
  GroupMemberRecord,
  GroupMessage,
  GroupSaved,
  GroupsSaved,
  TopicSaved,
} from '../state/groups-model';
import { serverStyleGroupId } from '../state/groups';
import { demoMsgBody } from './group-messages';
import {
  communityGroupNames,
  introductions,
  liveGroupNames,
  meetingGroupNames,
  notifications,
  publicGroupNames,
  topicNames,
  workGroupNames,
} from './group-words';
import type { Rng } from './prng';

const DAY = 86_400;
const sizes: Record<GroupType, [number, number]> = {
  Private: [3, 60],
  Public: [10, 1500],
  ChatRoom: [3, 80],
  AVChatRoom: [0, 0],
  Community: [20, 1200],
};
/** Each name list is used this many times (a repeat gets a `2群`, `3群`… suffix, as real apps number them). */
const ROUNDS = 5;

/** Inputs of the group seed. */
export interface GroupsSeedInput {
  rng: Rng;
  /** Live, non-admin demo users; the memorable ones (alice, bob…) first. */
  userIds: readonly string[];
  nowSeconds: number;
  /**
   * Extra plain accounts who join the all-hands Community only (as silent members: they send
   * nothing), drawn with their own PRNG so the other groups do not shift with them.
   */
  crowd?: { rng: Rng; userIds: readonly string[] };
}

function sample(rng: Rng, items: readonly string[], n: number): string[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [copy[i], copy[j]] = [copy[j] as string, copy[i] as string];
  }
  return copy.slice(0, n);
}

function messagesFor(
  rng: Rng,
  senders: readonly string[],
  count: number,
  from: number,
  now: number,
): GroupMessage[] {
  const times = Array.from({ length: count }, () => rng.int(from, now - 60)).sort((a, b) => a - b);
  return times.map((time, i) => ({
    seq: i + 1,
    random: rng.int(1, 4294967295),
    time,
    from: rng.pick(senders),
    body: demoMsgBody(rng),
    priority: 2,
    ...(rng.chance(0.04) ? { recalled: true } : {}),
  }));
}

/** How many of the time-ordered `messages` are older than `time` (the seq of the last of them). */
function countBefore(messages: readonly GroupMessage[], time: number): number {
  let lo = 0;
  let hi = messages.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((messages[mid] as GroupMessage).time < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Messages after read seq `msgSeq` from others than `account` (seqs are 1…n in order). */
function unreadAfter(messages: readonly GroupMessage[], msgSeq: number, account: string): number {
  let n = 0;
  for (let i = msgSeq; i < messages.length; i++) if ((messages[i] as GroupMessage).from !== account) n++;
  return n;
}

function buildGroup(
  input: GroupsSeedInput,
  type: GroupType,
  name: string,
  listSeq: number,
  groupId: string,
  fixedSize = 0,
  crowd?: GroupsSeedInput['crowd'],
): GroupSaved {
  const { rng, userIds, nowSeconds: now } = input;
  const crowdRng = crowd?.rng ?? rng;
  const createTime = now - rng.int(8, 400) * DAY - rng.int(0, DAY);
  const [lo, hi] = sizes[type];
  const size = fixedSize || Math.min(userIds.length, rng.int(lo, hi));
  // The memorable users show up often, so demos find them in groups.
  const picked =
    type === 'AVChatRoom' ? [] : sample(rng, userIds.slice(0, 10), rng.int(0, Math.min(4, size)));
  const chosen = [
    ...picked,
    ...sample(
      rng,
      userIds.filter((u) => !picked.includes(u)),
      size - picked.length,
    ),
  ];
  const owner = type === 'AVChatRoom' ? rng.pick(userIds) : (chosen[0] ?? '');
  const withAdmins = groupTypeInfo[type].roles.includes('Admin');
  const members: GroupMemberRecord[] = chosen.map((account, i) => ({
    account,
    role: i === 0 ? 'Owner' : withAdmins && i <= rng.int(0, 3) ? 'Admin' : 'Member',
    joinTime: i === 0 ? createTime : rng.int(createTime, now - 3600),
    msgSeq: 0,
    msgFlag: rng.weighted([
      ['AcceptAndNotify', 85],
      ['AcceptNotNotify', 12],
      ['Discard', 3],
    ] as const),
    lastSendMsgTime: 0,
    nameCard: rng.chance(0.25) ? `${account}-${rng.pick(['北京', 'Shanghai', '深圳', 'SG', 'Tokyo'])}` : '',
    data: [],
    unread: 0,
    seq: i + 1,
  }));
  const crowdMembers: GroupMemberRecord[] = (crowd ? crowd.userIds : []).map((account, i) => ({
    account,
    role: 'Member',
    joinTime: crowdRng.int(createTime, now - 3600),
    msgSeq: 0,
    msgFlag: crowdRng.weighted([
      ['AcceptAndNotify', 85],
      ['AcceptNotNotify', 12],
      ['Discard', 3],
    ] as const),
    lastSendMsgTime: 0,
    nameCard: '',
    data: [],
    unread: 0,
    seq: chosen.length + i + 1,
  }));
  const active = type !== 'AVChatRoom' && (type !== 'Private' || rng.chance(0.85));
  const messages =
    active && members.length
      ? messagesFor(rng, chosen, rng.int(10, 130), Math.max(createTime, now - 6 * DAY), now)
      : [];
  const last = messages[messages.length - 1];
  const lastSent = new Map<string, GroupMessage>();
  for (const x of messages) lastSent.set(x.from, x);
  const countsUnread = groupTypeInfo[type].supportsUnread;
  for (const m of members) {
    const sent = lastSent.get(m.account);
    m.lastSendMsgTime = sent?.time ?? 0;
    const skipped = countsUnread && m.role !== 'Owner' ? rng.int(0, messages.length) : 0;
    // Read state as the live rules leave it (11-groups-messages.md): what came before joining counts
    // as read (a new member's read seq is the group's latest), and sending reads up to one's own message.
    m.msgSeq = Math.max(messages.length - skipped, sent?.seq ?? 0, countBefore(messages, m.joinTime));
    m.unread = countsUnread ? unreadAfter(messages, m.msgSeq, m.account) : 0;
  }
  for (const m of crowdMembers) {
    const skipped = countsUnread ? crowdRng.int(0, messages.length) : 0;
    m.msgSeq = Math.max(messages.length - skipped, countBefore(messages, m.joinTime));
    m.unread = countsUnread ? unreadAfter(messages, m.msgSeq, m.account) : 0;
  }
  members.push(...crowdMembers);
  const mutes: [string, number][] = [];
  if (groupTypeInfo[type].supportsMute && members.length > 5 && rng.chance(0.4)) {
    for (const m of sample(rng, chosen.slice(1), rng.int(1, 3))) {
      mutes.push([m, rng.chance(0.2) ? MUTE_FOREVER : now + rng.int(600, 3 * DAY)]);
    }
  }
  return {
    groupId,
    type,
    name,
    introduction: rng.pick(introductions),
    notification: rng.pick(notifications),
    faceUrl: rng.chance(0.6)
      ? `https://api.dicebear.com/9.x/shapes/svg?seed=${encodeURIComponent(groupId)}`
      : '',
    owner,
    createTime,
    infoSeq: rng.int(1, 6),
    lastInfoTime: createTime + rng.int(0, now - createTime),
    lastMsgTime: last?.time ?? 0,
    nextMsgSeq: messages.length + 1,
    maxMemberNum: type === 'AVChatRoom' ? 0 : type === 'Community' ? 100_000 : 2000,
    applyJoinOption: groupTypeInfo[type].defaultApplyJoinOption,
    muteAll: false,
    data: [],
    supportTopic: 0,
    activated: active || type !== 'Private',
    listSeq,
    nextMemberSeq: members.length + 1,
    members,
    mutes: mutes.sort(([a], [b]) => (a < b ? -1 : 1)),
    messages,
    topics: [],
  };
}

function topicsFor(input: GroupsSeedInput, g: GroupSaved, n: number): TopicSaved[] {
  const { rng, nowSeconds: now } = input;
  return sample(input.rng, topicNames, n).map((name, i) => {
    const createTime = g.createTime + rng.int(0, now - g.createTime - DAY);
    const messages = messagesFor(
      rng,
      g.members.map((m) => m.account),
      rng.int(0, 8),
      Math.max(createTime, now - 5 * DAY),
      now,
    );
    return {
      topicId: `${g.groupId}@TOPIC#_topic${i + 1}`,
      name,
      faceUrl: '',
      notification: i === 0 ? '请遵守社区规范 / Please follow the community rules.' : '',
      introduction: '',
      customString: '',
      data: [],
      createTime,
      lastMsgTime: messages[messages.length - 1]?.time ?? 0,
      nextMsgSeq: messages.length + 1,
      muteAll: name === 'Announcements',
      creator: g.owner,
      mutes: [],
      messages,
    };
  });
}

/** Builds the groups slice's saved form for the demo seed. */
export function buildGroupsSeed(input: GroupsSeedInput): GroupsSaved {
  const { rng } = input;
  const plan: [GroupType, readonly string[]][] = [
    ['Private', workGroupNames],
    ['Public', publicGroupNames],
    ['ChatRoom', meetingGroupNames],
    ['AVChatRoom', liveGroupNames],
    ['Community', communityGroupNames],
  ];
  const groups: GroupSaved[] = [];
  const used = new Set<string>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const [type, names] of plan) {
      for (const base of names) {
        const name = round ? `${base} ${round + 1}群` : base;
        let id: string;
        do {
          id = serverStyleGroupId(type, rng);
        } while (used.has(id));
        used.add(id);
        // The fourth Community is the all-hands one: every demo user and the crowd, the demo's largest group.
        const allHands = type === 'Community' && round === 0 && base === names[3];
        groups.push(
          buildGroup(
            input,
            type,
            allHands ? 'All hands 全员' : name,
            0,
            id,
            allHands ? input.userIds.length : 0,
            allHands ? input.crowd : undefined,
          ),
        );
      }
    }
  }
  // A few memorable custom IDs and states for demos and docs.
  const first = (type: GroupType) => groups.find((g) => g.type === type) as GroupSaved;
  Object.assign(first('Private'), { groupId: 'demo_team' });
  Object.assign(first('Public'), { groupId: 'announcements', muteAll: true, name: 'Announcements 公告' });
  const communities = groups.filter((g) => g.type === 'Community');
  communities.forEach((g, i) => {
    if (i >= 3) return;
    g.supportTopic = 1;
    g.topics = topicsFor(input, g, 2 + i);
  });
  groups.sort((a, b) => a.createTime - b.createTime || (a.groupId < b.groupId ? -1 : 1));
  groups.forEach((g, i) => (g.listSeq = i + 1));
  return { nextListSeq: groups.length + 1, groups };
}
