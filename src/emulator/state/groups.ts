/**
 * The groups slice (`group_open_http_svc/*`, `million_group_open_http_svc/*`): every live group with
 * its members, mutes, custom data, stored messages and Community topics. A disbanded group is simply
 * gone, so every later call answers 10010. Other areas read it through the public methods below.
 * Sources: ../shared/im-api/10-groups-core.md, 11-groups-messages.md §0, 09-topics.md §2.
 */
import {
  COMMUNITY_GROUP_ID_PREFIX,
  SERVER_GROUP_ID_PREFIX,
  TOPIC_ID_SEPARATOR,
  isMuted,
} from '../../api/group';
import type { GroupType } from '../../api/group';
import { createRng, type Rng } from '../seed/prng';
import type { StoreSlice } from '../slice';
import type { Store } from '../store';
import { groupsSavedSchema, loadGroup, saveGroup } from './groups-model';
import type { GroupMemberRecord, GroupMessage, GroupRecord, GroupsSaved, TopicRecord } from './groups-model';

/** One message of a time window, with where it was posted (for archives and statistics). */
export interface GroupMessageRef {
  groupId: string;
  groupType: GroupType;
  /** Set for a Community topic message. */
  topicId?: string;
  message: GroupMessage;
}

/** The character after `@TGS#` in generated IDs (an observed pattern, 10-groups-core.md §2.4). */
const typeChar: Record<GroupType, string> = {
  Private: '1',
  Public: '2',
  ChatRoom: '3',
  AVChatRoom: 'a',
  Community: 'c',
};
const ALNUM_UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/**
 * A server-style group ID drawn from `rng`: `@TGS#` + type character + 8 of `[A-Z0-9]`; a Community's
 * `@TGS#_@TGS#c` + 10 (10-groups-core.md §2.4). The demo seed and `create_group` both make them.
 */
export function serverStyleGroupId(type: GroupType, rng: Pick<Rng, 'pick'>): string {
  const tail = Array.from({ length: type === 'Community' ? 10 : 8 }, () => rng.pick([...ALNUM_UPPER])).join(
    '',
  );
  return type === 'Community'
    ? `${COMMUNITY_GROUP_ID_PREFIX}${SERVER_GROUP_ID_PREFIX}c${tail}`
    : `${SERVER_GROUP_ID_PREFIX}${typeChar[type]}${tail}`;
}
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** De-duplication window of `send_group_msg` `Random` (11-groups-messages.md send_group_msg). */
export const SEND_DEDUP_SECONDS = 300;

/**
 * Groups are persisted in this many shard parts by GroupId hash (`groups-s00`…): a message sent in one
 * group rewrites one shard file (~1/64 of the groups), not the whole slice (23 MB in the demo seed).
 */
export const GROUP_SHARDS = 64;

/** The shard part holding a group: FNV-1a of the GroupId's UTF-16 units, mod `GROUP_SHARDS`. */
export function groupShardKey(groupId: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < groupId.length; i++) h = Math.imul(h ^ groupId.charCodeAt(i), 0x01000193);
  return shardKeys[(h >>> 0) % GROUP_SHARDS] as string;
}

const shardKeys = Array.from({ length: GROUP_SHARDS }, (_, n) => `groups-s${String(n).padStart(2, '0')}`);

/** One shard part's saved form: its groups in creation order. */
interface GroupsShardSaved {
  groups: GroupsSaved['groups'];
}

/** Groups by ID; see the file comment. */
export class GroupsSlice implements StoreSlice<GroupsSaved> {
  /** Key under `snapshot.slices`. */
  readonly key = 'groups';
  /** Validates the saved form. */
  readonly schema = groupsSavedSchema;
  /** The shard parts groups are saved in (see `GROUP_SHARDS`). */
  readonly shardKeys = shardKeys;
  private readonly groups = new Map<string, GroupRecord>();
  private nextListSeq = 1;
  /** Recent sends by `group|topic|from|random` for the 5-minute de-duplication; not persisted. */
  private readonly recentSends = new Map<string, { seq: number; time: number }>();

  /** `store` gives access to accounts (e.g. `isImported`). */
  constructor(readonly store: Store) {}

  /** Replaces the state with a saved form (`undefined`: no groups). */
  load(data: GroupsSaved | undefined, options?: { adopt?: boolean }): void {
    this.groups.clear();
    this.recentSends.clear();
    this.nextListSeq = data?.nextListSeq ?? 1;
    for (const g of data?.groups ?? []) this.groups.set(g.groupId, loadGroup(g, options?.adopt));
  }

  /** The saved form, groups in creation order. */
  snapshot(): GroupsSaved {
    return { nextListSeq: this.nextListSeq, groups: this.sorted().map(saveGroup) };
  }

  /** The slice's own part when saved in shards: everything but the groups. */
  headSnapshot(): GroupsSaved {
    return { nextListSeq: this.nextListSeq, groups: [] };
  }

  /** One shard part: the groups whose ID hashes to it, in creation order. */
  shardSnapshot(shardKey: string): GroupsShardSaved {
    return {
      groups: this.sorted()
        .filter((g) => groupShardKey(g.groupId) === shardKey)
        .map(saveGroup),
    };
  }

  /** The whole saved form: the head's groups and every shard's, in creation order (validated after). */
  joinShards(head: unknown, shards: readonly unknown[]): unknown {
    const groups: { listSeq?: unknown }[] = [];
    for (const part of [head, ...shards]) {
      if (part === undefined) continue;
      const list = (part as { groups?: unknown } | null)?.groups;
      if (!Array.isArray(list)) throw new Error('a groups part has no groups list');
      groups.push(...(list as { listSeq?: unknown }[]));
    }
    groups.sort((a, b) => Number(a?.listSeq) - Number(b?.listSeq));
    return { ...(head as object | undefined), groups };
  }

  /** Marks the shard of a group handed out (outside read-only windows; see `StoreSlice.shardKeys`). */
  private reach(groupId: string): void {
    this.store.reachPart(groupShardKey(groupId));
  }

  /** Every live group in creation order, without marking anything. */
  private sorted(): GroupRecord[] {
    return [...this.groups.values()].sort((a, b) => a.listSeq - b.listSeq);
  }

  /**
   * Drops a deleted account from every group and topic (membership and mutes); an owner's group
   * becomes ownerless. Messages it sent stay in history, as in the real service (emulator choice).
   * Each membership ended counts as a `GroupQuitGroupTimes` of the day (13-operations.md).
   */
  purgeUser(userId: string, nowSeconds?: number): void {
    let left = 0;
    for (const g of this.groups.values()) {
      this.reach(g.groupId);
      if (g.members.delete(userId)) left++;
      g.mutes.delete(userId);
      if (g.owner === userId) g.owner = '';
      for (const t of g.topics.values()) t.mutes.delete(userId);
    }
    if (left && nowSeconds !== undefined) this.store.stats.record('GroupQuitGroupTimes', nowSeconds, left);
  }

  /** Counts for the control API. */
  summary(): Record<string, number> {
    let members = 0;
    let messages = 0;
    let topics = 0;
    for (const g of this.groups.values()) {
      members += g.members.size;
      messages += g.messages.length;
      topics += g.topics.size;
      for (const t of g.topics.values()) messages += t.messages.length;
    }
    return { groups: this.groups.size, members, topics, messages };
  }

  /* ------------------------------------------------------------ reads other areas may use */

  /** A live group by ID (undefined when unknown or disbanded). */
  group(groupId: string): GroupRecord | undefined {
    const g = this.groups.get(groupId);
    if (g) this.reach(groupId);
    return g;
  }

  /** Every live group in creation order. */
  list(): GroupRecord[] {
    const out = this.sorted();
    for (const g of out) this.reach(g.groupId);
    return out;
  }

  /** A group's members: owner first, then by join time, then UserID (10-groups-core.md, suggested order). */
  members(groupId: string): GroupMemberRecord[] {
    const g = this.group(groupId);
    if (!g) return [];
    const rank = (m: GroupMemberRecord) => (m.role === 'Owner' ? 0 : 1);
    return [...g.members.values()].sort(
      (a, b) =>
        rank(a) - rank(b) ||
        a.joinTime - b.joinTime ||
        (a.account < b.account ? -1 : a.account > b.account ? 1 : 0),
    );
  }

  /** Whether `userId` is a member of the group. */
  isMember(groupId: string, userId: string): boolean {
    return this.groups.get(groupId)?.members.has(userId) ?? false;
  }

  /** The groups a user belongs to, by join time then GroupId (10-groups-core.md get_joined_group_list). */
  groupsOf(userId: string): { group: GroupRecord; member: GroupMemberRecord }[] {
    const out: { group: GroupRecord; member: GroupMemberRecord }[] = [];
    for (const group of this.groups.values()) {
      const member = group.members.get(userId);
      if (member) {
        this.reach(group.groupId);
        out.push({ group, member });
      }
    }
    return out.sort(
      (a, b) => a.member.joinTime - b.member.joinTime || (a.group.groupId < b.group.groupId ? -1 : 1),
    );
  }

  /** Stored group and topic messages with `fromSeconds <= time < toSeconds`, by time, group, seq. */
  messagesBetween(fromSeconds: number, toSeconds: number): GroupMessageRef[] {
    const out: GroupMessageRef[] = [];
    const take = (g: GroupRecord, list: GroupMessage[], topicId?: string) => {
      for (const message of list) {
        if (message.time < fromSeconds || message.time >= toSeconds) continue;
        this.reach(g.groupId);
        out.push({ groupId: g.groupId, groupType: g.type, ...(topicId ? { topicId } : {}), message });
      }
    };
    for (const g of this.sorted()) {
      take(g, g.messages);
      for (const t of g.topics.values()) take(g, t.messages, t.topicId);
    }
    return out.sort(
      (a, b) =>
        a.message.time - b.message.time ||
        (a.groupId < b.groupId ? -1 : a.groupId > b.groupId ? 1 : 0) ||
        a.message.seq - b.message.seq,
    );
  }

  /** The absolute mute end of a user in a group (or topic) if still in force at `now`, else 0. */
  muteUntil(group: GroupRecord, userId: string, now: number, topic?: TopicRecord): number {
    const until = (topic ? topic.mutes : group.mutes).get(userId) ?? 0;
    return until && isMuted(until, now) ? until : 0;
  }

  /* ------------------------------------------------------------ changes (handlers) */

  /** Adds a new group, giving it the next creation sequence; `groupId` must be free. */
  add(group: Omit<GroupRecord, 'listSeq'>): GroupRecord {
    const record: GroupRecord = { ...group, listSeq: this.nextListSeq++ };
    this.groups.set(record.groupId, record);
    this.reach(record.groupId);
    return record;
  }

  /**
   * Disbands a group: members, mutes, custom data, topics and history go with it (the daily
   * statistics keep what days not yet published need of it).
   */
  destroy(groupId: string, nowSeconds: number): boolean {
    const g = this.groups.get(groupId);
    if (!g) return false;
    this.reach(groupId);
    this.store.stats.keepGroup(g, nowSeconds);
    return this.groups.delete(groupId);
  }

  /**
   * A fresh server-style ID: `@TGS#` + type character + 8 of `[A-Z0-9]`; Community `@TGS#_@TGS#c` +
   * 10 characters (10-groups-core.md §2.4). Deterministic per creation sequence, never colliding.
   */
  newGroupId(type: GroupType): string {
    for (let attempt = 0; ; attempt++) {
      const id = serverStyleGroupId(type, createRng(`group:${this.nextListSeq}:${attempt}`));
      if (!this.groups.has(id)) return id;
    }
  }

  /** A fresh topic ID: `<GroupId>@TOPIC#_@TOPIC#` + 12 of `[A-Za-z0-9]` (09-topics.md §1). */
  newTopicId(group: GroupRecord): string {
    for (let attempt = 0; ; attempt++) {
      const rng = createRng(`topic:${group.groupId}:${group.topics.size}:${attempt}`);
      const tail = Array.from({ length: 12 }, () => rng.pick([...ALNUM])).join('');
      const id = `${group.groupId}${TOPIC_ID_SEPARATOR}@TOPIC#${tail}`;
      if (!this.topicIdTaken(id)) return id;
    }
  }

  /** Whether any live group holds a topic with this ID. */
  topicIdTaken(topicId: string): boolean {
    for (const g of this.groups.values()) if (g.topics.has(topicId)) return true;
    return false;
  }

  /** The message sent earlier with the same group/topic/sender/Random within 5 minutes, if any. */
  recentSend(key: string, now: number): { seq: number; time: number } | undefined {
    const hit = this.recentSends.get(key);
    if (hit && now - hit.time < SEND_DEDUP_SECONDS) return hit;
    if (hit) this.recentSends.delete(key);
    return undefined;
  }

  /** Remembers a send for de-duplication (older entries are dropped as the map grows). */
  rememberSend(key: string, seq: number, time: number): void {
    if (this.recentSends.size > 10_000) {
      for (const [k, v] of this.recentSends)
        if (time - v.time >= SEND_DEDUP_SECONDS) this.recentSends.delete(k);
    }
    this.recentSends.set(key, { seq, time });
  }
}
