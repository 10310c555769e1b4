/**
 * The emulator's state: the core (accounts with tombstones and kick times, profiles, custom tags and
 * simulated online sessions; store-core.ts) plus one slice per area (friends, groups, messages...),
 * registered here, each with a marking getter (store-tracking.ts), a part of the JSON snapshot
 * (store-snapshot.ts) and a purge step in `deleteAccount`.
 * Sources: ../shared/im-api/02-accounts.md "Emulator account record", 05-profile.md §6.
 */
import type { StoreSlice } from './slice';
import { C2cSlice } from './state/c2c';
import { ConversationsSlice } from './state/conversations';
import { GroupsSlice } from './state/groups';
import { ArchivesSlice } from './state/archives';
import { GlobalMuteSlice } from './state/global-mute';
import { PushSlice } from './state/push';
import { StatsSlice } from './state/stats';
import { RelationshipsSlice } from './state/relationships';
import { CORE_PART } from './store-snapshot';
import type { CorePart, LoadOptions, StoreSnapshot, StoreSummary } from './store-snapshot';
import { StoreCore } from './store-core';
import { ChangeTracker } from './store-tracking';

export { CORE_PART, emptySnapshot, storeSnapshotSchema } from './store-snapshot';
export type {
  Account,
  CorePart,
  LoadOptions,
  Session,
  SessionStatus,
  StoreSnapshot,
  StoreSummary,
} from './store-snapshot';

/** The in-memory state of one emulated app. */
export class Store extends StoreCore {
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
  private readonly changes = new ChangeTracker();
  /** Slices (and their shards) loaded from a saved form not yet split into shards: saved again whatever happens. */
  private readonly unsplit = new Set<string>();

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
    super(admins);
    for (const slice of Object.values(this.own) as StoreSlice[]) {
      this.changes.addTracked(slice.key);
      for (const shard of slice.shardKeys ?? []) this.changes.addTracked(shard);
    }
    this.load(snapshot, nowSeconds, options);
  }

  /** A slice reached through its getter: marked changed unless inside a read-only window. */
  private reach<T extends StoreSlice>(slice: T): T {
    this.changes.reach(slice.key);
    return slice;
  }

  /**
   * Runs `fn` (sync or async) as one request: in a `read` window, reaching a slice does not mark it
   * changed (read-only endpoints and GET routes); a `write` window marks again, when it ends, every
   * slice it reached (a save may have run while it awaited between reaching and changing a slice).
   */
  track<T>(mode: 'read' | 'write', fn: () => T): T {
    return this.changes.track(mode, fn);
  }

  /**
   * Marks one persisted part changed (outside read-only windows), like the slice getters do: a slice
   * with shards calls it for the shard of every record it hands out (see `StoreSlice.shardKeys`).
   */
  reachPart(key: string): void {
    this.changes.reach(key);
  }

  /** True for a shard part of a slice (see `StoreSlice.shardKeys`). */
  isShardPart(key: string): boolean {
    return this.slices.some((s) => s.shardKeys?.includes(key));
  }

  /** The slice keys and shard keys, in registration order (a slice's shards right after it). */
  private slicePartKeys(): string[] {
    return this.slices.flatMap((s) => [s.key, ...(s.shardKeys ?? [])]);
  }

  /** The persisted parts: `core`, then every slice key in registration order, each followed by its shards. */
  partKeys(): string[] {
    return [CORE_PART, ...this.slicePartKeys()];
  }

  /** A serialisable copy of one part (see `snapshot`); does not mark anything. */
  partSnapshot(key: string): unknown {
    if (key === CORE_PART) {
      const { accounts, profiles, sessions, customTags } = this.coreSnapshot();
      return { accounts, profiles, sessions, customTags } satisfies CorePart;
    }
    const slice = this.slices.find((s) => s.key === key);
    if (slice) return slice.headSnapshot?.() ?? slice.snapshot();
    const owner = this.slices.find((s) => s.shardKeys?.includes(key));
    if (!owner?.shardSnapshot) throw new Error(`no store part ${key}`);
    return owner.shardSnapshot(key);
  }

  /**
   * The parts that may have changed since the last call (which clears the marks): the core part and
   * untracked slices always, tracked slices and shards when marked.
   */
  takeChangedParts(): Set<string> {
    return new Set<string>([CORE_PART, ...this.changes.takeChanged(this.slicePartKeys())]);
  }

  /** Marks parts changed again (a save that failed puts back what it took). */
  markChanged(keys: Iterable<string>): void {
    this.changes.mark(keys);
  }

  /**
   * Forgets every mark (the state was just loaded from the saved parts it equals) — except for slices
   * loaded from a saved form not yet split into their shards, which the next save splits.
   */
  clearChanged(): void {
    this.changes.clear();
    this.changes.mark(this.unsplit);
    this.unsplit.clear();
  }

  private markAllSlices(): void {
    this.changes.mark(this.slicePartKeys());
  }

  /**
   * The snapshot's slice parts with every sharded slice's shards joined back into its own part (the
   * shard keys dropped); remembers the slices that came unsplit (saved before they had shards).
   */
  private joinShardParts(parts: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
    if (!parts) return parts;
    const out = { ...parts };
    this.unsplit.clear();
    for (const slice of this.slices) {
      if (!slice.shardKeys || !slice.joinShards) continue;
      const found = slice.shardKeys.filter((k) => k in out);
      if (found.length === 0) {
        if (out[slice.key] !== undefined)
          for (const k of [slice.key, ...slice.shardKeys]) this.unsplit.add(k);
        continue;
      }
      out[slice.key] = slice.joinShards(
        out[slice.key],
        found.map((k) => out[k]),
      );
      for (const k of found) delete out[k];
    }
    return out;
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
    if (saved === undefined || this.trustedLoad) return slice.load(saved, { adopt: this.trustedLoad });
    const parsed = slice.schema.parse(saved);
    slice.load(this.checkOnlyLoad ? saved : parsed);
  }

  /** Replaces the whole state with `snapshot`, then makes sure every admin account exists. */
  load(snapshot: StoreSnapshot, nowSeconds: number, options: LoadOptions = {}): void {
    this.trustedLoad = options.trusted ?? false;
    this.checkOnlyLoad = options.checkOnly ?? false;
    this.loadCore(snapshot, this.trustedLoad);
    this.loadedSlices = this.joinShardParts(snapshot.slices);
    for (const slice of this.slices) this.loadSlice(slice);
    // Keep only the parts of slices not registered yet (a subclass's): a seed's saved forms can be a GB.
    const registered = new Set(this.slices.map((s) => s.key));
    this.loadedSlices = Object.fromEntries(
      Object.entries(this.loadedSlices ?? {}).filter(([key]) => !registered.has(key)),
    );
    this.trustedLoad = false;
    this.checkOnlyLoad = false;
    this.markAllSlices();
    this.ensureAdmins(nowSeconds);
  }

  /** A serialisable copy of the state. */
  snapshot(): StoreSnapshot {
    return {
      ...this.coreSnapshot(),
      slices: Object.fromEntries(this.slices.map((slice) => [slice.key, slice.snapshot()])),
    };
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
