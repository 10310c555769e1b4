/**
 * The seeds the emulator starts from: `demo` (about 300 realistic users with profiles, custom fields
 * and some online sessions) and `empty` (only the admins). Both are pure functions of the seed name,
 * the admin list and the current time, so the same inputs give the same data.
 */
import { defaultCustomTags } from '../profile-tags';
import { emptySnapshot } from '../store';
import type { StoreSnapshot } from '../store';
import { buildDemoSnapshot } from './demo';

/** The seeds the emulator knows. */
export const seedNames = ['demo', 'empty'] as const;

/** A seed name. */
export type SeedName = (typeof seedNames)[number];

/** Builds the snapshot for `seed`. Times are relative to `nowSeconds` (sessions must be recent). */
export function buildSeed(
  seed: SeedName,
  opts: { admins: readonly string[]; nowSeconds: number },
): StoreSnapshot {
  if (seed === 'demo') return buildDemoSnapshot(opts);
  const snapshot = emptySnapshot();
  snapshot.accounts = opts.admins.map((userId) => ({ userId, createdAt: opts.nowSeconds }));
  snapshot.customTags = defaultCustomTags.map((t) => ({ ...t }));
  return snapshot;
}
