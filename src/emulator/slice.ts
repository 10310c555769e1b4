/**
 * A slice of the emulator's state owned by one area (relationships, groups, C2C messages, push...).
 * The store composes slices: each loads its own part of the snapshot, saves it, and drops a deleted
 * user's data. A new area adds a slice file under `state/`, one `use(...)` entry in `Store.own` and a
 * getter in `store.ts` (the getter marks the slice changed, so persistence rewrites only changed parts).
 */
import type { z } from 'zod';

/** One area's state, persisted under `snapshot.slices[key]`. */
export interface StoreSlice<S = unknown> {
  /** Key of this slice in the snapshot; stable across versions. */
  readonly key: string;
  /** Validates the slice's saved form when a snapshot is loaded. */
  readonly schema: z.ZodType<S>;
  /**
   * Replaces the slice's state with a saved form (`undefined`: start empty). `adopt`: the saved form
   * was just built in-process (a seed) and is dropped after loading, so a slice may keep its records
   * instead of copying them (a million copies would be seconds of build and ~1 GB of garbage).
   */
  load(data: S | undefined, options?: { adopt?: boolean }): void;
  /** A serialisable copy of the slice's state (plain JSON, deterministic order). */
  snapshot(): S;
  /** Drops everything the deleted user owned or took part in (02-accounts.md `account_delete`). */
  purgeUser(userId: string, nowSeconds: number): void;
  /** Counts for `GET /__emulator/state/summary`. */
  summary?(): Record<string, number>;
  /**
   * Shards: extra persisted parts the slice's bulk is split into (e.g. groups by GroupId hash), so a
   * change to one record rewrites one shard file, not the whole slice. The slice marks a shard changed
   * with `store.reachPart(shardKey)` whenever it hands out a record of that shard (as the store's
   * getters do for whole slices); its own part then holds only what no shard holds (`headSnapshot`).
   */
  readonly shardKeys?: readonly string[];
  /** The saved form of one shard part (`shardKeys`). */
  shardSnapshot?(shardKey: string): unknown;
  /** The slice's own part when it has shards: the saved form without what the shards hold. */
  headSnapshot?(): S;
  /** The whole saved form from the slice's own part and the shard parts found (throws on a malformed shard). */
  joinShards?(head: unknown, shards: readonly unknown[]): unknown;
}
