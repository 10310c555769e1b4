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
  /** Replaces the slice's state with a saved form (`undefined`: start empty). */
  load(data: S | undefined): void;
  /** A serialisable copy of the slice's state (plain JSON, deterministic order). */
  snapshot(): S;
  /** Drops everything the deleted user owned or took part in (02-accounts.md `account_delete`). */
  purgeUser(userId: string, nowSeconds: number): void;
  /** Counts for `GET /__emulator/state/summary`. */
  summary?(): Record<string, number>;
}
