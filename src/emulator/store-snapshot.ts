/**
 * The store's records and saved form: account and session records, the snapshot schema (as persisted
 * and as the seeds build it), the core part's key, and the options and counts of `Store`.
 * Sources: ../shared/im-api/02-accounts.md "Emulator account record", 05-profile.md §6.
 */
import { z } from 'zod';

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
