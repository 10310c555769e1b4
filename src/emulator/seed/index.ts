/**
 * The seeds the emulator starts from: `demo` (about 2,000 realistic users with profiles, relationships,
 * groups and messages), `scale` (1,000,000 accounts, 100,000 groups, 1,000,000 messages for load
 * tests; never saved) and `empty` (only the admins). All are pure functions of the seed name,
 * the seed number, the admin list and the current time, so the same inputs give the same data.
 */
import { defaultCustomTags } from '../profile-tags';
import { emptySnapshot } from '../store';
import type { StoreSnapshot } from '../store';
import { buildDemoSnapshot } from './demo';
import { buildScaleSnapshot } from './scale';

/** The seeds the emulator knows. */
export const seedNames = ['demo', 'empty', 'scale'] as const;

/** A seed name. */
export type SeedName = (typeof seedNames)[number];

/** The default seed number: the classic demo data (house-style.md: the same seed gives the same data). */
export const DEFAULT_SEED_NUMBER = 0;

/** The PRNG text of the demo seed for a seed number (0 keeps the original `demo` data). */
export function demoSeedText(seedNumber = DEFAULT_SEED_NUMBER): string {
  return seedNumber === DEFAULT_SEED_NUMBER ? 'demo' : `demo:${seedNumber}`;
}

/**
 * Builds the snapshot for `seed` and `seedNumber` (default 0). Times are relative to `nowSeconds`
 * (sessions must be recent), so the same seed, number and start time give the same bytes.
 */
export function buildSeed(
  seed: SeedName,
  opts: { admins: readonly string[]; nowSeconds: number; seedNumber?: number },
): StoreSnapshot {
  if (seed === 'demo') {
    return buildDemoSnapshot({
      admins: opts.admins,
      nowSeconds: opts.nowSeconds,
      seedText: demoSeedText(opts.seedNumber),
    });
  }
  if (seed === 'scale') return buildScaleSnapshot(opts);
  const snapshot = emptySnapshot();
  snapshot.accounts = opts.admins.map((userId) => ({ userId, createdAt: opts.nowSeconds }));
  snapshot.customTags = defaultCustomTags.map((t) => ({ ...t }));
  return snapshot;
}
