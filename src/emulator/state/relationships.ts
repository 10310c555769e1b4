/**
 * The relationship chain's state (`sns/*`): directed friend entries with their standard and custom
 * fields, friend lists, blocklists, pending friend requests and the per-user sequences.
 * Source: ../shared/im-api/07-relationships.md §1, §2 and the endpoints' Emulator rules.
 */
import { MAX_FRIEND_LISTS } from '../../api/friend';
import type { StoreSlice } from '../slice';
import type { Store } from '../store';
import type {
  FriendEntry,
  PendingRequest,
  RelationshipsSaved,
  Sequences,
  UserRelations,
} from './relationships-model';
import {
  defaultFriendCustomTags,
  emptyUserRelations,
  isEmptyUserRelations,
  loadUserRelations,
  relationshipsSavedSchema,
  saveUserRelations,
} from './relationships-model';

/** Friends, blocklists and friend lists of every user (07 §2). */
export class RelationshipsSlice implements StoreSlice<RelationshipsSaved> {
  /** Key under `snapshot.slices`. */
  readonly key = 'relationships';
  /** Validates the saved form. */
  readonly schema = relationshipsSavedSchema;
  /** Registered `Tag_SNS_Custom_*` fields; others answer 30001 (07 §1). */
  customTags: string[] = [...defaultFriendCustomTags];
  /**
   * Per-item code of `black_list_add` for an already blocked user: 30001 per the docs, 31307 as a
   * captured real response shows (07 black_list_add); tests and embedders may switch it.
   */
  alreadyBlockedCode: 30001 | 31307 = 30001;
  private readonly users = new Map<string, UserRelations>();

  /** `store` lets a purge record removed friend pairs in the daily statistics; accounts are read by the handlers. */
  constructor(readonly store?: Store) {}

  /** Replaces the state with a saved form (`undefined`: empty, default custom tags registered). */
  load(data: RelationshipsSaved | undefined): void {
    this.users.clear();
    this.customTags = data ? [...data.customTags] : [...defaultFriendCustomTags];
    for (const saved of data?.users ?? []) this.users.set(saved.userId, loadUserRelations(saved));
  }

  /** The saved form: users sorted by UserID, empty records left out. */
  snapshot(): RelationshipsSaved {
    const users = [...this.users]
      .filter(([, r]) => !isEmptyUserRelations(r))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([userId, r]) => saveUserRelations(userId, r));
    return { customTags: [...this.customTags], users };
  }

  /**
   * Drops a deleted account's own record and removes it from everyone else's friends, blocklist and
   * pending requests (02-accounts.md `account_delete`: relationships go with the account). Each
   * friend pair that ends counts towards `ChainDecrease` (13-operations.md).
   */
  purgeUser(userId: string, nowSeconds?: number): void {
    let pairs = this.users.get(userId)?.friends.size ?? 0;
    for (const [peer, r] of this.users) {
      if (r.friends.has(userId) && !this.isFriend(userId, peer)) pairs++;
    }
    if (pairs && nowSeconds !== undefined) this.store?.stats.record('ChainDecrease', nowSeconds, pairs);
    this.users.delete(userId);
    for (const r of this.users.values()) {
      const entry = r.friends.get(userId);
      if (entry) {
        r.friends.delete(userId);
        r.seq.standard++;
        if (entry.custom.size) r.seq.custom++;
      }
      if (r.blocked.delete(userId)) r.seq.black++;
      r.pending.delete(userId);
    }
  }

  /** Counts for the control API. */
  summary(): Record<string, number> {
    let friendEntries = 0;
    let blocklistEntries = 0;
    let friendLists = 0;
    let pendingRequests = 0;
    for (const r of this.users.values()) {
      friendEntries += r.friends.size;
      blocklistEntries += r.blocked.size;
      friendLists += r.lists.length;
      pendingRequests += r.pending.size;
    }
    return { friendEntries, blocklistEntries, friendLists, pendingRequests };
  }

  /** A user's record for reading (an empty one, not stored, when the user has none). */
  read(userId: string): UserRelations {
    return this.users.get(userId) ?? emptyUserRelations();
  }

  /** A user's record for writing (created on first use). */
  user(userId: string): UserRelations {
    let r = this.users.get(userId);
    if (!r) {
      r = emptyUserRelations();
      this.users.set(userId, r);
    }
    return r;
  }

  /** Increments one of a user's sequences and returns the new value. */
  bump(userId: string, which: keyof Sequences): number {
    return ++this.user(userId).seq[which];
  }

  /** True when a custom friend field is registered for the app. */
  isCustomTagRegistered(tag: string): boolean {
    return this.customTags.includes(tag);
  }

  /** `owner`'s entry for `peer`, i.e. "peer is owner's friend" (07 §2: friendship is directional). */
  friend(owner: string, peer: string): FriendEntry | undefined {
    return this.users.get(owner)?.friends.get(peer);
  }

  /** True when `peer` is in `owner`'s friend list. */
  isFriend(owner: string, peer: string): boolean {
    return this.friend(owner, peer) !== undefined;
  }

  /**
   * True when the two users form a friend pair: either lists the other (one-way friendships count;
   * the unit of 13-operations.md `ChainIncrease`/`ChainDecrease`, an emulator choice).
   */
  linked(a: string, b: string): boolean {
    return this.isFriend(a, b) || this.isFriend(b, a);
  }

  /** How many friends `owner` lists. */
  friendCount(owner: string): number {
    return this.users.get(owner)?.friends.size ?? 0;
  }

  /** `owner`'s friends in the stable `friend_get` order: AddTime ascending, then UserID (07 friend_get). */
  friendsInOrder(owner: string): [string, FriendEntry][] {
    return [...this.read(owner).friends].sort(([a, x], [b, y]) =>
      x.addTime !== y.addTime ? x.addTime - y.addTime : a < b ? -1 : a > b ? 1 : 0,
    );
  }

  /** Writes (or overwrites) `owner`'s entry for `peer`, bumping the standard (and custom) sequence. */
  setFriend(owner: string, peer: string, entry: FriendEntry): void {
    const r = this.user(owner);
    const had = r.friends.get(peer);
    r.friends.set(peer, entry);
    r.seq.standard++;
    if (entry.custom.size || had?.custom.size) r.seq.custom++;
  }

  /** Removes `owner`'s entry for `peer`; true when there was one. */
  removeFriend(owner: string, peer: string): boolean {
    const r = this.users.get(owner);
    const entry = r?.friends.get(peer);
    if (!r || !entry) return false;
    r.friends.delete(peer);
    r.seq.standard++;
    if (entry.custom.size) r.seq.custom++;
    return true;
  }

  /**
   * Creates the lists among `names` that `owner` lacks, in order, unless that would exceed 32 lists
   * (then nothing is created and `false` is returned). Bumps the list sequence when any was created.
   */
  ensureLists(owner: string, names: readonly string[]): boolean {
    const current = this.read(owner).lists;
    const missing = [...new Set(names)].filter((n) => !current.includes(n));
    if (!missing.length) return true;
    if (current.length + missing.length > MAX_FRIEND_LISTS) return false;
    const r = this.user(owner);
    r.lists.push(...missing);
    r.seq.list++;
    return true;
  }

  /** Deletes friend lists by name (unknown names ignored) and takes every friend out of them. */
  deleteLists(owner: string, names: readonly string[]): void {
    const r = this.user(owner);
    const gone = new Set(names);
    r.lists = r.lists.filter((n) => !gone.has(n));
    for (const entry of r.friends.values()) entry.groups = entry.groups.filter((g) => !gone.has(g));
  }

  /** True when `owner` has blocked `peer`. */
  hasBlocked(owner: string, peer: string): boolean {
    return this.users.get(owner)?.blocked.has(peer) ?? false;
  }

  /** How many users `owner` has blocked. */
  blockCount(owner: string): number {
    return this.users.get(owner)?.blocked.size ?? 0;
  }

  /**
   * Blocks `peer` for `owner`: records the time, ends any friendship between the two on both sides
   * and drops pending requests both ways (07 black_list_add Emulator rules).
   */
  block(owner: string, peer: string, nowSeconds: number): void {
    this.user(owner).blocked.set(peer, nowSeconds);
    this.user(owner).seq.black++;
    this.removeFriend(owner, peer);
    this.removeFriend(peer, owner);
    this.dropPending(owner, peer);
  }

  /** Unblocks `peer` for `owner`; true when it was blocked. Friendships are not restored. */
  unblock(owner: string, peer: string): boolean {
    const r = this.users.get(owner);
    if (!r?.blocked.delete(peer)) return false;
    r.seq.black++;
    return true;
  }

  /** `owner`'s blocklist in `black_list_get` order: time ascending, then UserID (07 black_list_get). */
  blockedInOrder(owner: string): [string, number][] {
    return [...this.read(owner).blocked].sort(([a, x], [b, y]) =>
      x !== y ? x - y : a < b ? -1 : a > b ? 1 : 0,
    );
  }

  /** The pending request from `from` to `target`, if any. */
  pendingRequest(target: string, from: string): PendingRequest | undefined {
    return this.users.get(target)?.pending.get(from);
  }

  /** How many requests wait for `target`'s approval. */
  pendingCount(target: string): number {
    return this.users.get(target)?.pending.size ?? 0;
  }

  /** Records (or replaces) a request from `from` waiting for `target`'s approval. */
  addPending(target: string, from: string, request: PendingRequest): void {
    this.user(target).pending.set(from, request);
  }

  /** Drops pending requests between `a` and `b` in both directions. */
  dropPending(a: string, b: string): void {
    this.users.get(a)?.pending.delete(b);
    this.users.get(b)?.pending.delete(a);
  }
}
