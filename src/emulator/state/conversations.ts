/**
 * The conversation slice (snapshot key `conversations`): each user's recent-contact list (C2C and
 * group conversations with their latest activity and pinned flag) and, independently, their
 * conversation groups and marks. Source: ../shared/im-api/08-conversations.md §1 "Conversation model".
 */
import { z } from 'zod';
import type { StoreSlice } from '../slice';
import { contactMarksSavedSchema, convKey, UserContactMarks } from './contact-marks';
import type { ConvRef } from './contact-marks';

/** One entry of a user's conversation list. */
export interface Conversation extends ConvRef {
  /** Unix seconds of the latest activity (`MsgTime`). */
  msgTime: number;
  /** 1 = pinned (set by client SDKs; seeds and tests set it here). */
  topFlag: 0 | 1;
  /** True for a conversation without messages (shown only with `AssistFlags` bit 1). */
  empty?: boolean;
  /** Group conversations: `MsgSeq` of the latest group message seen. */
  lastMsgSeq?: number;
}

const conversationSchema = z.object({
  type: z.union([z.literal(1), z.literal(2)]),
  id: z.string(),
  msgTime: z.number(),
  topFlag: z.union([z.literal(0), z.literal(1)]),
  empty: z.boolean().optional(),
  lastMsgSeq: z.number().optional(),
});

/**
 * A run of identical group conversations: `[groupId, msgTime, lastMsgSeq, owners]`, owners sorted.
 * One group message puts the same entry in every member's list, so the saved form stores those once
 * per group (and time/seq) instead of once per member (~110,000 entries in the demo seed).
 */
const groupRunSchema = z.tuple([z.string(), z.number(), z.number(), z.array(z.string())]);

/** One run of identical, unpinned, non-empty group conversations in the saved form. */
export type GroupConversationRun = z.infer<typeof groupRunSchema>;

/**
 * The saved form: lists by owner, group/mark data by owner, and group-history clear times. Unpinned,
 * non-empty group conversations with a `lastMsgSeq` are saved in `groupRuns`, the rest in `lists`
 * (an owner appears in `lists` when it has other entries, or none at all).
 */
export const conversationsSavedSchema = z.object({
  lists: z.array(z.tuple([z.string(), z.array(conversationSchema)])),
  groupRuns: z.array(groupRunSchema).optional(),
  contactMarks: z.array(contactMarksSavedSchema),
  clearedGroups: z.array(z.tuple([z.string(), z.string(), z.number()])),
});

/** The saved form of the conversation slice. */
export type ConversationsSaved = z.infer<typeof conversationsSavedSchema>;

/** Whether a conversation is saved in a group run (see `groupRunSchema`). */
function isRunEntry(c: Conversation): c is Conversation & { lastMsgSeq: number } {
  return c.type === 2 && c.topFlag === 0 && !c.empty && c.lastMsgSeq !== undefined;
}

/** Runs by group ID, then time, then seq (the saved order). */
export function compareRuns(a: GroupConversationRun, b: GroupConversationRun): number {
  return (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0) || a[1] - b[1] || a[2] - b[2];
}

/** Recent contacts, conversation groups and marks of every user (08). */
export class ConversationsSlice implements StoreSlice<ConversationsSaved> {
  readonly key = 'conversations';
  readonly schema = conversationsSavedSchema;
  private readonly lists = new Map<string, Map<string, Conversation>>();
  private readonly contactMarks = new Map<string, UserContactMarks>();
  private readonly clearedGroups = new Map<string, number>();
  /**
   * Says whether a group ID exists (for 51007). Unset, every group ID is taken as existing; the
   * groups area may set it, e.g. `store.conversations.groupExists = (id) => store.groups.has(id)`.
   */
  groupExists: ((groupId: string) => boolean) | undefined;

  load(data: ConversationsSaved | undefined, options?: { adopt?: boolean }): void {
    this.lists.clear();
    this.contactMarks.clear();
    this.clearedGroups.clear();
    for (const [owner, list] of data?.lists ?? []) {
      this.lists.set(owner, new Map(list.map((c) => [convKey(c), options?.adopt ? c : { ...c }])));
    }
    for (const [groupId, msgTime, lastMsgSeq, owners] of data?.groupRuns ?? []) {
      const key = convKey({ type: 2, id: groupId });
      for (const owner of owners) {
        let list = this.lists.get(owner);
        if (!list) this.lists.set(owner, (list = new Map()));
        list.set(key, { type: 2, id: groupId, msgTime, topFlag: 0, lastMsgSeq });
      }
    }
    for (const saved of data?.contactMarks ?? []) {
      this.contactMarks.set(saved.owner, UserContactMarks.load(saved));
    }
    for (const [owner, groupId, t] of data?.clearedGroups ?? [])
      this.clearedGroups.set(`${owner}\n${groupId}`, t);
  }

  snapshot(): ConversationsSaved {
    const owners = (m: Map<string, unknown>) => [...m.keys()].sort();
    const lists: ConversationsSaved['lists'] = [];
    // Runs by group ID, time and seq (one lookup per entry: a group can have many runs).
    const runs = new Map<string, GroupConversationRun>();
    for (const owner of owners(this.lists)) {
      const list = this.lists.get(owner) as Map<string, Conversation>;
      const rest: Conversation[] = [];
      for (const k of [...list.keys()].sort()) {
        const c = list.get(k) as Conversation;
        if (!isRunEntry(c)) {
          rest.push({ ...c });
          continue;
        }
        const runKey = `${c.id}\n${c.msgTime}\n${c.lastMsgSeq}`;
        const run = runs.get(runKey);
        if (run) run[3].push(owner);
        else runs.set(runKey, [c.id, c.msgTime, c.lastMsgSeq, [owner]]);
      }
      if (rest.length || !list.size) lists.push([owner, rest]);
    }
    return {
      lists,
      // Owners were visited in sorted order, so each run's owners are already sorted.
      groupRuns: [...runs.values()].sort(compareRuns),
      contactMarks: owners(this.contactMarks).map((o) =>
        (this.contactMarks.get(o) as UserContactMarks).save(o),
      ),
      clearedGroups: [...this.clearedGroups.keys()].sort().map((k) => {
        const [owner = '', groupId = ''] = k.split('\n');
        return [owner, groupId, this.clearedGroups.get(k) as number];
      }),
    };
  }

  purgeUser(userId: string): void {
    this.lists.delete(userId);
    this.contactMarks.delete(userId);
    const ref = convKey({ type: 1, id: userId });
    for (const list of this.lists.values()) list.delete(ref);
    for (const marks of this.contactMarks.values()) marks.marks.delete(ref);
    for (const k of [...this.clearedGroups.keys()])
      if (k.startsWith(`${userId}\n`)) this.clearedGroups.delete(k);
  }

  summary(): Record<string, number> {
    let conversations = 0;
    for (const list of this.lists.values()) conversations += list.size;
    return { owners: this.lists.size, conversations, usersWithGroupsOrMarks: this.contactMarks.size };
  }

  /** Creates or refreshes a conversation: `MsgTime` never moves back, a deleted one comes back (08 §1). */
  touch(owner: string, ref: ConvRef, msgTime: number, lastMsgSeq?: number): Conversation {
    let list = this.lists.get(owner);
    if (!list) this.lists.set(owner, (list = new Map()));
    const k = convKey(ref);
    const c = list.get(k) ?? { type: ref.type, id: ref.id, msgTime, topFlag: 0 };
    c.msgTime = Math.max(c.msgTime, msgTime);
    delete c.empty;
    if (lastMsgSeq !== undefined) c.lastMsgSeq = Math.max(c.lastMsgSeq ?? 0, lastMsgSeq);
    list.set(k, c);
    return c;
  }

  /** Records a C2C message in the recipient's list and, when it is in the sender's roaming, the sender's (08 §1). */
  noteC2cMessage(from: string, to: string, msgTime: number, senderSide: boolean): void {
    this.touch(to, { type: 1, id: from }, msgTime);
    if (senderSide) this.touch(from, { type: 1, id: to }, msgTime);
  }

  /**
   * Records a group message in the conversation list of each member who receives it (08 §1): the
   * groups area calls this from `send_group_msg` and the like.
   */
  noteGroupMessage(groupId: string, memberIds: Iterable<string>, msgTime: number, msgSeq: number): void {
    for (const member of memberIds) this.touch(member, { type: 2, id: groupId }, msgTime, msgSeq);
  }

  /** A user's conversations, in no particular order. */
  list(owner: string): Conversation[] {
    return [...(this.lists.get(owner)?.values() ?? [])];
  }

  /** One conversation of a user. */
  get(owner: string, ref: ConvRef): Conversation | undefined {
    return this.lists.get(owner)?.get(convKey(ref));
  }

  /** Removes one conversation from a user's list; says whether it was there (08 delete). */
  remove(owner: string, ref: ConvRef): boolean {
    return this.lists.get(owner)?.delete(convKey(ref)) ?? false;
  }

  /** Pins or unpins a conversation (a client-SDK action; test and seed hook), creating it empty if needed. */
  setPinned(owner: string, ref: ConvRef, pinned: boolean, nowSeconds: number): void {
    const existing = this.get(owner, ref);
    const c = existing ?? this.touch(owner, ref, nowSeconds);
    if (!existing) c.empty = true;
    c.topFlag = pinned ? 1 : 0;
  }

  /** Records that `owner` wiped their roaming history of a group conversation (08 delete with `ClearRamble`). */
  clearGroupHistory(owner: string, groupId: string, nowSeconds: number): void {
    this.clearedGroups.set(`${owner}\n${groupId}`, nowSeconds);
  }

  /** When `owner` last wiped the group's history: group history reads hide messages up to it. */
  groupHistoryClearedAt(owner: string, groupId: string): number | undefined {
    return this.clearedGroups.get(`${owner}\n${groupId}`);
  }

  /** The user's conversation groups and marks, created empty on first use. */
  marksOf(owner: string): UserContactMarks {
    let m = this.contactMarks.get(owner);
    if (!m) this.contactMarks.set(owner, (m = new UserContactMarks()));
    return m;
  }

  /** The user's groups and marks if any exist (reads never create them). */
  peekMarks(owner: string): UserContactMarks | undefined {
    return this.contactMarks.get(owner);
  }

  /** True when a group conversation reference can be resolved (51007 otherwise). */
  resolves(ref: ConvRef): boolean {
    return ref.type === 1 || (this.groupExists?.(ref.id) ?? true);
  }
}
