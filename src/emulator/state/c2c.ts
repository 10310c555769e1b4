/**
 * The one-to-one message slice (snapshot key `c2c`): every stored C2C message grouped by the pair of
 * users, each pair ordered by (timestamp, `MsgSeq`), plus per-(owner, peer) read markers.
 * Source: ../shared/im-api/03-c2c-messages.md §12 "Shared C2C state model for the emulator".
 */
import { z } from 'zod';
import type { C2cMessage } from '../../api/c2c';
import { MSG_FLAG_RECALLED } from '../../api/c2c';
import { createRng } from '../seed/prng';
import type { StoreSlice } from '../slice';
import { c2cRecordSchema, compareC2c, copyRecord, msgKeyOf, toC2cMessage } from './c2c-record';
import type { C2cRecord } from './c2c-record';

const markSchema = z.tuple([z.string(), z.string(), z.number()]);

/** The saved form of the C2C slice: messages (pair by pair, in order) and read markers `[owner, peer, time]`. */
export const c2cSavedSchema = z.object({
  messages: z.array(c2cRecordSchema),
  readMarks: z.array(markSchema),
});

/** The saved form of the C2C slice. */
export type C2cSaved = z.infer<typeof c2cSavedSchema>;

const pairKey = (a: string, b: string) => (a < b ? `${a}\n${b}` : `${b}\n${a}`);
const markKey = (owner: string, peer: string) => `${owner}\n${peer}`;

/** True when `owner` still sees `r` in their view of the conversation (03 §12). */
export function visibleTo(r: C2cRecord, owner: string): boolean {
  return (r.from === owner && r.senderCopy) || (r.to === owner && r.recipientCopy);
}

/** C2C messages, conversation by conversation, and who has read what (03 §12). */
export class C2cSlice implements StoreSlice<C2cSaved> {
  readonly key = 'c2c';
  readonly schema = c2cSavedSchema;
  private readonly pairs = new Map<string, C2cRecord[]>();
  private readonly peers = new Map<string, Set<string>>();
  private readonly readMarks = new Map<string, number>();
  /** Picks `MsgSeq` when a sender leaves it out; seeded, so runs are repeatable. */
  private rng = createRng('c2c-msgseq');

  load(data: C2cSaved | undefined, options?: { adopt?: boolean }): void {
    this.pairs.clear();
    this.peers.clear();
    this.readMarks.clear();
    this.rng = createRng('c2c-msgseq');
    for (const r of data?.messages ?? []) this.insert(options?.adopt ? r : copyRecord(r));
    for (const [owner, peer, time] of data?.readMarks ?? []) this.readMarks.set(markKey(owner, peer), time);
  }

  snapshot(): C2cSaved {
    const keys = [...this.pairs.keys()].sort();
    const readMarks = [...this.readMarks]
      .map(([k, time]): [string, string, number] => {
        const [owner = '', peer = ''] = k.split('\n');
        return [owner, peer, time];
      })
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    return { messages: keys.flatMap((k) => (this.pairs.get(k) ?? []).map(copyRecord)), readMarks };
  }

  purgeUser(userId: string): void {
    for (const peer of this.peers.get(userId) ?? []) {
      this.pairs.delete(pairKey(userId, peer));
      this.peers.get(peer)?.delete(userId);
      this.readMarks.delete(markKey(peer, userId));
    }
    this.peers.delete(userId);
    for (const k of [...this.readMarks.keys()]) if (k.startsWith(`${userId}\n`)) this.readMarks.delete(k);
  }

  summary(): Record<string, number> {
    let messages = 0;
    for (const list of this.pairs.values()) messages += list.length;
    return { conversations: this.pairs.size, messages };
  }

  /** A `MsgSeq` for a send that gave none (03 sendmsg: "a random value when absent"). */
  randomSeq(): number {
    return this.rng.int(1, 4294967295);
  }

  /** Stores a message in its conversation, after any message with the same (time, seq) (03 §0). */
  insert(r: C2cRecord): C2cRecord {
    const key = pairKey(r.from, r.to);
    let list = this.pairs.get(key);
    if (!list) {
      list = [];
      this.pairs.set(key, list);
      this.link(r.from, r.to);
    }
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareC2c(list[mid] as C2cRecord, r) <= 0) lo = mid + 1;
      else hi = mid;
    }
    list.splice(lo, 0, r);
    return r;
  }

  private link(a: string, b: string): void {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      let set = this.peers.get(x);
      if (!set) this.peers.set(x, (set = new Set()));
      set.add(y);
    }
  }

  /** Every message between `a` and `b` (both views), oldest first. */
  conversation(a: string, b: string): readonly C2cRecord[] {
    return this.pairs.get(pairKey(a, b)) ?? [];
  }

  /** Users `owner` has a stored conversation with, sorted. */
  peersOf(owner: string): string[] {
    return [...(this.peers.get(owner) ?? [])].sort();
  }

  /** The message `from` sent to `to` under `msgKey`, not older than `since` (roaming cut-off). */
  find(from: string, to: string, msgKey: string, since = 0): C2cRecord | undefined {
    const list = this.conversation(from, to);
    for (let i = list.length - 1; i >= 0; i--) {
      const r = list[i] as C2cRecord;
      if (r.time < since) break;
      if (r.from === from && r.to === to && msgKeyOf(r) === msgKey) return r;
    }
    return undefined;
  }

  /** A message addressed to `to` under `msgKey` from any sender (extension calls may omit the sender). */
  findTo(to: string, msgKey: string, since = 0): C2cRecord | undefined {
    for (const peer of this.peersOf(to)) {
      const r = this.find(peer, to, msgKey, since);
      if (r) return r;
    }
    return undefined;
  }

  /** Owner's view of the conversation with `peer` inside [minTime, maxTime], oldest first. */
  view(owner: string, peer: string, minTime: number, maxTime: number): C2cRecord[] {
    return this.conversation(owner, peer).filter(
      (r) => r.time >= minTime && r.time <= maxTime && visibleTo(r, owner),
    );
  }

  /** Hides every message of the conversation from `owner`'s view; the peer keeps theirs (08 delete, `ClearRamble`). */
  clearHistory(owner: string, peer: string): void {
    for (const r of this.conversation(owner, peer)) {
      if (r.from === owner) r.senderCopy = false;
      if (r.to === owner) r.recipientCopy = false;
    }
  }

  /** The read marker of `owner` for `peer` (0 when never read). */
  readMark(owner: string, peer: string): number {
    return this.readMarks.get(markKey(owner, peer)) ?? 0;
  }

  /** Moves the read marker forward to `time`; never backwards (03 admin_set_msg_read). */
  markRead(owner: string, peer: string, time: number): void {
    if (time > this.readMark(owner, peer)) this.readMarks.set(markKey(owner, peer), time);
  }

  /** Unread messages `peer` sent to `owner`: newer than the marker, still in owner's view, not recalled (03 §7). */
  unread(owner: string, peer: string): number {
    const list = this.conversation(owner, peer);
    const mark = this.readMark(owner, peer);
    let n = 0;
    for (let i = list.length - 1; i >= 0; i--) {
      const r = list[i] as C2cRecord;
      if (r.time <= mark) break;
      if (r.from === peer && r.to === owner && r.recipientCopy && r.countsUnread) {
        if (r.flagBits !== MSG_FLAG_RECALLED) n++;
      }
    }
    return n;
  }

  /** `owner`'s total C2C unread count over every conversation (03 get_c2c_unread_msg_num). */
  totalUnread(owner: string): number {
    let n = 0;
    for (const peer of this.peersOf(owner)) n += this.unread(owner, peer);
    return n;
  }

  /**
   * Every stored message with `fromSeconds` ≤ `MsgTimeStamp` < `toSeconds`, oldest first, one entry
   * per message whatever the views — what the hourly archive of 13-operations.md reads.
   */
  messagesInWindow(fromSeconds: number, toSeconds: number): C2cMessage[] {
    const out: C2cRecord[] = [];
    for (const list of this.pairs.values()) {
      for (const r of list) if (r.time >= fromSeconds && r.time < toSeconds) out.push(r);
    }
    out.sort(
      (a, b) => compareC2c(a, b) || (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : 1),
    );
    return out.map(toC2cMessage);
  }
}
