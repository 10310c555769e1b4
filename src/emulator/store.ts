/**
 * The emulator's state: accounts (with tombstones and kick times), profiles (standard and custom
 * tags) and simulated online sessions, kept in Maps (a UserID such as `constructor` must not collide
 * with object keys) and saved as a plain JSON snapshot. Later slices (friends, groups, messages) add
 * their own Maps here, a snapshot field, and a purge step in `deleteAccount`.
 * Sources: ../shared/im-api/02-accounts.md "Emulator account record", 05-profile.md §6.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { z } from 'zod';
import type { CustomTagDef, ProfileValue } from './profile-tags';
import type { StoreSlice } from './slice';
import { C2cSlice } from './state/c2c';
import { ConversationsSlice } from './state/conversations';
import { GroupsSlice } from './state/groups';
import { ArchivesSlice } from './state/archives';
import { GlobalMuteSlice } from './state/global-mute';
import { PushSlice } from './state/push';
import { StatsSlice } from './state/stats';
import { RelationshipsSlice } from './state/relationships';

/** One IM account. A tombstone (deleted account) keeps its record with `deletedAt` set. */
export interface Account {
  userId: string;
  /** Unix seconds of (re)creation. */
  createdAt: number;
  /** Unix seconds of the last `kick`; UserSigs issued before it are refused. */
  kickedAt?: number;
  /** Unix seconds of deletion; set means "not imported" (02-accounts.md `account_delete`). */
  deletedAt?: number;
}

/** A simulated login's state (02-accounts.md `query_online_status`). */
export type SessionStatus = 'Online' | 'PushOnline';

/** One simulated client login on one platform. */
export interface Session {
  platform: string;
  status: SessionStatus;
  /** Unix seconds since which the session is in this status (PushOnline expires after 7 days). */
  since: number;
  instId?: number;
}

const accountSchema = z.object({
  userId: z.string(),
  createdAt: z.number(),
  kickedAt: z.number().optional(),
  deletedAt: z.number().optional(),
});
const sessionSchema = z.object({
  platform: z.string(),
  status: z.enum(['Online', 'PushOnline']),
  since: z.number(),
  instId: z.number().optional(),
});

/** The JSON form of the store, as persisted and as the seeds build it. */
export const storeSnapshotSchema = z.object({
  version: z.literal(1),
  accounts: z.array(accountSchema),
  profiles: z.array(z.tuple([z.string(), z.array(z.tuple([z.string(), z.union([z.string(), z.number()])]))])),
  sessions: z.array(z.tuple([z.string(), z.array(sessionSchema)])),
  customTags: z.array(z.object({ tag: z.string(), adminRead: z.boolean(), adminWrite: z.boolean() })),
  /** Each slice's saved form by slice key (see `slice.ts`); absent in snapshots from before slices. */
  slices: z.record(z.string(), z.unknown()).optional(),
});

/** A serialisable copy of the whole store. */
export type StoreSnapshot = z.infer<typeof storeSnapshotSchema>;

/** An empty snapshot (no accounts, no custom tags). */
export function emptySnapshot(): StoreSnapshot {
  return { version: 1, accounts: [], profiles: [], sessions: [], customTags: [], slices: {} };
}

/** The core part of a snapshot (everything but the slices), as persisted on its own. */
export type CorePart = Pick<StoreSnapshot, 'accounts' | 'profiles' | 'sessions' | 'customTags'>;

/** Key of the core part (accounts, profiles, sessions, custom tags) among the persisted parts. */
export const CORE_PART = 'core';

/** An access window (`Store.track`): reads do not mark slices changed; writes remember what they touched. */
interface AccessScope {
  store: Store;
  read: boolean;
  touched: Set<string>;
}
const accessScope = new AsyncLocalStorage<AccessScope>();

/** How `Store.load` treats a snapshot. */
export interface LoadOptions {
  /** Built in-process by a seed (typed code): skip re-validating slice parts with their schemas. */
  trusted?: boolean;
  /**
   * Check slice parts against their schemas (throwing when one does not fit) but load them as given,
   * not as the schemas output them (which may reorder keys): a saved state loads back byte for byte.
   */
  checkOnly?: boolean;
}

/** Counts for `GET /__emulator/state/summary`. */
export interface StoreSummary {
  accounts: number;
  admins: number;
  tombstones: number;
  profiles: number;
  customTags: number;
  sessions: { online: number; pushOnline: number; usersWithSessions: number };
  /** Each slice's counts by slice key. */
  slices: Record<string, Record<string, number>>;
}

/** The in-memory state of one emulated app. */
export class Store {
  /** Every account record by UserID, tombstones included. */
  readonly accounts = new Map<string, Account>();
  /** Profile fields by UserID, then tag. */
  readonly profiles = new Map<string, Map<string, ProfileValue>>();
  /** Simulated sessions by UserID (at most one per platform). */
  readonly sessions = new Map<string, Session[]>();
  /** The app's registered custom profile tags. */
  customTags: CustomTagDef[] = [];
  /** The App administrator UserIDs; they always exist as accounts (01-conventions.md §6). */
  readonly admins: ReadonlySet<string>;
  /** Every area's slice, in registration order (see `slice.ts`). */
  private readonly slices: StoreSlice[] = [];
  /** The slice parts of the last loaded snapshot, for slices registered after it was loaded. */
  private loadedSlices: Record<string, unknown> | undefined;
  /** True while loading a snapshot built in-process (a seed): slice parts are not re-validated. */
  private trustedLoad = false;
  /** True while loading a saved state checked by the schemas but loaded as given (`LoadOptions.checkOnly`). */
  private checkOnlyLoad = false;

  /**
   * Parts changed since the last save (slice keys). Every access to a slice through its getter below
   * marks it, outside read-only windows (`track('read', ...)`): code can only change a slice after
   * reaching it, so a change cannot go unmarked (persistence.ts rewrites only marked parts).
   */
  private readonly dirtyParts = new Set<string>();
  /** Keys of the slices reached through marking getters (others, e.g. a subclass's, count as always changed). */
  private readonly trackedParts = new Set<string>();

  // Slices: one entry per area, `name: this.use(new NameSlice(this))`, plus a marking getter below.
  private readonly own = {
    c2c: this.use(new C2cSlice()),
    conversations: this.use(new ConversationsSlice()),
    groups: this.use(new GroupsSlice(this)),
    push: this.use(new PushSlice(this)),
    globalMute: this.use(new GlobalMuteSlice()),
    stats: this.use(new StatsSlice(this)),
    archives: this.use(new ArchivesSlice()),
    relationships: this.use(new RelationshipsSlice(this)),
  };

  get c2c(): C2cSlice {
    return this.reach(this.own.c2c);
  }
  get conversations(): ConversationsSlice {
    return this.reach(this.own.conversations);
  }
  get groups(): GroupsSlice {
    return this.reach(this.own.groups);
  }
  get push(): PushSlice {
    return this.reach(this.own.push);
  }
  get globalMute(): GlobalMuteSlice {
    return this.reach(this.own.globalMute);
  }
  get stats(): StatsSlice {
    return this.reach(this.own.stats);
  }
  get archives(): ArchivesSlice {
    return this.reach(this.own.archives);
  }
  get relationships(): RelationshipsSlice {
    return this.reach(this.own.relationships);
  }

  constructor(
    admins: readonly string[],
    snapshot: StoreSnapshot,
    nowSeconds: number,
    options: LoadOptions = {},
  ) {
    this.admins = new Set(admins);
    for (const slice of Object.values(this.own)) this.trackedParts.add(slice.key);
    this.load(snapshot, nowSeconds, options);
  }

  /** A slice reached through its getter: marked changed unless inside a read-only window. */
  private reach<T extends StoreSlice>(slice: T): T {
    const scope = accessScope.getStore();
    if (scope?.store === this) {
      if (scope.read) return slice;
      scope.touched.add(slice.key);
    }
    this.dirtyParts.add(slice.key);
    return slice;
  }

  /**
   * Runs `fn` (sync or async) as one request: in a `read` window, reaching a slice does not mark it
   * changed (read-only endpoints and GET routes); a `write` window marks again, when it ends, every
   * slice it reached (a save may have run while it awaited between reaching and changing a slice).
   */
  track<T>(mode: 'read' | 'write', fn: () => T): T {
    const scope: AccessScope = { store: this, read: mode === 'read', touched: new Set() };
    const end = () => {
      for (const key of scope.touched) this.dirtyParts.add(key);
    };
    let result: T;
    try {
      result = accessScope.run(scope, fn);
    } catch (e) {
      end();
      throw e;
    }
    if (result instanceof Promise) return result.finally(end) as T;
    end();
    return result;
  }

  /** The persisted parts: `core`, then every slice key in registration order. */
  partKeys(): string[] {
    return [CORE_PART, ...this.slices.map((s) => s.key)];
  }

  /** A serialisable copy of one part (see `snapshot`); does not mark anything. */
  partSnapshot(key: string): unknown {
    if (key === CORE_PART) {
      const { accounts, profiles, sessions, customTags } = this.coreSnapshot();
      return { accounts, profiles, sessions, customTags } satisfies CorePart;
    }
    const slice = this.slices.find((s) => s.key === key);
    if (!slice) throw new Error(`no store part ${key}`);
    return slice.snapshot();
  }

  /**
   * The parts that may have changed since the last call (which clears the marks): the core part and
   * untracked slices always, tracked slices when marked.
   */
  takeChangedParts(): Set<string> {
    const out = new Set<string>([CORE_PART]);
    for (const slice of this.slices)
      if (this.dirtyParts.has(slice.key) || !this.trackedParts.has(slice.key)) out.add(slice.key);
    this.dirtyParts.clear();
    return out;
  }

  /** Marks parts changed again (a save that failed puts back what it took). */
  markChanged(keys: Iterable<string>): void {
    for (const key of keys) this.dirtyParts.add(key);
  }

  /** Forgets every mark (the state was just loaded from the saved parts it equals). */
  clearChanged(): void {
    this.dirtyParts.clear();
  }

  private markAllSlices(): void {
    for (const slice of this.slices) this.dirtyParts.add(slice.key);
  }

  /** Registers a slice so it is loaded, saved, purged and summarised with the store. */
  protected use<T extends StoreSlice>(slice: T): T {
    if (this.slices.some((s) => s.key === slice.key))
      throw new Error(`two store slices use the key ${slice.key}`);
    this.slices.push(slice as StoreSlice);
    this.loadSlice(slice as StoreSlice);
    return slice;
  }

  private loadSlice(slice: StoreSlice): void {
    const saved = this.loadedSlices?.[slice.key];
    // A seed's parts are built by the emulator's own typed code: parsing a million records would cost seconds.
    if (saved === undefined || this.trustedLoad) return slice.load(saved);
    const parsed = slice.schema.parse(saved);
    slice.load(this.checkOnlyLoad ? saved : parsed);
  }

  /** Replaces the whole state with `snapshot`, then makes sure every admin account exists. */
  load(snapshot: StoreSnapshot, nowSeconds: number, options: LoadOptions = {}): void {
    this.trustedLoad = options.trusted ?? false;
    this.checkOnlyLoad = options.checkOnly ?? false;
    this.accounts.clear();
    this.profiles.clear();
    this.sessions.clear();
    for (const a of snapshot.accounts) this.accounts.set(a.userId, { ...a });
    for (const [userId, items] of snapshot.profiles) this.profiles.set(userId, new Map(items));
    for (const [userId, list] of snapshot.sessions)
      this.sessions.set(
        userId,
        list.map((s) => ({ ...s })),
      );
    this.customTags = snapshot.customTags.map((t) => ({ ...t }));
    this.loadedSlices = snapshot.slices;
    for (const slice of this.slices) this.loadSlice(slice);
    // Keep only the parts of slices not registered yet (a subclass's): a seed's saved forms can be a GB.
    const registered = new Set(this.slices.map((s) => s.key));
    this.loadedSlices = Object.fromEntries(
      Object.entries(snapshot.slices ?? {}).filter(([key]) => !registered.has(key)),
    );
    this.trustedLoad = false;
    this.checkOnlyLoad = false;
    this.markAllSlices();
    for (const admin of this.admins) {
      const a = this.accounts.get(admin);
      if (!a || a.deletedAt !== undefined) this.accounts.set(admin, { userId: admin, createdAt: nowSeconds });
    }
  }

  /** A serialisable copy of the state. */
  snapshot(): StoreSnapshot {
    return {
      ...this.coreSnapshot(),
      slices: Object.fromEntries(this.slices.map((slice) => [slice.key, slice.snapshot()])),
    };
  }

  private coreSnapshot(): Omit<StoreSnapshot, 'slices'> {
    return {
      version: 1,
      accounts: [...this.accounts.values()].map((a) => ({ ...a })),
      profiles: [...this.profiles].map(([userId, tags]) => [userId, [...tags]]),
      sessions: [...this.sessions].map(([userId, list]) => [userId, list.map((s) => ({ ...s }))]),
      customTags: this.customTags.map((t) => ({ ...t })),
    };
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

  /**
   * Creates the account if it is not imported (a tombstone becomes a brand-new, empty account; the
   * statistics keep its earlier registration); says which happened. Business rules (caps, re-import guard) are the handlers' job.
   */
  createAccount(userId: string, nowSeconds: number): 'created' | 'existing' | 'recreated' {
    const existing = this.accounts.get(userId);
    if (existing && existing.deletedAt === undefined) return 'existing';
    if (existing) this.stats.keepRegistration(existing.createdAt);
    this.accounts.set(userId, { userId, createdAt: nowSeconds });
    return existing ? 'recreated' : 'created';
  }

  /**
   * Deletes an account: writes the tombstone and drops everything the user owns. Later slices add
   * their purges here (friends both ways, blocklists, conversations, C2C history, group memberships).
   */
  deleteAccount(userId: string, nowSeconds: number): void {
    const a = this.accounts.get(userId);
    if (!a) return;
    this.accounts.set(userId, { userId, createdAt: a.createdAt, deletedAt: nowSeconds });
    this.profiles.delete(userId);
    this.sessions.delete(userId);
    this.markAllSlices();
    for (const slice of this.slices) slice.purgeUser(userId, nowSeconds);
  }

  /** Records a kick: earlier UserSigs of the user stop working and all sessions end (02-accounts.md `kick`). */
  kick(userId: string, nowSeconds: number): void {
    const a = this.account(userId);
    if (!a) return;
    a.kickedAt = nowSeconds;
    this.sessions.delete(userId);
  }

  /** The profile tags of a user (empty when none were set). */
  profile(userId: string): ReadonlyMap<string, ProfileValue> {
    return this.profiles.get(userId) ?? new Map();
  }

  /** Writes profile tags of a user, last value winning. */
  setProfile(userId: string, items: Iterable<readonly [string, ProfileValue]>): void {
    let tags = this.profiles.get(userId);
    if (!tags) {
      tags = new Map();
      this.profiles.set(userId, tags);
    }
    for (const [tag, value] of items) tags.set(tag, value);
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

  /** Counts for the control API. */
  summary(): StoreSummary {
    let online = 0;
    let pushOnline = 0;
    for (const list of this.sessions.values()) {
      for (const s of list) {
        if (s.status === 'Online') online++;
        else pushOnline++;
      }
    }
    return {
      accounts: this.liveAccountCount(),
      admins: this.admins.size,
      tombstones: this.accounts.size - this.liveAccountCount(),
      profiles: this.profiles.size,
      customTags: this.customTags.length,
      sessions: { online, pushOnline, usersWithSessions: this.sessions.size },
      slices: Object.fromEntries(this.slices.map((slice) => [slice.key, slice.summary?.() ?? {}])),
    };
  }
}
