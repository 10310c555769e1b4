/**
 * The bulk of the `scale` seed: 100,000 groups with their members and messages, and the C2C history
 * with read markers and conversation lists. Written straight in the slices' saved forms with
 * arithmetic layouts (see `scale.ts`), so building a million records takes seconds; bodies come from
 * a pool of demo bodies of every element kind (04-message-elements.md), shared between messages
 * (stored bodies are replaced, never edited in place).
 */
import { groupTypeInfo } from '../../api/group';
import type { ResponseMsgBody } from '../../api/elements';
import type { C2cSaved } from '../state/c2c';
import type { C2cRecord } from '../state/c2c-record';
import type { ConversationsSaved } from '../state/conversations';
import type { GroupMemberRecord, GroupMessage, GroupSaved, GroupsSaved } from '../state/groups-model';
import { demoBody, pickKind } from './c2c-content';
import { demoMsgBody } from './group-messages';
import { createRng } from './prng';
import {
  SCALE_BIG_GROUP,
  SCALE_BIG_GROUP_MEMBERS,
  SCALE_BIG_GROUP_MESSAGES,
  SCALE_GROUPS,
  SCALE_TYPE_CYCLE,
  SCALE_USERS,
  scaleGroupId,
  scaleGroupMembers,
  scalePair,
  scaleUserId,
} from './scale-layout';

const DAY = 86_400;
const POOL = 256;
const flags = ['AcceptAndNotify', 'AcceptAndNotify', 'AcceptAndNotify', 'AcceptNotNotify'] as const;
/**
 * The custom data of every seeded member: one shared, frozen empty list. Handlers replace a member's
 * `data`, never edit it in place (a write to the frozen list would throw): a million empty arrays
 * would be ~30 MB of heap the garbage collector walks.
 */
const NO_DATA = Object.freeze([]) as unknown as [string, string][];

/** The UserID of numbered user `n`, each string made once (the same string object in every record). */
export type ScaleIds = (n: number) => string;

/** Builds the UserIDs `u0000001`… once; records share them instead of each holding a copy. */
export function scaleIds(): ScaleIds {
  const ids: string[] = [''];
  for (let n = 1; n <= SCALE_USERS; n++) ids.push(scaleUserId(n));
  return (n) => ids[n] ?? scaleUserId(n);
}

/** Messages stored in ordinary group `i` (0 for AVChatRoom, which keeps no roaming history). */
export function scaleGroupMessageCount(i: number): number {
  return SCALE_TYPE_CYCLE[i % 10] === 'AVChatRoom' ? 0 : (i * 13) % 8;
}

function groupRecord(i: number, groupId: string, type: GroupSaved['type'], now: number): GroupSaved {
  const createTime = now - 700 * DAY + Math.floor((i * 600 * DAY) / SCALE_GROUPS);
  return {
    groupId,
    type,
    name: i === 0 ? 'Scale 社区 100k' : `${type} group ${i}`,
    introduction: '',
    notification: '',
    faceUrl: '',
    owner: '',
    createTime,
    infoSeq: 1,
    lastInfoTime: createTime,
    lastMsgTime: 0,
    nextMsgSeq: 1,
    maxMemberNum: type === 'AVChatRoom' ? 0 : type === 'Community' ? 100_000 : 2000,
    applyJoinOption: groupTypeInfo[type].defaultApplyJoinOption,
    muteAll: false,
    data: [],
    supportTopic: 0,
    activated: true,
    listSeq: i + 1,
    nextMemberSeq: 1,
    members: [],
    mutes: [],
    messages: [],
    topics: [],
  };
}

function fill(
  g: GroupSaved,
  users: readonly number[],
  count: number,
  now: number,
  bodies: GroupMessage['body'][],
  id: ScaleIds,
) {
  const withAdmins = groupTypeInfo[g.type].roles.includes('Admin');
  const start = Math.max(g.createTime, now - 6 * DAY);
  const step = Math.max(1, Math.floor((now - 120 - start) / Math.max(1, count)));
  for (let k = 0; k < count; k++) {
    const from = id(users[(k * 7) % users.length] as number);
    const time = start + k * step;
    g.messages.push({
      seq: k + 1,
      random: (g.listSeq * 2_654_435_761 + k) >>> 0 || 1,
      time,
      from,
      body: bodies[(g.listSeq + k) % POOL] as GroupMessage['body'],
      priority: 2,
    });
  }
  const unread = g.listSeq % 3 === 0 ? Math.min(2, count) : 0;
  if (g.type !== 'AVChatRoom') {
    g.members = users.map((n, k): GroupMemberRecord => ({
      account: id(n),
      role: k === 0 ? 'Owner' : withAdmins && k <= 10 && k * 10 < users.length ? 'Admin' : 'Member',
      joinTime: g.createTime + k,
      msgSeq: count - (k === 0 ? 0 : unread),
      msgFlag: flags[k % 4] as GroupMemberRecord['msgFlag'],
      lastSendMsgTime: 0,
      nameCard: '',
      data: NO_DATA,
      unread: k === 0 || !groupTypeInfo[g.type].supportsUnread ? 0 : unread,
      seq: k + 1,
    }));
  }
  g.owner = id(users[0] as number);
  g.nextMemberSeq = g.members.length + 1;
  g.nextMsgSeq = count + 1;
  g.lastMsgTime = g.messages[g.messages.length - 1]?.time ?? 0;
}

/** The groups slice: the big Community first, then the ordinary groups; and how many messages they hold. */
export function buildScaleGroups(now: number, id: ScaleIds): { saved: GroupsSaved; messageCount: number } {
  const rng = createRng('scale/groups');
  const bodies = Array.from({ length: POOL }, () => demoMsgBody(rng));
  const groups: GroupSaved[] = [];
  const big = groupRecord(0, SCALE_BIG_GROUP, 'Community', now);
  fill(
    big,
    Array.from({ length: SCALE_BIG_GROUP_MEMBERS }, (_, k) => k + 1),
    SCALE_BIG_GROUP_MESSAGES,
    now,
    bodies,
    id,
  );
  groups.push(big);
  let messageCount = SCALE_BIG_GROUP_MESSAGES;
  for (let i = 1; i < SCALE_GROUPS; i++) {
    const type = SCALE_TYPE_CYCLE[i % 10] ?? 'Public';
    const g = groupRecord(i, scaleGroupId(i), type, now);
    const count = scaleGroupMessageCount(i);
    fill(g, scaleGroupMembers(i), count, now, bodies, id);
    messageCount += count;
    groups.push(g);
  }
  return { saved: { nextListSeq: SCALE_GROUPS + 1, groups }, messageCount };
}

/** The C2C slice and the C2C conversation lists: `total` messages over pairs of 1–8 messages each. */
export function buildScaleC2c(
  now: number,
  total: number,
  id: ScaleIds,
): { c2c: C2cSaved; conversations: ConversationsSaved } {
  const rng = createRng('scale/c2c');
  const bodies: ResponseMsgBody[] = Array.from({ length: POOL }, (_, k) =>
    demoBody(rng, pickKind(rng), `scale${k}`, k % 2 === 0),
  );
  const messages: C2cRecord[] = [];
  const readMarks: C2cSaved['readMarks'] = [];
  const lists = new Map<string, ConversationsSaved['lists'][number][1]>();
  const touch = (owner: string, id: string, msgTime: number) => {
    let list = lists.get(owner);
    if (!list) lists.set(owner, (list = []));
    list.push({ type: 1, id, msgTime, topFlag: 0 });
  };
  const start = now - 6 * DAY - DAY / 2;
  for (let i = 0; messages.length < total; i++) {
    const [na, nb] = scalePair(i);
    const a = id(na);
    const b = id(nb);
    const count = Math.min(1 + (i % 8), total - messages.length);
    let time = start + ((i * 7919) % (5 * DAY));
    for (let k = 0; k < count; k++) {
      time += 30 + ((i + k * 31) % 600);
      const fromA = (i + k) % 3 !== 2;
      messages.push({
        from: fromA ? a : b,
        to: fromA ? b : a,
        seq: ((i * 40_503 + k) % 2_147_483_647) + 1,
        random: (i * 2_654_435_761 + k * 97) >>> 0 || 1,
        time,
        flagBits: 0,
        peerRead: 0,
        body: bodies[(i + k) % POOL] as ResponseMsgBody,
        senderCopy: true,
        recipientCopy: true,
        countsUnread: true,
      });
    }
    // Both sides have read everything, except that in one conversation in four `a` left the last message unread.
    readMarks.push([a, b, i % 4 === 0 ? time - 1 : time], [b, a, time]);
    touch(a, b, time);
    touch(b, a, time);
  }
  return {
    c2c: { messages, readMarks },
    conversations: { lists: [...lists], contactMarks: [], clearedGroups: [] },
  };
}
