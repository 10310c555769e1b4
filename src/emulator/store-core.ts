/**
 * The store's core: accounts (with tombstones and kick times), profiles (standard and custom tags),
 * the app's registered custom tags and simulated online sessions, kept in Maps (a UserID such as
 * `constructor` must not collide with object keys). `Store` (store.ts) adds the slices.
 * Sources: ../shared/im-api/02-accounts.md "Emulator account record", 05-profile.md §6.
 */
import type { CustomTagDef, ProfileValue } from './profile-tags';
import type { Account, Session, StoreSnapshot } from './store-snapshot';

/** The accounts, profiles, custom tags and sessions of one emulated app (the `core` part). */
export class StoreCore {
  /** Every account record by UserID, tombstones included. */
  readonly accounts = new Map<string, Account>();
  /**
   * Profile fields by UserID as one flat list `[tag, value, tag, value, …]` in first-set order, each
   * tag at most once. One small array per user, not a Map (or pair arrays): a million small Maps
   * were ~240 MB of heap in the scale seed, the flat lists about a third of that (see `profile`).
   */
  readonly profiles = new Map<string, (string | ProfileValue)[]>();
  /** Simulated sessions by UserID (at most one per platform). */
  readonly sessions = new Map<string, Session[]>();
  /** The app's registered custom profile tags. */
  customTags: CustomTagDef[] = [];
  /** The App administrator UserIDs; they always exist as accounts (01-conventions.md §6). */
  readonly admins: ReadonlySet<string>;

  constructor(admins: readonly string[]) {
    this.admins = new Set(admins);
  }

  /**
   * Replaces the core state with the one of `snapshot`. `adopt`: the snapshot was just built in-process
   * (a seed) and is dropped after loading, so its records are taken as they are instead of copied.
   */
  protected loadCore(snapshot: StoreSnapshot, adopt = false): void {
    this.accounts.clear();
    this.profiles.clear();
    this.sessions.clear();
    for (const a of snapshot.accounts) this.accounts.set(a.userId, adopt ? a : { ...a });
    for (const [userId, items] of snapshot.profiles) {
      // A saved list never repeats a tag; one that does keeps the last value in the first place.
      this.profiles.set(userId, (adopt ? items : [...new Map(items)]).flat());
    }
    for (const [userId, list] of snapshot.sessions)
      this.sessions.set(
        userId,
        list.map((s) => ({ ...s })),
      );
    this.customTags = snapshot.customTags.map((t) => ({ ...t }));
  }

  /** Makes sure every admin account exists (recreating deleted ones). */
  protected ensureAdmins(nowSeconds: number): void {
    for (const admin of this.admins) {
      const a = this.accounts.get(admin);
      if (!a || a.deletedAt !== undefined) this.accounts.set(admin, { userId: admin, createdAt: nowSeconds });
    }
  }

  /** True for App administrators. */
  isAdmin(userId: string): boolean {
    return this.admins.has(userId);
  }

  /** The live (not deleted) account, or undefined when the UserID is not imported. */
  account(userId: string): Account | undefined {
    const a = this.accounts.get(userId);
    return a && a.deletedAt === undefined ? a : undefined;
  }

  /** True when the UserID is imported (01-conventions.md §9). */
  isImported(userId: string): boolean {
    return this.account(userId) !== undefined;
  }

  /** The tombstone of a deleted UserID, if any. */
  tombstone(userId: string): Account | undefined {
    const a = this.accounts.get(userId);
    return a && a.deletedAt !== undefined ? a : undefined;
  }

  /** Number of live accounts (admins included). */
  liveAccountCount(): number {
    let n = 0;
    for (const a of this.accounts.values()) if (a.deletedAt === undefined) n++;
    return n;
  }

  /** Records a kick: earlier UserSigs of the user stop working and all sessions end (02-accounts.md `kick`). */
  kick(userId: string, nowSeconds: number): void {
    const a = this.account(userId);
    if (!a) return;
    a.kickedAt = nowSeconds;
    this.sessions.delete(userId);
  }

  /** The profile tags of a user (empty when none were set); a fresh Map, cheap for a few tags. */
  profile(userId: string): ReadonlyMap<string, ProfileValue> {
    const flat = this.profiles.get(userId) ?? [];
    const out = new Map<string, ProfileValue>();
    for (let i = 0; i < flat.length; i += 2) out.set(flat[i] as string, flat[i + 1] as ProfileValue);
    return out;
  }

  /** Writes profile tags of a user, last value winning (a tag set again keeps its place). */
  setProfile(userId: string, items: Iterable<readonly [string, ProfileValue]>): void {
    let tags = this.profiles.get(userId);
    if (!tags) {
      tags = [];
      this.profiles.set(userId, tags);
    }
    for (const [tag, value] of items) {
      let at = 0;
      while (at < tags.length && tags[at] !== tag) at += 2;
      tags[at] = tag;
      tags[at + 1] = value;
    }
  }

  /** The registered custom tag, if any. */
  customTag(tag: string): CustomTagDef | undefined {
    return this.customTags.find((t) => t.tag === tag);
  }

  /** A user's sessions (empty when offline). */
  sessionsOf(userId: string): readonly Session[] {
    return this.sessions.get(userId) ?? [];
  }

  /** Adds or replaces the user's session on `session.platform`. */
  setSession(userId: string, session: Session): void {
    const list = (this.sessions.get(userId) ?? []).filter((s) => s.platform !== session.platform);
    list.push({ ...session });
    this.sessions.set(userId, list);
  }

  /** Ends a user's session on one platform, or all of them; returns how many ended. */
  endSessions(userId: string, platform?: string): number {
    const list = this.sessions.get(userId) ?? [];
    const keep = platform === undefined ? [] : list.filter((s) => s.platform !== platform);
    if (keep.length) this.sessions.set(userId, keep);
    else this.sessions.delete(userId);
    return list.length - keep.length;
  }

  /** Ends every session of every user; returns how many ended. */
  endAllSessions(): number {
    let n = 0;
    for (const list of this.sessions.values()) n += list.length;
    this.sessions.clear();
    return n;
  }

  protected coreSnapshot(): Omit<StoreSnapshot, 'slices'> {
    return {
      version: 1,
      accounts: [...this.accounts.values()].map((a) => ({ ...a })),
      profiles: [...this.profiles].map(([userId, flat]) => {
        const items: [string, ProfileValue][] = [];
        for (let i = 0; i < flat.length; i += 2) items.push([flat[i] as string, flat[i + 1] as ProfileValue]);
        return [userId, items];
      }),
      sessions: [...this.sessions].map(([userId, list]) => [userId, list.map((s) => ({ ...s }))]),
      customTags: this.customTags.map((t) => ({ ...t })),
    };
  }
}
